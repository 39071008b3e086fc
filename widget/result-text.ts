import { type LmsResult, lms } from '../shared/lms.ts';
import type { ScoreSummary } from '../shared/score-types.ts';
import { ki67Factor } from './calculator-state.ts';
import type { Formatters } from './format.ts';
import type { BooleanFactor, LocaleStrings } from './locales/locale-strings.ts';

// Every sentence and phrase the widget builds from a result, in one place: the result panel, the
// chart's text alternative, the live region and the copied summary all say the same thing.

type Summary = ScoreSummary<LmsResult['possibleRiskGroups'][number]>;
type Breakdown = LmsResult['breakdown'][number];

/** False before anything is entered: then the widget shows guidance, not a 0-max range. */
export const hasInput = (r: LmsResult | null): r is LmsResult => !!r && r.breakdown.some((b) => b.known);

/** "6 points", "1 point", or "5-7 points" while something is unknown. */
export const pointsText = (t: LocaleStrings, f: Formatters, r: Summary): string =>
  r.points !== null
    ? t.points(r.points, f.integer(r.points))
    : t.pointsRange(f.integer(r.pointsRange[0]), f.integer(r.pointsRange[1]));

/** The group in words, or the groups still possible. */
export const groupText = (t: LocaleStrings, r: Summary): string =>
  r.riskGroup ? t.groups[r.riskGroup] : t.possibleGroups(t.list(r.possibleRiskGroups.map((g) => t.groups[g])));

/** The relative hazard, or its range while something is unknown. */
export const hazardText = (t: LocaleStrings, f: Formatters, r: Summary): string =>
  r.relativeHazard !== null
    ? f.ratio(r.relativeHazard)
    : t.range(f.ratio(r.relativeHazardRange[0]), f.ratio(r.relativeHazardRange[1]));

/** A Ki-67 band as shown: the model's label and grade, e.g. "3-20% (G2)". */
export const bandLabel = (t: LocaleStrings, id: string): string => {
  const level = ki67Factor.levels.find((l) => l.id === id);
  return level ? t.band(level.label, level.grade) : id;
};

/** A partial result's possible groups, each with its own published risk (not an interval). */
export function possibleRisks(t: LocaleStrings, f: Formatters, r: LmsResult): string {
  const risks = new Map(lms.definition.riskGroups.map((g) => [g.id, g.risk.value]));
  return t.list(r.possibleRiskGroups.map((id) => `${t.groups[id]} ${f.percent(risks.get(id)!)}`));
}

/** What was entered for one factor, as the breakdown table shows it. */
export function levelText(t: LocaleStrings, f: Formatters, b: Breakdown): string {
  if (!b.known) return t.unknown;
  if (b.factor === ki67Factor.id)
    return b.value !== null ? `${f.ratio(b.value)}% · ${bandLabel(t, b.level!)}` : bandLabel(t, b.level!);
  return t.answers[b.factor as BooleanFactor][b.level as 'yes' | 'no'];
}

/** One sentence for the polite live region: what changed, without the whole table. */
export function liveSummary(t: LocaleStrings, f: Formatters, r: LmsResult | null): string {
  if (!hasInput(r)) return '';
  const risk = r.risk !== null ? `${t.groupRisk(f.integer(r.horizonYears))}: ${f.percent(r.risk)}` : '';
  return t.liveSummary(pointsText(t, f, r), groupText(t, r), risk);
}
