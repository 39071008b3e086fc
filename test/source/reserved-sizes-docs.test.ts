// docs/widget.md, the demo page's CSS and the bench print and reserve the sizes that
// test/e2e/reserved-sizes.test.ts measures (scripts/build/reserved-sizes.ts): each figure, table
// row and snippet as written there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameListener, iframeSnippet } from '../../scripts/build/embed-snippets.ts';
import {
  CALCULATOR_REM,
  FRAME_PX,
  FRAME_WIDTHS,
  slotCss,
  TALLEST_LANGUAGE,
} from '../../scripts/build/reserved-sizes.ts';

const docs = readFileSync('docs/widget.md', 'utf8');
const code = (lang: string) =>
  [...docs.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);

describe("the calculator's reserved box, as docs/widget.md and the demo page give it", () => {
  it('prints the measured heights', () => {
    const said = docs.match(
      /\*\*([\d.]+)rem\*\* tall at\s+its full width \(44rem\), \*\*([\d.]+)rem\*\* at 320 px and \*\*([\d.]+)rem\*\* at 280 px/,
    );
    expect(said, 'the sentence giving the heights in "Reserve its box"').not.toBeNull();
    expect({ 280: Number(said![3]), 320: Number(said![2]), 704: Number(said![1]) }).toEqual(CALCULATOR_REM);
  });

  it('reserves them in its snippet, on the demo page and in the bench', () => {
    const rules = slotCss().split('\n');
    const snippet = code('html').find((block) => block.includes('lms-slot'))!;
    expect(snippet.split('\n').map((line) => line.trim())).toEqual(expect.arrayContaining(rules));
    // site.css, formatted one declaration a line: the same min-heights from the same widths.
    const css = readFileSync('site/site.css', 'utf8');
    const slot = [
      ...css.matchAll(/(?:@media \((min-width: [\d.]+rem)\) \{\s*)?\.lms-slot \{\s*min-height: ([\d.]+rem);/g),
    ];
    const given = rules.map((rule) => rule.match(/^(?:@media \((min-width: [\d.]+rem)\) )?.*min-height: ([\d.]+rem)/)!);
    expect(slot.map((m) => [m[1], m[2]])).toEqual(given.map((m) => [m[1], m[2]]));
    expect(readFileSync('scripts/bench/bench-widget.ts', 'utf8')).toContain('slotCss()');
  });
});

describe("the iframe's height, as docs/widget.md gives it", () => {
  it(`prints the measured heights in a table, English and the tallest language`, () => {
    const row = (name: string) => {
      const cells = docs.match(new RegExp(`^\\| ${name}[^|]*\\|((?: *\\d+ px +\\|)+)$`, 'm'))![1]!.split('|');
      return Object.fromEntries(FRAME_WIDTHS.map((w, i) => [w, Number(cells[i]!.trim().replace(' px', ''))]));
    };
    expect(docs).toMatch(
      new RegExp(`^\\| frame width +\\| ${FRAME_WIDTHS.map((w) => `${w} px +`).join('\\| ')}\\|$`, 'm'),
    );
    expect({ en: row('English'), tallest: row('The tallest of the nine languages') }).toEqual(FRAME_PX);
  });

  it('gives the snippets the demo page shows, with HOST: no script, then the listener', () => {
    const blocks = code('html');
    expect(blocks).toContain(`${iframeSnippet('https://HOST')}\n`);
    expect(blocks).toContain(`${iframeSnippet('https://HOST', FRAME_PX.tallest, TALLEST_LANGUAGE)}\n`);
    expect(blocks).toContain(`${frameListener('https://HOST')}\n`);
    for (const block of blocks.filter((b) => b.includes('<iframe'))) {
      expect(block).toContain('allow="clipboard-write"');
      expect(block).not.toContain('<script');
    }
  });
});
