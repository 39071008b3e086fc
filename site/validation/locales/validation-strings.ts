import type { ExclusionReason } from '@lms-score/core/validate';

/** Every word of the validation page's element, in one language. */
export interface ValidationStrings {
  readonly locale: string;
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly columns: (columns: string) => string;
  readonly chooseFile: string;
  readonly dropHint: string;
  readonly loadDemo: string;
  readonly demoLabel: string;
  readonly demoNote: string;
  readonly bootstrap: string;
  readonly seed: string;
  readonly timeUnit: string;
  readonly units: Readonly<Record<'months' | 'days' | 'years', string>>;
  readonly run: string;
  readonly reading: (name: string) => string;
  readonly computing: (rows: string) => string;
  readonly done: (used: string, received: string, ms: string) => string;
  readonly fileRefused: string;
  readonly tooManyRows: (rows: string, max: string) => string;
  readonly source: (name: string) => string;
  readonly cIndexHeading: string;
  readonly cIndexOf: { readonly points: string; readonly relativeHazard: string };
  readonly cIndexValue: (value: string, lower: string, upper: string, replicates: string, seed: string) => string;
  readonly noCi: string;
  readonly noComparablePairs: string;
  readonly pairs: (
    concordant: string,
    discordant: string,
    tiedRisk: string,
    tiedTime: string,
    tiedBoth: string,
  ) => string;
  readonly publishedCIndex: (value: string) => string;
  readonly calibrationHeading: string;
  readonly calibrationHead: {
    readonly group: string;
    readonly n: string;
    readonly events: string;
    readonly observed: (years: string) => string;
    readonly published: string;
    readonly ratio: string;
  };
  readonly notReached: string;
  readonly curvesHeading: string;
  readonly curvesAlt: (groups: string) => string;
  readonly axisTime: (unit: string) => string;
  readonly axisSurvival: string;
  readonly publishedPoint: (years: string) => string;
  readonly atRiskHeading: string;
  readonly excludedHeading: (n: string) => string;
  readonly excludedHead: {
    readonly row: string;
    readonly id: string;
    readonly reason: string;
    readonly detail: string;
  };
  readonly reasons: Readonly<Record<ExclusionReason, string>>;
  readonly moreExcluded: (n: string) => string;
  readonly noneExcluded: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly groups: Readonly<Record<string, string>>;
}
