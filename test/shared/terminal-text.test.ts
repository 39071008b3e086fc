import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalLine, terminalText } from '../../shared/cli/terminal-text.ts';

/** What must never reach a terminal raw: C0, DEL, C1, line/paragraph separators, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any UTF-16 code units, drawn often from the controls and the surrogates, so pairs and lone halves both come up. */
const anyCodeUnits = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0, max: 0xa0 }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0x2026, max: 0x206a }),
    ),
  )
  .map((units) => String.fromCharCode(...units));

describe('terminalText, text from the input made safe to show on a terminal', () => {
  it.each([
    ['a window title (OSC 0)', 'p\u001b]0;pwned\u0007', 'p\\u001b]0;pwned\\u0007'],
    ['a clear screen (CSI 2J)', '\u001b[2J\u001b[H', '\\u001b[2J\\u001b[H'],
    ['a clipboard write (OSC 52)', '\u001b]52;c;ZXZpbA==\u0007', '\\u001b]52;c;ZXZpbA==\\u0007'],
    ['a colour through the one-character C1 CSI', '\u009b31mred', '\\u009b31mred'],
    ['DEL and NUL', 'a\u007fb\u0000c', 'a\\u007fb\\u0000c'],
    ['a tab, a line feed and a carriage return', 'a\tb\nc\rd', 'a\\u0009b\\u000ac\\u000dd'],
    ['a right-to-left override and isolate (Trojan Source)', 'x\u202eyz\u2066w\u2069', 'x\\u202eyz\\u2066w\\u2069'],
    ['the bidi marks LRM, RLM and ALM', 'a\u200eb\u200fc\u061cd', 'a\\u200eb\\u200fc\\u061cd'],
    ['the line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['a lone high surrogate', 'a\ud800b', 'a\\ud800b'],
    ['a lone low surrogate, and a high one at the end', '\udc00x\ud83d', '\\udc00x\\ud83d'],
  ])('shows %s as visible escapes', (_name, text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it('keeps every other character: scripts, emoji (a surrogate pair), accents, symbols', () => {
    const text = 'Zürich, 東京, القاهرة, 😀 ≥20% – ok… \\u001b stays';
    expect(terminalText(text)).toBe(text);
  });

  it('leaves nothing a terminal would act on, and is idempotent, for any text', () => {
    fc.assert(
      fc.property(anyCodeUnits, (text) => {
        const shown = terminalText(text);
        return !RAW_CONTROL.test(shown) && !LONE_SURROGATE.test(shown) && terminalText(shown) === shown;
      }),
    );
  });

  it('terminalLine keeps the line end of its own line, LF or CRLF, and escapes the rest', () => {
    expect(terminalLine('a\u001b[2J,"x\ny"\r\n')).toBe('a\\u001b[2J,"x\\u000ay"\r\n');
    expect(terminalLine('{"id":"\u009b"}\n')).toBe('{"id":"\\u009b"}\n');
    expect(terminalLine('no end\r')).toBe('no end\\u000d');
  });
});
