import { createServer } from 'node:net';
import { LOCAL_ONLY, noDevVars } from './local-only-env.ts';
import { packageBin } from './package-bin.ts';
import { startGroup, whenHealthy } from './process-group.ts';

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
  const group = startGroup(
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
    { ...process.env, ...LOCAL_ONLY, NO_COLOR: '1', CI: '1' },
  );
  const url = `http://127.0.0.1:${port}`;
  await whenHealthy(group, [url], 60_000, 'wrangler dev');
  return { url, pgid: group.pgid, output: group.output, stop: group.stop };
}
