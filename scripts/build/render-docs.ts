// Renders /docs, the human-readable API reference, from the OpenAPI document: one source of truth.
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

function curl(path: string, method: string, op: Operation, base: string): string {
  if (method === 'get' && op.parameters?.length) {
    const q = op.parameters.map((p) => `${p.name}=${encodeURIComponent(p.example)}`).join('&');
    return `curl '${base}${path}?${q}'`;
  }
  if (method === 'get') return `curl ${base}${path}`;
  const content = op.requestBody!.content;
  if (path.endsWith('/batch')) {
    return `curl -X POST ${base}${path} \\\n  -H 'content-type: text/csv' -H 'accept: text/csv' \\\n  --data-binary @cohort.csv\n\n# cohort.csv\n${content['text/csv']!.example}`;
  }
  if (path.endsWith('/validate')) {
    return `curl -X POST '${base}${path}?bootstrap=1000&seed=1' \\\n  -H 'content-type: text/csv' --data-binary @outcomes.csv\n\n# outcomes.csv\n${content['text/csv']!.example}`;
  }
  const [type, media] = Object.entries(content)[0]!;
  const body = JSON.stringify(Object.values(media.examples!)[0]!.value);
  return `curl -X POST ${base}${path} \\\n  -H 'content-type: ${type}' \\\n  -d '${body}'`;
}

/** The full HTML page for /docs. */
export function renderDocs(doc: Doc): string {
  const sections = (Object.entries(doc.paths) as [string, PathItem][]).flatMap(([path, { servers, ...item }]) =>
    Object.entries(item).map(([method, op]) => {
      const base = servers?.[0]?.url ?? doc.servers[0]!.url;
      const ok = Object.values(op.responses['200']?.content ?? {})[0];
      const sample = ok?.examples ? Object.values(ok.examples)[0]!.value : undefined;
      const params = op.parameters?.length
        ? `<table><thead><tr><th>Parameter</th><th>Meaning</th></tr></thead><tbody>${op.parameters.map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.description)}</td></tr>`).join('')}</tbody></table>`
        : '';
      return `<section id="${esc(op.operationId)}"><h3><span class="method">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p><strong>${esc(op.summary)}</strong></p>${op.description ? `<p>${esc(op.description)}</p>` : ''}${params}
${servers ? `<p>Served by the EHR Worker: <code>${esc(base)}</code>.</p>` : ''}<h4>Example</h4>${pre(curl(path, method, op, base))}${sample ? `<details><summary>Example response</summary>${pre(JSON.stringify(sample, null, 2))}</details>` : ''}
<p class="statuses">Responses: ${Object.keys(op.responses).join(', ')}</p></section>`;
    }),
  );
  const fields = Object.entries(doc.components.schemas.PatientInput.properties)
    .map(
      ([name, s]) =>
        `<tr><td><code>${esc(name)}</code></td><td>${esc((s as { description: string }).description)}</td></tr>`,
    )
    .join('');
  const problems = (Object.keys(PROBLEM_TYPES) as ProblemType[])
    .map(
      (slug) =>
        `<tr id="problem-${slug}"><td><code>${slug}</code></td><td>${PROBLEM_TYPES[slug].status}</td><td>${esc(PROBLEM_TYPE_TEXT[slug])}</td></tr>`,
    )
    .join('');
  const codes = [...CORE_PROBLEM_CODES, ...CSV_PROBLEM_CODES, ...API_PROBLEM_CODES]
    .map((code) => `<tr><td><code>${code}</code></td><td>${esc(PROBLEM_CODE_TEXT[code])}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)}: reference</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/site.css"></head>
<body><main class="page">
<h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>
${doc.info.description
  .split('\n\n')
  .map((p) => `<p>${esc(p)}</p>`)
  .join('\n')}
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). The calculator: <a href="/">demo page</a>.</p>
<h2 id="fields">Patient fields</h2><table><thead><tr><th>Field</th><th>Meaning</th></tr></thead><tbody>${fields}</tbody></table>
<h2 id="endpoints">Endpoints</h2>${sections.join('\n')}
<h2 id="problems">Errors</h2><p>Errors are <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and <code>errors</code>: a list of <code>{ field, code, message }</code>.</p>
<table><thead><tr><th>type</th><th>status</th><th>when</th></tr></thead><tbody>${problems}</tbody></table>
<h3 id="problem-codes">Field codes</h3><p>Each entry of <code>errors</code> has one of these codes; batch rows carry the same list in their <code>errors</code>.</p>
<table><thead><tr><th>code</th><th>meaning</th></tr></thead><tbody>${codes}</tbody></table>
</main></body></html>
`;
}
