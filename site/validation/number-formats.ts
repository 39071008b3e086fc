import type { Formats } from './calibration-table.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';

/** The page's numbers in one language: figures, percentages, and counts ("12,000"). */
export interface NumberFormats extends Formats {
  readonly count: (n: number) => string;
}

const made = new Map<string, NumberFormats>();

/** The number formats of a language's strings, made once (not on every progress step). */
export function numberFormats(t: ValidationStrings): NumberFormats {
  const locale = t.numbers ?? t.locale;
  let formats = made.get(locale);
  if (!formats) {
    const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const fixed = new Map(
      ([2, 3] as const).map((d) => [
        d,
        new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }),
      ]),
    );
    formats = {
      num: (n) => (n === null ? '–' : f.format(n)),
      pct: (x) => pct.format(x),
      count: (n) => f.format(n),
      fixed: (n, digits) => (n === null ? '–' : fixed.get(digits)!.format(n)),
    };
    made.set(locale, formats);
  }
  return formats;
}
