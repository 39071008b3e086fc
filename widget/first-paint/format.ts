import { decimalText } from '@lms-score/core';
/** Number formatting for one locale. */
export interface Formatters {
  readonly percent: (fraction: number) => string;
  readonly integer: (n: number) => string;
  readonly ratio: (x: number) => string;
}

/** The Intl formatters: hazard ratios to 2 decimals (as published), larger products to 1. */
export function intlFormatters(locale: string): Formatters {
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    percent: (x) => pct.format(x),
    integer: (n) => int.format(n),
    ratio: (x) => (x < 100 ? two : one).format(x),
  };
}

/**
 * Formatters without Intl, written to match Intl's output character for character in the locales
 * of PLAIN_MATCHES_INTL for every number the widget can show (a test holds them equal: the model's
 * points, risks and hazard ratios, and any value a factor accepts). A page's first
 * Intl.NumberFormat starts ICU, 40 ms or more in Chromium: these locales never pay it.
 */
export const plainFormatters: Formatters = {
  percent: (x) => `${decimalText(x, 1, 2)}%`,
  integer: (n) => String(Math.round(n)),
  // Rounded as Intl rounds (0.105 reads 0.11), trailing zeros dropped as Intl drops them.
  ratio: (x) => String(Number(decimalText(x, x < 100 ? 2 : 1))),
};

/** Locales whose plain formatters equal Intl's output for every number shown (a test holds them equal). */
export const PLAIN_MATCHES_INTL: ReadonlySet<string> = new Set(['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko']);
const built = new Map<string, Formatters>();

/**
 * The formatters for `locale`: the plain ones where they equal Intl (PLAIN_MATCHES_INTL), and for
 * the form alone (`formOnly`, before the second part), which shows only its bounds, whole numbers
 * up to 100 that read the same in every locale's Intl (a test holds it), so the first paint never
 * waits for ICU. Otherwise the locale's Intl formatters, built once.
 */
export function formatters(locale: string, formOnly: boolean): Formatters {
  if (formOnly || PLAIN_MATCHES_INTL.has(locale)) return plainFormatters;
  let f = built.get(locale);
  if (!f) {
    f = intlFormatters(locale);
    built.set(locale, f);
  }
  return f;
}
