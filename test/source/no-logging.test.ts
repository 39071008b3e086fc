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

  it('the widget logs only the version-clash warning and development warnings, neither carrying input', () => {
    const calls = sources('widget').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/console\.(\w+)\(/g)].map((m) => `${f}:${m[1]}`),
    );
    expect(calls.sort()).toEqual(['widget/common/dev-warn.ts:warn', 'widget/entries/lms-calculator.ts:warn']);
  });

  it('the production bundles keep only the version-clash warning; the development build keeps the rest', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const built = (name: string) => readFileSync(`dist/public/widget/${version}/${name}`, 'utf8');
    for (const name of ['widget.js', 'lms-calculator.js']) {
      expect(built(name).match(/console\.warn/g), name).toHaveLength(1);
      for (const warning of ['has no language', 'is not clinician or patient', 'is not chart or icons'])
        expect(built(name), name).not.toContain(warning);
    }
    for (const warning of ['has no language', 'is not clinician or patient', 'is not chart or icons'])
      expect(built('lms-calculator.dev.js')).toContain(warning);
    // The second part: the preset warnings in its development build only.
    expect(built('calculator-part.js')).not.toMatch(/console\.warn|preset cannot be read/);
    expect(built('calculator-part.dev.js')).toContain('preset cannot be read');
  });
});
