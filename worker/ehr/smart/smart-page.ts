import { html, raw } from 'hono/html';
import type { ObservationCode } from '../fhir/lms-fhir.ts';
import type { SmartConfig } from './smart-config.ts';

/** What the page's script reads from the page (never a secret: the client is public, PKCE stands in). */
export interface SmartPageSettings {
  readonly clientId: string;
  /** FHIR base URLs the app may be launched from. */
  readonly servers: readonly string[];
  readonly writeBack: boolean;
  /** The Observation codes in force (the CDS service's, with the deployment's adjuvant codes). */
  readonly codes: Readonly<Record<string, readonly ObservationCode[]>>;
  readonly adjuvantNote: string;
  /** This Worker's origin: the RiskAssessment's method code system, as `$lms` writes it. */
  readonly origin: string;
  /** Where the calculator's script is served. */
  readonly calculator: string;
}

/**
 * The page's CSP: scripts from here and the calculator's origin; fetches only to the configured FHIR
 * and authorization servers; framed only by this origin and the EHR pages configured as `ui`.
 */
export function smartCsp(config: SmartConfig, calculator: string): string {
  const origins = (pick: (s: SmartConfig['servers'][number]) => string | undefined) => [
    ...new Set(config.servers.flatMap((s) => (pick(s) ? [new URL(pick(s)!).origin] : []))),
  ];
  const connect = [...new Set([...origins((s) => s.fhir), ...origins((s) => s.auth)])];
  const frame = ["'self'", ...origins((s) => s.ui)];
  return [
    "default-src 'none'",
    `script-src 'self' ${calculator}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frame.join(' ')}`,
  ].join('; ');
}

/** A template with nothing asynchronous in it, as the string it already is. */
const text = (page: ReturnType<typeof html>): string => {
  if (page instanceof Promise) throw new TypeError('a SMART page template awaited something');
  return String(page);
};

// JSON inside a <script> element: no "<" can end it early.
const scriptJson = (value: unknown) => raw(JSON.stringify(value).replace(/</g, '\\u003c'));

const shell = (title: string, script: string, settings: SmartPageSettings, body: unknown) =>
  text(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The Liver Metastasis Score, filled from the patient's record (SMART on FHIR).">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/smart/smart.css">
<script type="application/json" id="lms-smart-settings">${scriptJson(settings)}</script>
<script type="module" src="/smart/${script}"></script>
</head>
<body>
<main>
<h1>Liver Metastasis Score <span class="from">from the record</span></h1>
${body}
</main>
</body>
</html>`);

/** /smart/launch: where the EHR (or a standalone start) sends the browser; the script goes on to authorize. */
export const launchPage = (settings: SmartPageSettings): string =>
  shell(
    'Connecting to the record · LMS',
    'launch.js',
    settings,
    html`<p id="status" role="status">Connecting to the record…</p>
<ul id="servers" hidden></ul>`,
  );

/** /smart/app: the redirect target; reads the record and fills the calculator. */
export const appPage = (settings: SmartPageSettings): string =>
  shell(
    'LMS from the record',
    'app.js',
    settings,
    html`<p id="patient" hidden></p>
<p id="status" role="status" aria-live="polite">Reading the record…</p>
<ul id="problems" hidden></ul>
<lms-calculator></lms-calculator>
${
  settings.writeBack
    ? html`<section id="save" aria-labelledby="save-title">
<h2 id="save-title">Save to record</h2>
<p id="save-why">Saving needs one possible risk group.</p>
<button type="button" id="save-button" disabled>Save to record</button>
<p id="save-status" role="status" aria-live="polite"></p>
</section>`
    : ''
}`,
  );

/** A page that says why the app cannot start (no settings, a launch from an unknown server). */
export const refusalPage = (message: string): string =>
  text(html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>LMS · cannot start</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/smart/smart.css"></head>
<body><main><h1>Liver Metastasis Score</h1><p role="alert">${message}</p></main></body>
</html>`);
