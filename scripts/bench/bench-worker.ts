// Worker budgets, measured side by side in one run:
// - throughput: GET score, POST score and a bare route of the same method (same middleware and
//   headers, sent the same query or body), against workerd started through Miniflare's API
//   (wrangler dev's proxy would hide the app's own cost), then GET score through `wrangler dev`
//   for reference. Each round runs a score route right beside its bare route, in alternating
//   order so that drift favours neither; the verdicts are medians of the per-round ratios
//   (score >= 0.9x the bare route's req/s, p99 <= 1.5x its p99). workerd's raw floor (no app) is
//   printed beside them;
// - a 10,000-row batch in one request <= 1.5x the I/O floor, a route of the same Worker that reads
//   the same body and writes as many bytes, CSV and JSON alike (median of per-pair ratios), and its
//   peak memory <= 4x the body (bench-batch-memory.ts);
// - cold start: the deployable bundle <= 23 KB gzip, module evaluation <= 10 ms (median of fresh
//   processes).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDevServer } from '../support/dev-server.ts';
import { LOCAL_ONLY } from '../support/local-only-env.ts';
import { packageBin } from '../support/package-bin.ts';
import { buildNoopLimiterBundle, NOOP_LIMITER_BUNDLE, startWorkerd } from '../support/workerd.ts';
import { runWrk, type WrkResult } from '../support/wrk.ts';
import { batchBodies } from './batch-bodies.ts';
import { benchBatch } from './bench-batch.ts';
import { benchBatchMemory } from './bench-batch-memory.ts';
import { budget, median } from './budget.ts';

Object.assign(process.env, LOCAL_ONLY);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const BUNDLE = 'dist/worker/index.js';
const EHR_BUNDLE = 'dist/ehr-worker/index.js';
// One round's ratio swings by ±0.1 on this machine: the median of 15 pairs is steadier than of 9.
const ROUNDS = 15;
/** The reference routes (raw workerd, simulated limiter) run every REFERENCE_EVERY-th round. */
const REFERENCE_EVERY = 3;
const SECONDS = 2;
/**
 * The API Worker's bundle budget, parsed on every cold start: 20 KB gzip in 0.3.0, 23 KB after it,
 * for the per-language /embed pages, the batch's memo and the validation's progress (1.3 KB together),
 * and refusing the query parameters and body keys a cohort route does not read (0.4 KB; CHANGELOG).
 * Module evaluation, the cold start's cost itself, keeps its 10 ms.
 */
const BUNDLE_KB = 23;

type Load = WrkResult;

async function load(url: string, opts: { body?: string; seconds: number }): Promise<Load> {
  let script: string | undefined;
  if (opts.body) {
    script = join(tmpdir(), 'lms-bench-post.lua');
    writeFileSync(
      script,
      `wrk.method = "POST"\nwrk.body = ${JSON.stringify(opts.body)}\nwrk.headers["Content-Type"] = "application/json"\n`,
    );
  }
  return runWrk(url, { connections: 16, seconds: opts.seconds, script });
}

const scoreQuery = '/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no';
const scoreBody = JSON.stringify({
  ki67: 12,
  vascularInvasion: true,
  lymphNodeMetastasis: false,
  adjuvantTherapy: false,
});

const ALLOW_ALL = { score: 1e9, batch: 1e9 };

const ROUTE_NAMES = {
  bare: "the app's bare GET (/healthz, same query)",
  get: 'GET /v1/lms/score',
  barePost: "the app's bare POST (reads the same body)",
  post: 'POST /v1/lms/score',
  rawGet: 'raw workerd GET (no app)',
  rawPost: 'raw workerd POST (no app)',
  getSim: 'GET score, simulated limiter',
};
type Route = keyof typeof ROUTE_NAMES;
/** Each score route and the bare route it is held to. */
const PAIRS = [
  ['get', 'bare'],
  ['post', 'barePost'],
] as const;

