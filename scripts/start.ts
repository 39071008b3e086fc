// `npm start`: build the static files, then serve with `wrangler dev` (workerd, fully local):
// API + demo page + widget on http://127.0.0.1:8787, and the EHR Worker (CDS Hooks, FHIR;
// wrangler.ehr.toml) on http://127.0.0.1:8788.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { LOCAL_ONLY } from './support/local-only-env.ts';
import { packageBin } from './support/package-bin.ts';
import { LOCAL_ORIGINS } from './support/public-origins.ts';

execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
const { api: base, ehr } = LOCAL_ORIGINS;
console.log(`
  Demo page and widget   ${base}/
  API reference          ${base}/docs   (OpenAPI: ${base}/openapi.json)
  Score one patient      ${base}/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no
  One-tag widget         ${base}/widget.js
  CDS Hooks discovery    ${ehr}/cds-services
  FHIR Questionnaire     ${ehr}/fhir/Questionnaire/lms
`);
const wrangler = (args: string[]): ChildProcess =>
  spawn(process.execPath, [packageBin('wrangler', 'wrangler'), 'dev', '--ip', '127.0.0.1', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...LOCAL_ONLY },
  });
const servers = [
  wrangler(['--port', '8787']),
  // Its own inspector port: two wrangler dev processes cannot share the default one.
  wrangler(['-c', 'wrangler.ehr.toml', '--port', '8788', '--inspector-port', '9231']),
];
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const server of servers) server.kill(signal);
  });
// Either one ending ends both: a half-running start would mislead.
for (const server of servers)
  server.on('exit', (code) => {
    for (const other of servers) other.kill('SIGTERM');
    process.exit(code ?? 0);
  });
