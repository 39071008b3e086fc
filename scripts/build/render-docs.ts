// Renders /docs, the human-readable API reference, from the OpenAPI document: one source of truth.
import { readFileSync } from 'node:fs';
import { CORE_PROBLEM_CODES, CSV_PROBLEM_CODES } from '@lms-score/core';
import { API_PROBLEM_CODES, PROBLEM_TYPES, type ProblemType } from '../../worker/common/problems.ts';
import type { openApiDocument } from './openapi-document.ts';
import { PROBLEM_CODE_TEXT, PROBLEM_TYPE_TEXT } from './problem-text.ts';

type Doc = ReturnType<typeof openApiDocument>;
type Examples = Record<string, { value: unknown }>;
/** The parts of an OpenAPI operation this page shows. */
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: { name: string; description: string; example: string }[];
  requestBody?: { content: Record<string, { example?: string; examples?: Examples }> };
  responses: Record<string, { content?: Record<string, { examples?: Examples }> }>;
}
type PathItem = { servers?: { url: string }[] } & Record<string, Operation>;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pre = (s: string) => `<pre><code>${esc(s)}</code></pre>`;
/** Prose from the OpenAPI document, whose Markdown code spans become <code>. */
const prose = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
/** One shell word in single quotes: a `$` in a path ($lms) or a quote in a body stays as written. */
const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A curl command that works as pasted into bash or zsh. */
function curl(path: string, method: string, op: Operation, base: string): string {
  if (method === 'get' && op.parameters?.length) {
    const q = op.parameters.map((p) => `${p.name}=${encodeURIComponent(p.example)}`).join('&');
    return `curl ${sh(`${base}${path}?${q}`)}`;
  }
  if (method === 'get') return `curl ${sh(`${base}${path}`)}`;
  const content = op.requestBody!.content;
  if (path.endsWith('/batch')) {
    return `curl -X POST ${sh(`${base}${path}`)} \\\n  -H 'content-type: text/csv' -H 'accept: text/csv' \\\n  --data-binary @cohort.csv\n\n# cohort.csv\n${content['text/csv']!.example}`;
  }
  if (path.endsWith('/validate')) {
    return `curl -X POST ${sh(`${base}${path}?bootstrap=1000&seed=1`)} \\\n  -H 'content-type: text/csv' --data-binary @outcomes.csv\n\n# outcomes.csv\n${content['text/csv']!.example}`;
  }
  const [type, media] = Object.entries(content)[0]!;
  const body = JSON.stringify(Object.values(media.examples!)[0]!.value);
  return `curl -X POST ${sh(`${base}${path}`)} \\\n  -H ${sh(`content-type: ${type}`)} \\\n  -d ${sh(body)}`;
}

/** The last sentence every description ends with, said once instead (null when they differ). */
function sharedLastSentence(descriptions: readonly string[]): string | null {
  const last = (d: string) => d.match(/[^.]+\.[^.]*$|[^.]*$/)![0]!.trim();
  const first = last(descriptions[0] ?? '');
  return first && descriptions.every((d) => last(d) === first) ? first : null;
}

/** The full HTML page for /docs. */
export function renderDocs(doc: Doc): string {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const inputs = Object.entries(doc.components.schemas.PatientInput.properties) as [string, { description: string }][];
  // "Unknown when absent or null ...", at the end of every field's description: said once, above
  // the fields (the query parameters of GET /v1/lms/score are the same fields, and say it in their own words).
  const shared = sharedLastSentence(inputs.map(([, s]) => s.description));
  const own = (d: string) => prose(shared && d.endsWith(shared) ? d.slice(0, -shared.length).trim() : d);
  const operations = (Object.entries(doc.paths) as [string, PathItem][]).flatMap(([path, { servers, ...item }]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op, servers })),
  );
  const sections = operations.map(({ path, method, op, servers }) => {
    const base = servers?.[0]?.url ?? doc.servers[0]!.url;
    const ok = Object.values(op.responses['200']?.content ?? {})[0];
    const sample = ok?.examples ? Object.values(ok.examples)[0]!.value : undefined;
    const params = op.parameters?.length
      ? `<table><thead><tr><th>Parameter</th><th>Meaning</th></tr></thead><tbody>${op.parameters.map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${own(p.description)}</td></tr>`).join('')}</tbody></table>`
      : '';
    return `<section id="${esc(op.operationId)}"><h3><span class="method">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p><strong>${esc(op.summary)}</strong></p>${op.description ? `<p>${prose(op.description)}</p>` : ''}${params}
