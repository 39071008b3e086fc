// `npm run load`: a bounded load run on 127.0.0.1 that stops by itself, in two phases with the
// same mixed GET/POST/batch traffic (Debian's wrk, LMS_LOAD_SECONDS each, default 30):
// A. `wrangler dev` with a load configuration (score limit raised so scoring is measured; the batch
//    limit kept, so its 429s are the intended ones): requests, statuses, p50/p99, peak memory.
// B. plain workerd (Miniflare's API) running the app with an in-isolate no-op rate limiter, after a
//    15 s warm-up: the memory verdict. Measured here, 120 s each: under wrangler dev (inspector
//    attached) RSS keeps rising even for a Worker that only answers "ok" (783 -> 1,265 MiB over
//    90 s); on plain workerd that Worker is flat (+0.3%), the app with the no-op limiter is flat
//    (+2%), and Miniflare's rate-limit simulation alone grows then levels off (653 -> 856 MiB).
//    So phase B leaves the simulation out and measures the app.
// Each round also sends the fuzz suite's hostile shapes (a 60,000-column header, a 1 MB cell, deep
// JSON, 100,000 fields): the limits must hold under load too.
// Targets: no error other than intended 429s and 400s; no memory growth from the first to the last third.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { startDevServer } from './support/dev-server.ts';
import { buildNoopLimiterBundle, NOOP_LIMITER_BUNDLE, startWorkerd, workerdRss } from './support/workerd.ts';
import { runWrk } from './support/wrk.ts';

const SECONDS = Number(process.env.LMS_LOAD_SECONDS ?? 30);
const config = readFileSync('wrangler.toml', 'utf8')
  .replace('main = "worker/api/index.ts"', 'main = "../worker/api/index.ts"')
  .replace('directory = "./dist/public"', 'directory = "./public"')
  .replace('simple = { limit = 600, period = 60 }', 'simple = { limit = 100000000, period = 60 }');
if (!config.includes('limit = 100000000')) throw new Error('wrangler.toml changed shape: update scripts/load.ts');
execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
writeFileSync('dist/wrangler.load.toml', config);

const csv = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\\n${Array.from({ length: 50 }, (_, i) => `p${i},${i * 2},${i % 2 ? 'yes' : 'no'},no,`).join('\\n')}\\n`;
// Hostile shapes from the fuzz suite, one of each per round: what the limits must hold under load.
const HOSTILE: [path: string, type: string, body: string][] = [
  ['/v1/lms/score/batch', 'text/csv', `${Array.from({ length: 60_000 }, (_, i) => `c${i}`).join(',')}\n1\n`],
  ['/v1/lms/score/batch', 'text/csv', `ki67\n${'1'.repeat(1_000_000)}x\n`],
  ['/v1/lms/score/batch', 'application/json', `${'['.repeat(400_000)}${']'.repeat(400_000)}`],
  [
    '/v1/lms/score/batch',
    'application/json',
    `{"patients":[{${Array.from({ length: 100_000 }, (_, i) => `"f${i}":1`).join(',')}}]}`,
  ],
];
const hostileLua = HOSTILE.map(
  ([path, type, body]) =>
    `requests[#requests + 1] = wrk.format("POST", "${path}", { ["Content-Type"] = "${type}" }, [==[${body}]==])`,
).join('\n');
const lua = `
local requests = {}
-- Formatted in init: wrk sets the Host header only then.
init = function()
for i = 0, 18 do
  requests[#requests + 1] = wrk.format("GET", "/v1/lms/score?ki67=" .. (i * 5) .. "&vascularInvasion=yes&adjuvantTherapy=no")
  requests[#requests + 1] = wrk.format("POST", "/v1/lms/score", { ["Content-Type"] = "application/json" }, '{"ki67":' .. i .. ',"lymphNodeMetastasis":true}')
end
requests[#requests + 1] = wrk.format("POST", "/v1/lms/score/batch", { ["Content-Type"] = "text/csv", ["Accept"] = "text/csv" }, "${csv}")
${hostileLua}
end
local n = 0
statuses = {}
local threads = {}
-- done() runs in the main script state: each thread's counts are fetched with thread:get.
setup = function(thread) threads[#threads + 1] = thread end
request = function() n = n + 1; return requests[(n % #requests) + 1] end
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function()
  local total = {}
  for _, t in ipairs(threads) do
    for s, c in pairs(t:get("statuses")) do total[s] = (total[s] or 0) + c end
  end
  local parts = {}
  for s, c in pairs(total) do parts[#parts + 1] = '"' .. s .. '":' .. c end
  io.write("STATUSES {" .. table.concat(parts, ",") .. "}\\n")
end`;
writeFileSync('dist/load.lua', lua);

