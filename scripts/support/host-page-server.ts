import { createServer, type Server } from 'node:http';
import { freePort } from './dev-server.ts';

export interface HostPages {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * A third-party page on its own 127.0.0.1 origin, as a journal would serve it: each path maps to
 * [content type, body, extra headers]. Anything else is a 404.
 */
export async function serveHostPages(
  pages: Record<string, [string, string, Record<string, string>?]>,
): Promise<HostPages> {
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': page[0], ...page[2] }).end(page[1]);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
