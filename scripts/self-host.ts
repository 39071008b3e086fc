// `npm run self-host`: both Workers under plain workerd, as a hospital runs them on its own server
// (docs/self-hosting.md), from `npm run build`'s dist/self-hosted. The API, calculator pages and
// widget on http://127.0.0.1:8787, the EHR Worker on :8788, the replay ledger on local disk.
//
//   npm run self-host -- [--env-file FILE] [--socket-addr NAME=HOST:PORT] [--directory-path NAME=DIR]
//
// Variables and secrets (CDS_TRUSTED_CLIENTS, ...) come from the environment; --env-file fills those
// the environment leaves unset (KEY=value lines, as `.dev.vars`). Every other argument goes to
// `workerd serve` as it is.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { SelfHostedManifest } from './build/self-hosted-config.ts';
import { workerdBinary } from './build/self-hosted-workerd.ts';

const CONFIG = 'dist/self-hosted/config.capnp';
if (!existsSync(CONFIG)) {
  console.error(`${CONFIG} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync('dist/self-hosted/self-hosted.json', 'utf8')) as SelfHostedManifest;

const args = process.argv.slice(2);
const passed: string[] = [];
const overrides = { '--socket-addr': new Map<string, string>(), '--directory-path': new Map<string, string>() };
const env: NodeJS.ProcessEnv = { ...process.env };
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
  const value = () => inline ?? args[++i] ?? '';
  if (flag === '--env-file') {
    for (const [key, v] of Object.entries(parseEnv(readFileSync(value(), 'utf8')))) env[key] ??= v;
  } else if (flag === '--socket-addr' || flag === '--directory-path') {
    const pair = value();
    const [name, setting] = pair.split(/=(.*)/s, 2);
    overrides[flag].set(name!, setting ?? '');
    passed.push(flag, pair);
  } else passed.push(args[i]!);
}

const address = (name: string, fallback: string) => overrides['--socket-addr'].get(name) ?? fallback;
const local = (addr: string) => `http://${addr.replace(/^(\*|0\.0\.0\.0)(?=:)/, '127.0.0.1')}`;
// The pages the EHR's cards link to are the API Worker's (wrangler.toml): by default, where it listens.
const api = manifest.workers.find((w) => w.configPath === 'wrangler.toml');
const defaulted: string[] = [];
for (const w of manifest.workers)
  for (const [key, fallback] of Object.entries(w.defaults)) {
    if (env[key] !== undefined) continue;
    env[key] = key === 'CALCULATOR_ORIGIN' && api ? local(address(api.name, api.address)) : fallback;
    defaulted.push(`${key}=${env[key]}`);
  }
// workerd needs each writable directory to exist: the Durable Objects' storage.
for (const d of manifest.directories.filter((d) => d.writable))
  mkdirSync(overrides['--directory-path'].get(d.service) ?? d.path, { recursive: true });

const workerd = workerdBinary();
console.log(`workerd ${workerd.version}: ${workerd.path} serve ${CONFIG} ${passed.join(' ')}`.trimEnd());
for (const w of manifest.workers) console.log(`  ${w.name.padEnd(16)} ${local(address(w.name, w.address))}`);
if (defaulted.length) console.log(`  unset, so defaulted: ${defaulted.join(' ')}`);
if (!env.CDS_TRUSTED_CLIENTS) console.log('  CDS_TRUSTED_CLIENTS is unset: the EHR Worker is an open demo.');

const started = Date.now();
const child = spawn(workerd.path, ['serve', CONFIG, ...passed], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

// Say when every Worker answers /healthz, or that one does not.
const answers = (url: string) =>
  fetch(`${url}/healthz`).then(
    (r) => r.body?.cancel().then(() => r.ok) ?? r.ok,
    () => false,
  );
const ready = async (url: string) => {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (await answers(url)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};
const urls = manifest.workers.map((w) => local(address(w.name, w.address)));
Promise.all(urls.map(ready)).then((up) =>
  console.log(
    up.every(Boolean)
      ? `ready in ${Date.now() - started} ms`
      : `not answering /healthz: ${urls.filter((_, i) => !up[i]).join(', ')}`,
  ),
);
