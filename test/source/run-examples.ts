import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import app from '../../worker/api/index.ts';
import type { DocExample } from './doc-examples.ts';

export interface ExampleRun {
  readonly example: DocExample;
  readonly code: number;
  /** What the command promises: the file it writes with `> file`, else its stdout. */
  readonly output: string;
  readonly stderr: string;
}

const REPO = resolve('.');
const env = {
  BATCH_LIMITER: { limit: async () => ({ success: true }) },
  SCORE_LIMITER: { limit: async () => ({ success: true }) },
};

/** The API Worker's app on a local port, so that curl examples reach the real routes. */
async function apiServer() {
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers(
      Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
    );
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const response = await app.fetch(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body }),
      env,
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Runs doc examples as written, in bash, in a scratch folder that looks like the repo's root
 * (`examples/`, `shared/`, `node_modules/` linked; copies of the sample files beside them, as
 * `lms --help` names them): `lms` is the repo's CLI under this Node, curl reaches the API app on a
 * local port in place of 127.0.0.1:8787. Nothing is written in the repo.
 */
export async function runExamples(examples: readonly DocExample[]): Promise<ExampleRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lms-examples-'));
  for (const name of ['examples', 'shared', 'node_modules', 'package.json'])
    symlinkSync(join(REPO, name), join(dir, name));
  for (const name of ['cohort.csv', 'outcomes.csv']) copyFileSync(join(REPO, 'examples', name), join(dir, name));
  const api = await apiServer();
  const prelude = `lms() { "$LMS_NODE" "$LMS_REPO/shared/cli/lms.ts" "$@"; }\n`;
  try {
    const runs: ExampleRun[] = [];
    for (const example of examples) {
      const command = example.command.replaceAll('http://127.0.0.1:8787', api.url);
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
        execFile(
          'bash',
          ['-c', prelude + command],
          {
            cwd: dir,
            env: {
              ...process.env,
              LMS_NODE: process.execPath,
              LMS_REPO: REPO,
              PATH: `${REPO}/node_modules/.bin:${process.env.PATH}`,
            },
            maxBuffer: 64 * 1024 * 1024,
          },
          (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        ),
      );
      const target = command.match(/ > (\S+)$/)?.[1];
      const output = target && run.code === 0 ? readFileSync(join(dir, target), 'utf8') : run.stdout;
      runs.push({ example, code: run.code, output, stderr: run.stderr });
    }
    return runs;
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
