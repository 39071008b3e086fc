// Extracts the CDS Hooks 2.0 specification's own examples into spec-examples.json, for the tests
// to check our schema and our service against the spec's text rather than our reading of it.
// Usage: node test/cds/extract-spec-examples.mjs <cds-hooks/docs checkout>/docs/specification/current.md > test/cds/spec-examples.json
// (The committed file came from the cds-hooks/docs repository at commit 462a38f.)
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
const lines = text.split('\n');
const examples = [];
const skipped = [];
let heading = '';
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (/^#{2,5} /.test(line)) heading = line.replace(/^#+ /, '').trim();
  if (line.trim() !== '```json') continue;
  const body = [];
  for (i++; lines[i].trim() !== '```'; i++) body.push(lines[i]);
  // Feedback examples open with the request line; JWT examples hold several documents, each
  // after a // comment line; inline // comments are stripped.
  const chunks = [];
  let current = [];
  for (const raw of body) {
    if (/^POST /.test(raw.trim())) continue;
    if (/^\s*\/\//.test(raw)) {
      if (current.length) chunks.push(current);
      current = [raw.trim().replace(/^\/\/\s*/, '')];
      continue;
    }
    current.push(raw.replace(/,?\s*\/\/ .*$/, (m) => (m.startsWith(',') ? ',' : '')));
  }
  if (current.length) chunks.push(current);
  for (const chunk of chunks) {
    const label = chunk[0] && !/^[\s{[]/.test(chunk[0]) ? chunk.shift() : null;
    const json = chunk.join('\n').trim();
    if (!json) continue;
    try {
      examples.push({ heading, ...(label ? { label } : {}), value: JSON.parse(json) });
    } catch {
      skipped.push(heading); // a fragment (a few fields), not a whole document
    }
  }
}
const token = text.match(/Authorization: Bearer (ey[\w-]+\.[\w-]+\.[\w-]+)/)?.[1];
console.log(
  JSON.stringify({ source: 'cds-hooks/docs docs/specification/current.md', examples, skipped, token }, null, 1),
);
