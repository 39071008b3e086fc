import type { ScoreResult } from '@lms-score/core';
import type { CalculatorState } from '../common/calculator-state.ts';
import { answerWords, factorLabel, hazardText, levelText, liveSummary } from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { Formatters } from '../first-paint/format.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';

/** The plain-text note "Copy summary" puts on the clipboard: inputs, result, model, citation. */
export function summaryText(
  m: CalculatorModel,
  t: LocaleStrings,
  f: Formatters,
  s: CalculatorState,
  r: ScoreResult | null,
): string {
  const def = m.definition;
  // Each input as the core read it ("12% · 3-20% (G2)", never "12%%"); verbatim while it cannot be read.
  const inputs = def.factors.map((factor) => {
    const read = r?.breakdown.find((b) => b.factor === factor.id);
    const shown = read
      ? levelText(m, t, f, read)
      : factor.kind === 'boolean'
        ? answerWords(t, factor.id)[s.answer[factor.id]!]
        : s.text[factor.id]!.trim() || s.band[factor.id] || t.unknown;
    return `${factorLabel(t, factor.id)}${t.colon}${shown}`;
  });
  const lines = [t.summaryTitle, ...inputs];
  // Nothing entered: no result line (it would be its aside alone).
  const said = r ? liveSummary(t, f, r) : '';
  if (r && said) {
    lines.push(`${said}${t.aside([t.outOf(f.integer(m.maxPoints)), t.derivedLabel])}`);
    lines.push(`${t.relativeHazard}${t.colon}${hazardText(t, f, r)}`);
  }
  lines.push(
    t.modelLine(`${def.id} ${def.version}`, m.scorer.stamp.hash.slice(0, 8)),
    `${t.source}${t.colon}${def.citation.text} doi:${def.citation.doi}`,
    t.disclaimer,
  );
  return lines.join('\n');
}
