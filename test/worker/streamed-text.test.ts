import { describe, expect, it } from 'vitest';
import { streamedText } from '../../worker/api/streamed-text.ts';

describe('streamedText: a batch answer written as the reader takes it', () => {
  it('writes head, every item in order and tail, 500 items to a chunk', async () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    const reader = streamedText('[', items, (n, i) => `${i ? ',' : ''}${n}`, ']').getReader();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(new TextDecoder().decode(r.value));
    expect(chunks).toHaveLength(3);
    expect(JSON.parse(chunks.join(''))).toEqual(items);
  });

  it('takes items from the iterable only as chunks are pulled', async () => {
    let taken = 0;
    function* lazy() {
      for (let i = 0; i < 2000; i++) {
        taken++;
        yield i;
      }
    }
    const reader = streamedText('', lazy(), String, '').getReader();
    await reader.read();
    expect(taken).toBeLessThanOrEqual(1001); // one chunk ahead at most (the stream's own pull)
    await reader.cancel();
  });

  it('answers an empty batch with head and tail alone', async () => {
    const text = await new Response(streamedText('{"results":[', [], String, ']}')).text();
    expect(text).toBe('{"results":[]}');
  });
});
