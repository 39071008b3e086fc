// Debian's wrk (C, one thread here) rather than a Node client: on 2 cores the client shares the
// CPU with workerd, and a lighter client distorts the figures less. Shared by bench and load.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface WrkResult {
  readonly rps: number;
  /** Latency percentiles in ms. */
  readonly p50: number;
  readonly p99: number;
  /** Non-2xx/3xx responses plus socket errors. */
  readonly errors: number;
  /** wrk's full output, for what a Lua script writes. */
  readonly stdout: string;
}

/** wrk's latency figures ("812.00us", "1.20ms", "2.01s") in ms. */
const ms = (text: string) => {
  const [, n, unit] = text.match(/([\d.]+)(us|ms|s)/)!;
  return Number(n) * ({ us: 1e-3, ms: 1, s: 1e3 } as Record<string, number>)[unit!]!;
};

/** One bounded wrk run (one thread) with latency percentiles; `script` is an optional Lua file. */
export async function runWrk(
  url: string,
  opts: { connections: number; seconds: number; script?: string },
): Promise<WrkResult> {
  const args = [
    '-t1',
    `-c${opts.connections}`,
    `-d${opts.seconds}s`,
    '--latency',
    ...(opts.script ? ['-s', opts.script] : []),
    url,
  ];
  const { stdout } = await promisify(execFile)('wrk', args, { maxBuffer: 1 << 20 });
  const non2xx = Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socket =
    stdout
      .match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
      ?.slice(1)
      .reduce((a, b) => a + Number(b), 0) ?? 0;
  return {
    rps: Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)![1]),
    p50: ms(stdout.match(/^\s+50%\s+(\S+)/m)![1]!),
    p99: ms(stdout.match(/^\s+99%\s+(\S+)/m)![1]!),
    errors: non2xx + socket,
    stdout,
  };
}
