import { type LmsResult, lms } from '../shared/lms.ts';
import { BOOLEAN_FACTORS, type CalculatorState, ki67Factor, maxPoints } from './calculator-state.ts';
import type { Formatters } from './format.ts';
import type { LocaleStrings } from './locales/locale-strings.ts';
import { hazardText, levelText, liveSummary } from './result-text.ts';

/** The plain-text note "Copy summary" puts on the clipboard: inputs, result, model, citation. */
export function summaryText(t: LocaleStrings, f: Formatters, s: CalculatorState, r: LmsResult | null): string {
  const def = lms.definition;
  // As the core read it ("12% · 3-20% (G2)", never "12%%"); verbatim while it cannot be read.
  const read = r?.breakdown.find((b) => b.factor === ki67Factor.id);
  const ki67 = read ? levelText(t, f, read) : s.ki67Text.trim() || t.unknown;
  const lines = [
    t.summaryTitle,
    `${t.ki67Label}: ${ki67}`,
    ...BOOLEAN_FACTORS.map((factor) => `${t.factors[factor]}: ${t.answers[factor][s[factor]]}`),
  ];
  if (r) {
    lines.push(`${liveSummary(t, f, r)} (${t.outOf(f.integer(maxPoints))}, ${t.derivedLabel})`);
    lines.push(`${t.relativeHazard}: ${hazardText(t, f, r)}`);
  }
  lines.push(
    t.modelLine(`${def.id} ${def.version}`, lms.stamp.hash.slice(0, 8)),
    `${def.citation.text} doi:${def.citation.doi}`,
    t.disclaimer,
  );
  return lines.join('\n');
}
