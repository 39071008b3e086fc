import type { LmsResult } from '../shared/lms.ts';
import type { ScoreSummary } from '../shared/score-types.ts';
import type { Formatters } from './format.ts';
import type { LocaleStrings } from './locales/locale-strings.ts';

type Summary = ScoreSummary<LmsResult['possibleRiskGroups'][number]>;

/** False before anything is entered: then the widget shows guidance, not a 0-max range. */
export const hasInput = (r: LmsResult | null): r is LmsResult => !!r && r.breakdown.some((b) => b.known);

/** "6 points", or "5-7 points" while something is unknown. */
export const pointsText = (t: LocaleStrings, f: Formatters, r: Summary): string =>
  r.points !== null
    ? t.points(f.integer(r.points))
    : t.pointsRange(f.integer(r.pointsRange[0]), f.integer(r.pointsRange[1]));

/** The group in words, or the groups still possible. */
export const groupText = (t: LocaleStrings, r: Summary): string =>
  r.riskGroup ? t.groups[r.riskGroup] : t.possibleGroups(t.list(r.possibleRiskGroups.map((g) => t.groups[g])));

/** The relative hazard, or its range while something is unknown. */
export const hazardText = (t: LocaleStrings, f: Formatters, r: Summary): string =>
  r.relativeHazard !== null
    ? f.ratio(r.relativeHazard)
    : t.range(f.ratio(r.relativeHazardRange[0]), f.ratio(r.relativeHazardRange[1]));
