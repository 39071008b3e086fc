import { type LmsResult, lms } from '../shared/lms.ts';
import { type CalculatorState, maxPoints } from './calculator-state.ts';
import type { Formatters } from './format.ts';
import type { LocaleStrings } from './locales/locale-strings.ts';
import { bandLabel } from './render-form.ts';
import { liveSummary } from './render-result.ts';
import { hazardText } from './result-text.ts';

/** The plain-text note "Copy summary" puts on the clipboard: inputs, result, model, citation. */
export function summaryText(t: LocaleStrings, f: Formatters, s: CalculatorState, r: LmsResult | null): string {
  const def = lms.definition;
  const ki67 = s.ki67Text.trim() ? `${s.ki67Text.trim()}%` : s.ki67Band ? bandLabel(t, s.ki67Band) : t.unknown;
  const lines = [
    t.summaryTitle,
    `${t.ki67Label}: ${ki67}`,
    `${t.factors.vascularInvasion}: ${t.answers.vascularInvasion[s.vascularInvasion]}`,
    `${t.factors.lymphNodeMetastasis}: ${t.answers.lymphNodeMetastasis[s.lymphNodeMetastasis]}`,
    `${t.factors.adjuvantTherapy}: ${t.answers.adjuvantTherapy[s.adjuvantTherapy]}`,
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
