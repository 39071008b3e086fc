// `npm start`: build the static files, then serve API + demo page + widget with `wrangler dev`
// on http://127.0.0.1:8787 (workerd, fully local).
import { execFileSync, spawn } from 'node:child_process';
import { LOCAL_ONLY } from './support/local-only-env.ts';
import { packageBin } from './support/package-bin.ts';

execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
const base = 'http://127.0.0.1:8787';
console.log(`
  Demo page and widget   ${base}/
  API reference          ${base}/docs   (OpenAPI: ${base}/openapi.json)
  Score one patient      ${base}/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no
  One-tag widget         ${base}/widget.js
`);
const dev = spawn(
  process.execPath,
  [packageBin('wrangler', 'wrangler'), 'dev', '--ip', '127.0.0.1', '--port', '8787'],
  { stdio: 'inherit', env: { ...process.env, ...LOCAL_ONLY } },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
