import type { LmsRiskGroup } from '../../shared/lms.ts';
import type { CoreProblemCode } from '../../shared/problem-codes.ts';

/** Yes/No/Unknown answer of a boolean factor. */
export type Answer = 'yes' | 'no' | 'unknown';
export type BooleanFactor = 'vascularInvasion' | 'lymphNodeMetastasis' | 'adjuvantTherapy';

/**
 * Every string the widget shows, for one language. Adding a language is one more file of this
 * type, registered in locales.ts. Numbers are formatted by Intl with `locale`.
 */
export interface LocaleStrings {
  readonly locale: string;
  readonly title: string;
  readonly scope: string;
  readonly inputsLegend: string;
  readonly ki67Label: string;
  readonly ki67Hint: string;
  readonly ki67BandLabel: string;
  readonly ki67BandNone: string;
  readonly ki67FallsIn: (band: string) => string;
  /** A Ki-67 band as shown: the model's label and WHO grade, e.g. "3-20% (G2)". */
  readonly band: (label: string, grade: string) => string;
  readonly factors: Readonly<Record<BooleanFactor, string>>;
  readonly answers: Readonly<Record<BooleanFactor, Readonly<Record<Answer, string>>>>;
  /** Message for a Ki-67 problem; `min`/`max` come from the model. */
  readonly ki67Error: (code: CoreProblemCode, min: string, max: string) => string;
  readonly resultHeading: string;
  readonly emptyResult: string;
  readonly invalidResult: string;
  /** A whole number of points: `n` for the plural form, `shown` formatted for display. */
  readonly points: (n: number, shown: string) => string;
  readonly pointsRange: (min: string, max: string) => string;
  readonly outOf: (max: string) => string;
  readonly groups: Readonly<Record<LmsRiskGroup, string>>;
  readonly possibleGroups: (groups: string) => string;
  readonly list: (items: string[]) => string;
  /** Label of the group's published risk by the model's horizon (`years`, formatted). */
  readonly groupRisk: (years: string) => string;
  readonly groupRiskNote: string;
  readonly relativeHazard: string;
  readonly relativeHazardNote: string;
  readonly range: (min: string, max: string) => string;
  readonly unknownFactors: (n: number) => string;
  readonly breakdownCaption: string;
  readonly breakdownHead: {
    readonly factor: string;
    readonly level: string;
    readonly points: string;
    readonly hazardRatio: string;
  };
  readonly reference: string;
  readonly unknown: string;
  readonly whatIfTitle: string;
  readonly whatIf: (points: string, group: string) => string;
  readonly whatIfNote: string;
  readonly chartTitle: string;
  readonly chartAlt: (risks: string, mark: string) => string;
  readonly chartPointsAxis: string;
  readonly derivedLabel: string;
  readonly publishedLabel: string;
  readonly derivedSummary: string;
  readonly derivedDetails: string;
  readonly groupRange: (group: string, min: string, max: string) => string;
  readonly source: string;
  readonly modelLine: (version: string, hash: string) => string;
  readonly disclaimer: string;
  readonly copySummary: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly cite: string;
  readonly citeText: (widgetVersion: string, modelVersion: string, hash: string, citation: string) => string;
  readonly summaryTitle: string;
  readonly liveSummary: (points: string, group: string, risk: string) => string;
}
