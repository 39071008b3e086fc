import type { CoreProblemCode } from '@lms-score/core';

/** Yes/No/Unknown answer of a yes/no factor. */
export type Answer = 'yes' | 'no' | 'unknown';

/**
 * The calculator's own words in one language, the same for every score. Adding a language is one
 * more file giving these and a model's words (ModelStrings), registered in widget/common/language.ts (LANGUAGES) and loaded by widget/locale-loader.ts.
 */
export interface UiStrings {
  readonly locale: string;
  /** Intl locale for numbers when it differs from `locale` (Arabic keeps Latin digits: "ar-u-nu-latn"). */
  readonly numbers?: string;
  /** Under a banded factor's box: what it takes. */
  readonly numberHint: (min: string, max: string) => string;
  /** Label of a banded factor's band chooser ("or Ki-67 band"). */
  readonly bandChooser: (name: string) => string;
  readonly bandNone: string;
  readonly fallsIn: (band: string) => string;
  /** A band as shown: the model's label and, when it has one, its grade, e.g. "3-20% (G2)". */
  readonly band: (label: string, grade: string | undefined) => string;
  /** Default answer words of a yes/no factor. */
  readonly answers: Readonly<Record<Answer, string>>;
  /** Message for a number the core refused; `name` is the factor's short name. */
  readonly numberError: (name: string, code: CoreProblemCode, min: string, max: string, unit: string) => string;
  readonly resultHeading: string;
  readonly emptyResult: string;
  /** Shown in place of the result when the browser refused the calculator's second part. */
  readonly partFailed: string;
  readonly invalidResult: (name: string) => string;
  /** A whole number of points: `n` chooses the plural form, `shown` is it formatted. */
  readonly points: (n: number, shown: string) => string;
  readonly pointsRange: (min: string, max: string) => string;
  readonly outOf: (max: string) => string;
  readonly possibleGroups: (groups: string) => string;
  readonly list: (items: string[]) => string;
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
  readonly whatIf: (points: string, group: string) => string;
  readonly chartAlt: (years: string, risks: string, mark: string) => string;
  readonly chartPointsAxis: string;
  readonly derivedLabel: string;
  readonly publishedLabel: string;
  readonly derivedSummary: string;
  readonly groupRange: (group: string, min: string, max: string) => string;
  readonly source: string;
  /** Between a label and its value ("Source: …"), as the language writes it: '：' in Chinese and Japanese, ' : ' in French. */
  readonly colon: string;
  /** A note after a sentence, in parentheses, its items listed: " (out of 8, derived)". */
  readonly aside: (items: readonly string[]) => string;
  readonly modelLine: (version: string, hash: string) => string;
  readonly disclaimer: string;
  readonly copySummary: string;
  readonly copied: string;
  readonly copyFailed: string;
  /** Said with the copy buttons when the page forbids the clipboard (a frame without allow="clipboard-write"). */
  readonly copyForbidden: string;
  /** The copy buttons' words then: they show the text to copy by hand. */
  readonly showSummary: string;
  readonly showLink: string;
  readonly cite: string;
  readonly citeText: (
    name: string,
    widgetVersion: string,
    modelVersion: string,
    hash: string,
    citation: string,
  ) => string;
  /** Share: copies the page's link, whose fragment holds the inputs. */
  readonly copyLink: string;
  readonly linkCopied: string;
  /** Print: the button, the printed inputs' heading, and the printed date line. */
  readonly print: string;
  readonly entered: string;
  readonly printedOn: (date: string) => string;
  /** The patient view (audience="patient"): short sentences, no hazard ratios. */
  readonly patient: {
    readonly empty: string;
    readonly score: (points: string, max: string) => string;
    readonly range: (min: string, max: string, top: string) => string;
    readonly group: (group: string) => string;
    readonly groups: (groups: string) => string;
    /** Text alternative of one icon array: the group, and how many of 100 are shaded. */
    readonly iconsAlt: (group: string, shown: string) => string;
    readonly caveat: string;
  };
  readonly liveSummary: (points: string, group: string, risk: string) => string;
}

/** One factor's words: its label, and for a banded factor its short name and hint. */
export interface FactorStrings {
  readonly label: string;
  /** Short name in sentences ("Ki-67"); the label when absent. */
  readonly name?: string;
  readonly hint?: string;
  /** Words for yes/no/unknown when the defaults do not fit ("Given", "Not given"). */
  readonly answers?: Readonly<Record<Answer, string>>;
}

/**
 * One score's words in one language: names of the score, its factors and groups, and how its
 * numbers were made. Keys are the model's ids.
 */
export interface ModelStrings {
  readonly title: string;
  readonly scope: string;
  /** Name in the citation line ("LMS calculator"). */
  readonly calculatorName: string;
  readonly summaryTitle: string;
  readonly factors: Readonly<Record<string, FactorStrings>>;
  readonly groups: Readonly<Record<string, string>>;
  /** Label of the group's published risk by the horizon (`years`, formatted). */
  readonly groupRisk: (years: string) => string;
  readonly chartTitle: string;
  /** Title of each what-if the model reports, by factor id. */
  readonly whatIfTitles: Readonly<Record<string, string>>;
  readonly whatIfNote: string;
  /** The patient view's sentence under an icon array: about `shown` of 100 had the outcome by `years`. */
  readonly patientInHundred: (shown: string, years: string) => string;
  readonly derivedDetails: string;
}

/** Everything one calculator says in one language. */
export type LocaleStrings = UiStrings & ModelStrings;

/** The calculator's words that its first paint (title, scope and form) says. */
export type FormUiStrings = Pick<
  UiStrings,
  | 'locale'
  | 'numbers'
  | 'numberHint'
  | 'bandChooser'
  | 'bandNone'
  | 'fallsIn'
  | 'band'
  | 'answers'
  | 'numberError'
  | 'partFailed'
>;
/** A score's words that the first paint says. */
export type FormModelStrings = Pick<ModelStrings, 'title' | 'scope' | 'factors'>;
/** What the first paint says; English ships just these in the first part, the rest with the second. */
export type FormStrings = FormUiStrings & FormModelStrings;

/**
 * One language as it loads: the calculator's words, and each score's words by model id. English
 * ships in the bundle; every other pack is a file of its own, fetched only when a page shows it.
 */
export interface LocalePack {
  readonly ui: UiStrings;
  readonly models: Readonly<Record<string, ModelStrings>>;
}