${servers ? `<p>Served by the EHR Worker: <code>${esc(base)}</code>.</p>` : ''}<h4>Example</h4>${pre(curl(path, method, op, base))}${sample ? `<details><summary>Example response</summary>${pre(JSON.stringify(sample, null, 2))}</details>` : ''}
<p class="statuses">Responses: ${Object.keys(op.responses).join(', ')}</p></section>`;
  });
  const contents = operations
    .map(
      ({ path, method, op }) =>
        `<li><a href="#${esc(op.operationId)}"><span class="method">${method.toUpperCase()}</span> <code>${esc(path)}</code></a></li>`,
    )
    .join('');
  const fields = inputs
    .map(([name, s]) => `<tr><td><code>${esc(name)}</code></td><td>${own(s.description)}</td></tr>`)
    .join('');
  const problems = (Object.keys(PROBLEM_TYPES) as ProblemType[])
    .map(
      (slug) =>
        `<tr id="problem-${slug}"><td><code>${slug}</code></td><td>${PROBLEM_TYPES[slug].status}</td><td>${prose(PROBLEM_TYPE_TEXT[slug])}</td></tr>`,
    )
    .join('');
  const codes = [...CORE_PROBLEM_CODES, ...CSV_PROBLEM_CODES, ...API_PROBLEM_CODES]
    .map((code) => `<tr><td><code>${code}</code></td><td>${prose(PROBLEM_CODE_TEXT[code])}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)}: reference</title>
<meta name="description" content="${esc(`The ${doc.info.title} reference: its endpoints, with examples, the patient fields and the error codes, to score one patient or a cohort (CSV or JSON).`)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/site.css"></head>
<body><main class="page">
<h1>${esc(doc.info.title)}</h1>
<p class="versions">Software (this API, the pages and the widget): <strong>${esc(version)}</strong>. Model: <strong>${esc(doc.info.version)}</strong>, the version of the score's points and cut-offs that every result names.</p>
${doc.info.description
  .split('\n\n')
  .map((p) => `<p>${prose(p)}</p>`)
  .join('\n')}
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). The calculator: <a href="/">demo page</a>.</p>
<nav class="toc" aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>
<li><a href="#fields">Patient fields</a></li>
<li><a href="#endpoints">Endpoints</a><ol>${contents}</ol></li>
<li><a href="#problems">Errors</a> and their <a href="#problem-codes">field codes</a></li>
</ol></nav>
<h2 id="fields">Patient fields</h2>${shared ? `<p>${prose(shared)}</p>` : ''}<table><thead><tr><th>Field</th><th>Meaning</th></tr></thead><tbody>${fields}</tbody></table>
<h2 id="endpoints">Endpoints</h2>${sections.join('\n')}
<h2 id="problems">Errors</h2><p>Errors are <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and <code>errors</code>: a list of <code>{ field, code, message }</code>.</p>
<table><thead><tr><th>type</th><th>status</th><th>when</th></tr></thead><tbody>${problems}</tbody></table>
<h3 id="problem-codes">Field codes</h3><p>Each entry of <code>errors</code> has one of these codes; batch rows carry the same list in their <code>errors</code>.</p>
<table><thead><tr><th>code</th><th>meaning</th></tr></thead><tbody>${codes}</tbody></table>
</main></body></html>
`;
}
