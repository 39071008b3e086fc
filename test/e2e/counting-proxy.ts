import { createServer, type IncomingMessage } from 'node:http';
import { freePort } from '../../scripts/support/dev-server.ts';

export interface CountingProxy {
  /** Its origin, on 127.0.0.1: the address the browser uses. */
  readonly url: string;
  /** Every request that reached it, as "METHOD /path?query", offline ones included. */
  readonly requests: string[];
  /** When true, every connection is cut: the server is unreachable. */
  offline: boolean;
  /** Answers of its own by path, as [content type, body], in place of the server's. */
  readonly replace: Map<string, [string, string]>;
  stop(): Promise<void>;
}

/** Headers that belong to one connection, or to the encoding fetch() has already undone. */
const HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

const body = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A pass-through proxy on 127.0.0.1 in front of `upstream` (the Worker) that records what reaches
 * it, can go offline, and can answer some paths itself (another build's /sw.js). Stop it after use.
 */
export async function startCountingProxy(upstream: string): Promise<CountingProxy> {
  const port = await freePort();
  const proxy: Omit<CountingProxy, 'stop'> = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    offline: false,
    replace: new Map(),
  };
  const server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    proxy.requests.push(`${req.method} ${path}`);
    if (proxy.offline) return void req.socket.destroy();
    const own = proxy.replace.get(path);
    if (own) return void res.writeHead(200, { 'content-type': own[0], 'cache-control': 'no-cache' }).end(own[1]);
    const headers = Object.entries(req.headers).filter(([name]) => !HOP.has(name) && name !== 'accept-encoding');
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const answer = await fetch(`${upstream}${path}`, {
      method: req.method,
      headers: headers.map(([name, value]) => [name, String(value)]),
      body: hasBody ? await body(req) : undefined,
      redirect: 'manual',
    });
    const out = [...answer.headers].filter(([name]) => !HOP.has(name));
    res.writeHead(answer.status, Object.fromEntries(out)).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(proxy, {
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
