import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

export type RowFormat = 'csv' | 'jsonl';

/** An input opened for reading: its format and its UTF-8 text, 64 KiB at a time. */
export interface TextInput {
  readonly from: RowFormat;
  readonly chunks: AsyncIterable<string>;
}

/**
 * Opens a file, or stdin for "-". The format is `from` when given, else the file name's
 * (.jsonl, .ndjson), else for stdin JSON Lines when its first non-blank character is "{", else CSV.
 */
export async function openInput(path: string, from: RowFormat | undefined, stdin: Readable): Promise<TextInput> {
  const stream = path === '-' ? stdin : createReadStream(path, { highWaterMark: 64 * 1024 });
  stream.setEncoding('utf8');
  if (from) return { from, chunks: stream };
  if (path !== '-') return { from: /\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv', chunks: stream };
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  const head: string[] = [];
  // Read until a non-blank character shows the format (usually the first chunk).
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    head.push(next.value);
    if (next.value.trim() !== '') break;
  }
  const start = head.join('').trimStart();
  async function* chunks() {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { from: start.startsWith('{') ? 'jsonl' : 'csv', chunks: chunks() };
}

/**
 * Buffered output that waits when the reader is slower (a pipe, a terminal), so memory stays flat
 * however many rows are written.
 */
export class TextWriter {
  #buffer = '';
  readonly #out: Writable;
  constructor(out: Writable) {
    this.#out = out;
  }

  /** Adds text; when 64 KiB are buffered, writes them and waits for the reader if it is behind. */
  async write(text: string): Promise<void> {
    this.#buffer += text;
    if (this.#buffer.length >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer === '') return;
    const text = this.#buffer;
    this.#buffer = '';
    if (!this.#out.write(text)) await once(this.#out, 'drain');
  }
}
