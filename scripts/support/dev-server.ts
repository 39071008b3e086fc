import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { LOCAL_ONLY, noDevVars } from './local-only-env.ts';
import { packageBin } from './package-bin.ts';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  readonly url: string;
  /** Process group of wrangler and the workerd it starts. */
  readonly pgid: number;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts `wrangler dev` on 127.0.0.1 exactly as `npm start` does (after a build) and resolves once
 * /healthz answers. The caller must stop() it; the process group is killed with it.
 */
export async function startDevServer(extraArgs: string[] = []): Promise<DevServer> {
  const port = await freePort();
  const inspector = await freePort();
  // wrangler's own entry under this Node, not npx: no npm or shell layer between us and the signal.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      packageBin('wrangler', 'wrangler'),
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspector),
      '--show-interactive-dev-session=false',
      // Tests start from the wrangler files alone, whatever .dev.vars the developer keeps.
      ...(extraArgs.includes('--env-file') ? [] : ['--env-file', noDevVars()]),
      ...extraArgs,
    ],
    {
      env: { ...process.env, ...LOCAL_ONLY, NO_COLOR: '1', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const pgid = child.pid!;
  const groupAlive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  // The whole group (wrangler, esbuild, workerd) must be gone, not just the process we started.
  const stop = async () => {
    const signal = (s: NodeJS.Signals) => {
      try {
        process.kill(-pgid, s);
      } catch {
        /* already gone */
      }
    };
    signal('SIGTERM');
    for (let waited = 0; groupAlive() && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) signal('SIGKILL');
    for (let waited = 0; groupAlive() && waited < 2000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, pgid, output: () => log, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${log}`);
}
