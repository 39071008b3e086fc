// workerd started through Miniflare's API with the built Worker: no wrangler dev proxy and no
// inspector in front, so figures are the app's own. Shared by `npm run bench` and `npm run load`.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { LOCAL_ONLY } from './local-only-env.ts';

Object.assign(process.env, LOCAL_ONLY);

export interface Workerd {
  readonly base: string;
  dispose(): Promise<void>;
}

/** Starts workerd on 127.0.0.1 with `scriptPath` and per-binding rate limits (requests per 60 s). */
export async function startWorkerd(scriptPath: string, limits: { score: number; batch: number }): Promise<Workerd> {
  // Miniflare 5 (the one wrangler ships) takes a new config shape; it converts the classic one.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      modules: true,
      compatibilityDate: '2026-11-01',
      scriptPath,
      ratelimits: {
        SCORE_LIMITER: { namespace_id: '1001', simple: { limit: limits.score, period: 60 as const } },
        BATCH_LIMITER: { namespace_id: '1002', simple: { limit: limits.batch, period: 60 as const } },
      },
      serviceBindings: { ASSETS: () => new Response('not found', { status: 404 }) },
    }),
  );
  const base = (await mf.ready).toString().replace(/\/$/, '');
  return { base, dispose: () => mf.dispose() };
}

/** Total RSS (KiB) of the workerd processes that `match` accepts by their /proc stat fields. */
export function workerdRss(match: (fields: { ppid: number; pgrp: number }) => boolean): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(workerd)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (!match({ ppid: Number(fields[1]), pgrp: Number(fields[2]) })) continue;
      total += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

/** The app with its rate limiters replaced by an in-isolate no-op: see worker-with-noop-limiter.ts. */
export const NOOP_LIMITER_BUNDLE = 'dist/bench/worker-noop-limiter.js';

export async function buildNoopLimiterBundle(): Promise<void> {
  await build({
    entryPoints: ['scripts/bench/worker-with-noop-limiter.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    outfile: NOOP_LIMITER_BUNDLE,
    logLevel: 'warning',
  });
}