interface Phase {
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  samples: number[];
}

/** One bounded wrk run against `url`, sampling `rss()` every 0.5 s after `warmup` seconds. */
async function drive(url: string, rss: () => number, warmup = 0): Promise<Phase> {
  const samples: number[] = [];
  let sampler: NodeJS.Timeout | undefined;
  const start = setTimeout(() => (sampler = setInterval(() => samples.push(rss()), 500)), warmup * 1000);
  try {
    const run = await runWrk(url, { connections: 8, seconds: warmup + SECONDS, script: 'dist/load.lua' });
    const statuses = JSON.parse(run.stdout.match(/STATUSES (\{.*\})/)![1]!) as Record<string, number>;
    return { statuses, p50: run.p50, p99: run.p99, samples };
  } finally {
    clearTimeout(start);
    clearInterval(sampler);
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Mean RSS of the first and last thirds, and the growth between them in percent. */
function growth(samples: number[]): { first: number; last: number; pct: number } {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const first = mean(samples.slice(0, third));
  const last = mean(samples.slice(-third));
  return { first, last, pct: ((last - first) / first) * 100 };
}
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const count = (p: Phase) => Object.values(p.statuses).reduce((a, b) => a + b, 0);
// Intended answers: 2xx, the batch limiter's 429s and the hostile shapes' 400s. Anything else
// (a 5xx above all) is an error.
const INTENDED = /^(2\d\d|400|429)$/;
const errorsOf = (p: Phase) =>
  Object.entries(p.statuses)
    .filter(([s]) => !INTENDED.test(s))
    .reduce((a, [, c]) => a + c, 0);

const dev = await startDevServer(['-c', 'dist/wrangler.load.toml']);
let viaDev: Phase;
try {
  viaDev = await drive(dev.url, () => workerdRss(({ pgrp }) => pgrp === dev.pgid));
} finally {
  await dev.stop();
}
await buildNoopLimiterBundle();
const plain = await startWorkerd(NOOP_LIMITER_BUNDLE, { score: 100_000_000, batch: 100_000_000 });
let viaWorkerd: Phase;
try {
  viaWorkerd = await drive(plain.base, () => workerdRss(({ ppid }) => ppid === process.pid), 15);
} finally {
  await plain.dispose();
}

const g = growth(viaWorkerd.samples);
const errors = errorsOf(viaDev) + errorsOf(viaWorkerd);
const noLimiter = (p: Phase) => !('429' in p.statuses); // phase B has no limiter to answer 429
console.log(
  `\nLoad: mixed GET score / POST score / CSV batch (50 rows) / 4 hostile shapes, wrk 1 thread 8 connections, 127.0.0.1, ${SECONDS} s per phase`,
);
console.log(
  `A. wrangler dev          ${count(viaDev)} requests (${(count(viaDev) / SECONDS).toFixed(0)}/s); ${Object.entries(
    viaDev.statuses,
  )
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')}`,
);
console.log(
  `                         p50 ${viaDev.p50.toFixed(1)} ms, p99 ${viaDev.p99.toFixed(1)} ms; workerd peak ${mib(Math.max(...viaDev.samples))} (dev runtime with inspector)`,
);
console.log(
  `B. workerd, no-op limiter ${count(viaWorkerd)} requests in ${15 + SECONDS} s; ${Object.entries(viaWorkerd.statuses)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')}`,
);
console.log(
  `                         p50 ${viaWorkerd.p50.toFixed(1)} ms, p99 ${viaWorkerd.p99.toFixed(1)} ms; peak ${mib(Math.max(...viaWorkerd.samples))}`,
);
console.log(
  `   memory after warm-up  first third ${mib(g.first)}, last third ${mib(g.last)}: ${g.pct >= 0 ? '+' : ''}${g.pct.toFixed(1)}% (target: no growth)`,
);
console.log(
  `errors                   ${errors} other than 2xx, the batch limiter's 429s and the hostile shapes' 400s (target 0)`,
);
if (errors > 0 || !noLimiter(viaWorkerd)) process.exitCode = 1;
