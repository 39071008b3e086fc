// decimalText writes what Intl.NumberFormat writes (Node's ICU, as the browser's), so the CLI, the
// page and the widget show the same digits for a report's figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalText } from '../../shared/decimal-text.ts';

const intl = (digits: number, percent = false) =>
  new Intl.NumberFormat('en', {
    style: percent ? 'percent' : 'decimal',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });

// Numbers as a report holds them: a few decimals (ties included), and any double.
const reportNumber = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 10_000),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100_000),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0), // not -0
  fc.constantFrom(0.7125, 0.0115, 0.0075, 1.005, 2.675, 0.1 + 0.2, 1e-7, 0, 0.9995, 99.95),
);

describe('decimalText', () => {
  it.each([0, 1, 2, 3])('writes %i decimals as Intl does', (digits) => {
    const format = intl(digits);
    fc.assert(
      fc.property(reportNumber, (x) => {
        expect(decimalText(x, digits)).toBe(format.format(x));
        expect(decimalText(-x, digits)).toBe(format.format(-x).replace(/^-(0\.?0*)$/, '$1'));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes a percentage as Intl does, the shift exact', () => {
    const format = intl(1, true);
    fc.assert(
      fc.property(reportNumber, (x) => {
        expect(`${decimalText(x, 1, 2)}%`).toBe(format.format(x));
      }),
      { numRuns: 3000 },
    );
    // What the CLI wrote before, and what the page showed.
    expect((0.0115 * 100).toFixed(1)).toBe('1.1');
    expect(decimalText(0.0115, 1, 2)).toBe('1.2');
    expect((0.0075).toFixed(3)).toBe('0.007');
    expect(decimalText(0.0075, 3)).toBe('0.008');
  });
});
