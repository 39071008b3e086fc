import type { BandedFactorDefinition, FactorBreakdown, ScoreResult, ScoreSummary } from '@lms-score/core';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { Formatters } from '../first-paint/format.ts';
import type { Answer, FormStrings, LocaleStrings } from '../locales/locale-strings.ts';

// Every sentence and phrase the widget builds from a result, in one place: the result panel, the
// chart's text alternative, the live region and the copied summary all say the same thing.

/** False before anything is entered: then the widget shows guidance, not a 0-max range. */
export const hasInput = (r: ScoreResult | null): r is ScoreResult => !!r && r.breakdown.some((b) => b.known);

/** "6 points", "1 point", or "5-7 points" while something is unknown. */
export const pointsText = (t: LocaleStrings, f: Formatters, r: ScoreSummary): string =>
  r.points !== null
    ? t.points(r.points, f.integer(r.points))
    : t.pointsRange(f.integer(r.pointsRange[0]), f.integer(r.pointsRange[1]));

export const groupName = (t: LocaleStrings, id: string): string => t.groups[id] ?? id;

/** The group in words, or the groups still possible. */
export const groupText = (t: LocaleStrings, r: ScoreSummary): string =>
  r.riskGroup ? groupName(t, r.riskGroup) : t.possibleGroups(t.list(r.possibleRiskGroups.map((g) => groupName(t, g))));

/** The relative hazard, or its range while something is unknown. */
export const hazardText = (t: LocaleStrings, f: Formatters, r: ScoreSummary): string =>
  r.relativeHazard !== null
    ? f.ratio(r.relativeHazard)
    : t.range(f.ratio(r.relativeHazardRange[0]), f.ratio(r.relativeHazardRange[1]));

/** A factor's label ("Ki-67 index (%)") and short name ("Ki-67"). */
export const factorLabel = (t: FormStrings, id: string): string => t.factors[id]?.label ?? id;
export const factorName = (t: FormStrings, id: string): string => t.factors[id]?.name ?? factorLabel(t, id);
/** Yes/No/Unknown words of a yes/no factor. */
export const answerWords = (t: FormStrings, id: string): Readonly<Record<Answer, string>> =>
  t.factors[id]?.answers ?? t.answers;

/** A band as shown: the model's label and grade, e.g. "3-20% (G2)". */
export const bandLabel = (t: FormStrings, factor: BandedFactorDefinition, id: string): string => {
  const level = factor.levels.find((l) => l.id === id);
  return level ? t.band(level.label, level.grade) : id;
};

/** A measured number with its unit: "12.5%", "70 years". */
export const measured = (f: Formatters, factor: BandedFactorDefinition, value: number): string =>
  `${f.ratio(value)}${factor.unit === '%' ? '%' : ` ${factor.unit}`}`;

/** A partial result's possible groups, each with its own published risk (not an interval). */
export function possibleRisks(m: CalculatorModel, t: LocaleStrings, f: Formatters, r: ScoreResult): string {
  const risks = new Map(m.definition.riskGroups.map((g) => [g.id, g.risk.value]));
  return t.list(r.possibleRiskGroups.map((id) => `${groupName(t, id)} ${f.percent(risks.get(id)!)}`));
}

/** What was entered for one factor, as the breakdown table and the copied summary show it. */
export function levelText(m: CalculatorModel, t: LocaleStrings, f: Formatters, b: FactorBreakdown): string {
  if (!b.known) return t.unknown;
  const banded = m.banded.find((x) => x.id === b.factor);
  if (banded)
    return b.value !== null
      ? `${measured(f, banded, b.value)} · ${bandLabel(t, banded, b.level!)}`
      : bandLabel(t, banded, b.level!);
  return answerWords(t, b.factor)[b.level as 'yes' | 'no'];
}

/** One sentence for the polite live region: what changed, without the whole table. */
export function liveSummary(t: LocaleStrings, f: Formatters, r: ScoreResult | null): string {
  if (!hasInput(r)) return '';
  const risk = r.risk !== null ? `${t.groupRisk(f.integer(r.horizonYears))}${t.colon}${f.percent(r.risk)}` : '';
  return t.liveSummary(pointsText(t, f, r), groupText(t, r), risk);
}