async function throughput(): Promise<void> {
  // The no-op-limiter build measures the app's own cost; the plain build keeps Miniflare's
  // simulated limiter (a separate service: one RPC per scored request) for comparison.
  const app = await startWorkerd(NOOP_LIMITER_BUNDLE, ALLOW_ALL);
  const sim = await startWorkerd(BUNDLE, ALLOW_ALL);
  const base = app.base;
  const requests: Record<Route, () => Promise<Load>> = {
    bare: () => load(`${base}/healthz${scoreQuery.slice(scoreQuery.indexOf('?'))}`, { seconds: SECONDS }),
    get: () => load(`${base}${scoreQuery}`, { seconds: SECONDS }),
    barePost: () => load(`${base}/bench/bare-post`, { body: scoreBody, seconds: SECONDS }),
    post: () => load(`${base}/v1/lms/score`, { body: scoreBody, seconds: SECONDS }),
    rawGet: () => load(`${base}/bench/raw-get`, { seconds: SECONDS }),
    rawPost: () => load(`${base}/bench/raw-post`, { body: scoreBody, seconds: SECONDS }),
    getSim: () => load(`${sim.base}${scoreQuery}`, { seconds: SECONDS }),
  };
  const rounds = Object.fromEntries(Object.keys(ROUTE_NAMES).map((k) => [k, [] as Load[]])) as Record<Route, Load[]>;
  await load(`${base}/healthz`, { seconds: 2 }); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const pair of PAIRS) {
      for (const k of round % 2 ? [...pair].reverse() : pair) rounds[k].push(await requests[k]());
    }
    if (round % REFERENCE_EVERY === 0)
      for (const k of ['rawGet', 'rawPost', 'getSim'] as const) rounds[k].push(await requests[k]());
  }
  await sim.dispose();
  const printBatch = await benchBatch(base);
  await app.dispose();

  const m = (k: Route, f: 'rps' | 'p50' | 'p99') => median(rounds[k].map((x) => x[f]));
  const errors = Object.values(rounds)
    .flat()
    .reduce((s, x) => s + x.errors, 0);
  console.log(
    `\nWorker throughput: workerd via Miniflare API, 127.0.0.1, wrk, 16 connections, ${SECONDS} s runs: ${ROUNDS} rounds of the score and bare routes, ${Math.ceil(ROUNDS / REFERENCE_EVERY)} of the reference routes`,
  );
  console.log(
    "  (rate limiter bound in-isolate as a no-op; the last line keeps Miniflare's simulated limiter service)",
  );
  for (const k of Object.keys(ROUTE_NAMES) as Route[]) {
    const name = ROUTE_NAMES[k];
    console.log(
      `  ${name.padEnd(42)} ${Math.round(m(k, 'rps')).toString().padStart(6)} req/s  p50 ${m(k, 'p50').toFixed(2)} ms  p99 ${m(k, 'p99').toFixed(2)} ms`,
    );
  }
  console.log('  Score vs its bare route, median of the per-round ratios (lowest-highest round):');
  for (const [k, b] of PAIRS) {
    const ratios = (f: 'rps' | 'p99') => rounds[k].map((x, i) => x[f] / rounds[b][i]![f]);
    const line = (f: 'rps' | 'p99', comparison: '<=' | '>=', limit: number) => {
      const r = ratios(f);
      const spread = `${Math.min(...r).toFixed(2)}-${Math.max(...r).toFixed(2)}`;
      return `${f === 'rps' ? 'req/s' : 'p99'} ${median(r).toFixed(2)}x (${spread}) ${budget(`${k} score ${f === 'rps' ? 'req/s' : 'p99'} vs ${b}`, median(r), comparison, limit)}`;
    };
    console.log(`  ${k.toUpperCase()} score: ${line('rps', '>=', 0.9)}; ${line('p99', '<=', 1.5)}`);
  }
  console.log(
    `  For reference, the app's floor against workerd's (no app, one header): GET ${ratio(m('bare', 'rps'), m('rawGet', 'rps'))}, POST ${ratio(m('barePost', 'rps'), m('rawPost', 'rps'))}; most of it is the nine security and CORS headers every response carries`,
  );
  console.log(`  non-2xx or errors: ${errors} ${budget('throughput errors', errors, '<=', 0)}`);
  printBatch();
  benchBatchMemory(batchBodies());

  const dev = await startDevServer();
  try {
    await load(`${dev.url}/healthz`, { seconds: 2 });
    const viaDev = await load(`${dev.url}${scoreQuery}`, { seconds: 4 });
    console.log(
      `\nFor reference, GET score through wrangler dev (its proxy in front): ${Math.round(viaDev.rps)} req/s, p99 ${viaDev.p99.toFixed(2)} ms`,
    );
  } finally {
    await dev.stop();
  }
}

/** Gzip size and median module evaluation (over fresh V8 processes) of a deployable bundle. */
function measureBundle(bundle: string): { gz: number; evals: number[] } {
  const code = readFileSync(bundle, 'utf8');
  const gz = gzipSync(code).length;
  // Node has no cloudflare:workers (the EHR Worker's Durable Object base class): a one-line stand-in.
  if (code.includes('"cloudflare:workers"')) {
    bundle = bundle.replace(/\.js$/, '.node.js');
    writeFileSync(
      bundle,
      code.replaceAll('"cloudflare:workers"', '"data:text/javascript,export class DurableObject {}"'),
    );
  }
  const evals: number[] = [];
  // The first import of a process also starts Node's ESM loader; an empty module takes that cost.
  const probe = `await import('data:text/javascript,');const t=performance.now();await import(${JSON.stringify(`${process.cwd()}/${bundle}`)});console.log(performance.now()-t)`;
  for (let i = 0; i < 15; i++)
    evals.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe]).toString()));
  return { gz, evals };
}

function coldStart(): void {
  const { gz, evals } = measureBundle(BUNDLE);
  const ehr = measureBundle(EHR_BUNDLE);
  console.log(
    `\nWorker cold start: bundle ${(gz / 1024).toFixed(1)} KB gzip ${budget('worker bundle gzip KB', gz / 1024, '<=', BUNDLE_KB)}; module evaluation median ${median(evals).toFixed(2)} ms over ${evals.length} fresh V8 processes ${budget('worker module evaluation ms', median(evals), '<=', 10)}`,
  );
  console.log(
    `  For reference, the EHR Worker (CDS Hooks, FHIR, jose; wrangler.ehr.toml): bundle ${(ehr.gz / 1024).toFixed(1)} KB gzip, module evaluation median ${median(ehr.evals).toFixed(2)} ms`,
  );
}

export async function benchWorker(): Promise<void> {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (e) {
    // wrk --version exits 1 after printing; only a missing binary matters.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error("npm run bench needs Debian's wrk: apt-get install -y wrk");
  }
  execFileSync(
    process.execPath,
    [packageBin('wrangler', 'wrangler'), 'deploy', '--dry-run', '--minify', '--outdir', 'dist/worker'],
    { stdio: 'ignore', env: process.env },
  );
  execFileSync(
    process.execPath,
    [
      packageBin('wrangler', 'wrangler'),
      'deploy',
      '-c',
      'wrangler.ehr.toml',
      '--dry-run',
      '--minify',
      '--outdir',
      'dist/ehr-worker',
    ],
    { stdio: 'ignore', env: process.env },
  );
  await buildNoopLimiterBundle();
  coldStart();
  await throughput();
}
