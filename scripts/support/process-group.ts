import { spawn } from 'node:child_process';

/** A Node script started in a process group of its own, with everything it starts in turn. */
export interface ProcessGroup {
  readonly pgid: number;
  /** What it printed so far (stdout and stderr). */
  readonly output: () => string;
  /** Its exit code once the script itself has ended; null while it runs. */
  readonly exitCode: () => number | null;
  /** Ends the whole group: SIGTERM, then SIGKILL for what is left after 5 s. */
  stop(): Promise<void>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops a whole process group: SIGTERM, then SIGKILL after 5 s; resolves once it is gone. */
export async function stopGroup(pgid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const [signal, ms] of [
    ['SIGTERM', 5000],
    ['SIGKILL', 2000],
  ] as const) {
    if (!alive()) return;
    try {
      process.kill(-pgid, signal);
    } catch {
      return; // gone meanwhile
    }
    for (let waited = 0; alive() && waited < ms; waited += 50) await pause(50);
  }
}

/**
 * Runs `node <args>` under this Node, detached in a new process group, so that stop() ends it and
 * all it started (wrangler's esbuild and workerd; self-host's workerd): tests stop what they start.
 *
 * @example
 * const group = startGroup([packageBin('wrangler', 'wrangler'), 'dev'], process.env);
 */
export function startGroup(args: readonly string[], env: NodeJS.ProcessEnv): ProcessGroup {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const pgid = child.pid!;
  const stop = () => stopGroup(pgid);
  return { pgid, output: () => log, exitCode: () => child.exitCode, stop };
}

/**
 * Resolves once every URL's /healthz answers 200; stops the group and throws with its output if it
 * exits first or `ms` pass.
 */
export async function whenHealthy(group: ProcessGroup, urls: readonly string[], ms: number, what: string) {
  const up = async (url: string) => (await fetch(`${url}/healthz`).catch(() => null))?.ok === true;
  for (const deadline = Date.now() + ms; Date.now() < deadline; await pause(100)) {
    if (group.exitCode() !== null) break;
    if ((await Promise.all(urls.map(up))).every(Boolean)) return;
  }
  await group.stop();
  throw new Error(`${what} did not answer /healthz:\n${group.output()}`);
}
