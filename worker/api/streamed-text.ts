const ROWS_PER_CHUNK = 500;

/**
 * A response body written row by row as the reader takes it: `head`, then each item's text, then
 * `tail`, encoded 500 rows to a chunk. Items are taken from the iterable only as chunks are pulled,
 * so a batch never holds its whole answer, or (with a lazy iterable) all its rows, at once.
 *
 * @example
 * new Response(streamedText('[', rows, (r, i) => (i ? ',' : '') + JSON.stringify(r), ']'));
 */
export function streamedText<T>(
  head: string,
  items: Iterable<T>,
  text: (item: T, index: number) => string,
  tail: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = items[Symbol.iterator]();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = index === 0 ? head : '';
      for (let n = 0; n < ROWS_PER_CHUNK; n++) {
        const next = iterator.next();
        if (next.done) {
          controller.enqueue(encoder.encode(chunk + tail));
          controller.close();
          return;
        }
        chunk += text(next.value, index++);
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
