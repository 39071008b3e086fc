import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('privacy: the code that sees inputs does not log', () => {
  it.each(['shared', 'worker'])('%s/ has no console call', (dir) => {
    const files = sources(dir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bconsole\.\w+\(/);
  });

  it('the widget logs only the version-clash warning, which carries no input', () => {
    const calls = sources('widget').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/console\.(\w+)\(/g)].map((m) => `${f}:${m[1]}`),
    );
    expect(calls).toEqual(['widget/lms-calculator.ts:warn']);
  });
});
