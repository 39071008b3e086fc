import { enForm, lmsEnForm } from './en-form.ts';
import type { LocalePack, ModelStrings, UiStrings } from './locale-strings.ts';

/**
 * English's cardinal rule for whole numbers, written out: an Intl.PluralRules at first paint would
 * start ICU (13-30 ms). A test holds it equal to Intl.PluralRules('en'); other languages load after
 * the first paint and use Intl.PluralRules itself.
 */
export const englishPlural = (n: number): 'one' | 'other' => (n === 1 ? 'one' : 'other');

export const en: UiStrings = {
  ...enForm,
  resultHeading: 'Result',
  emptyResult: 'Enter what is known. Unknown factors are never taken as "no": the result shows the range they allow.',
  invalidResult: (name) => `Correct the ${name} value to see the score.`,
  points: (n, shown) => `${shown} ${englishPlural(n) === 'one' ? 'point' : 'points'}`,
  pointsRange: (min, max) => `${min}-${max} points`,
  outOf: (max) => `of ${max}`,
  possibleGroups: (groups) => `Possible groups: ${groups}`,
  list: (items) => items.join(' or '),
  groupRiskNote: 'group estimate',
  relativeHazard: 'Relative hazard vs a patient with none of the risk factors',
  relativeHazardNote: 'product of the published hazard ratios',
  range: (min, max) => `${min} to ${max}`,
  unknownFactors: (n) => `${n} ${englishPlural(n) === 'one' ? 'factor' : 'factors'} unknown`,
  breakdownCaption: 'Points by factor',
  breakdownHead: { factor: 'Factor', level: 'Entered', points: 'Points (derived)', hazardRatio: 'HR (published)' },
  reference: 'reference',
  unknown: 'Unknown',
  whatIf: (points, group) => `${points}, ${group}.`,
  chartAlt: (years, risks, mark) => `Bar chart of published ${years}-year risks: ${risks}. ${mark}`,
  chartPointsAxis: 'Points',
  derivedLabel: 'derived',
  publishedLabel: 'published',
  derivedSummary: 'Point weights and cut-offs are derived from the published hazard ratios.',
  groupRange: (group, min, max) => `${group}: ${min}-${max} points`,
  source: 'Source',
  colon: ': ',
  aside: (items) => ` (${items.join(', ')})`,
  modelLine: (version, hash) => `Model ${version} · ${hash}`,
  disclaimer: 'Decision support only; it does not replace clinical judgement. Nothing you enter leaves this page.',
  copySummary: 'Copy summary',
  copied: 'Summary copied.',
  copyFailed: 'Copying was blocked; select the text below and copy it.',
  copyForbidden:
    'This page does not let the calculator copy to the clipboard: the buttons show the text for you to copy.',
  showSummary: 'Show summary to copy',
  showLink: 'Show link to copy',
  cite: 'Cite this calculator',
  citeText: (name, widget, model, hash, citation) =>
    `${name} ${widget} (model ${model}, ${hash}). Based on: ${citation}`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  print: 'Print / save as PDF',
  entered: 'Entered',
  printedOn: (date) => `Printed on ${date}`,
  patient: {
    empty: 'Fill in what you know. Leave the rest as "Unknown".',
    score: (points, max) => `Your score is ${points} out of ${max}.`,
    range: (min, max, top) => `Some answers are not known. Your score could be from ${min} to ${max} out of ${top}.`,
    group: (group) => `This puts you in the ${group} group.`,
    groups: (groups) => `You could be in the ${groups} group.`,
    iconsAlt: (group, shown) => `${group}: ${shown} of 100 people are shaded.`,
    caveat:
      'These numbers come from a study of people who had the same kind of surgery. They tell what happened in a group. They cannot tell what will happen to you. Talk with your doctor about what they mean for you.',
  },
  liveSummary: (points, group, risk) => `${points}. ${group}.${risk ? ` ${risk}.` : ''}`,
};

/** The Liver Metastasis Score's own words in English. */
export const lmsEn: ModelStrings = {
  ...lmsEnForm,
  calculatorName: 'LMS calculator',
  summaryTitle: 'Liver Metastasis Score (LMS)',
  groups: { low: 'Low risk', intermediate: 'Intermediate risk', high: 'High risk' },
  groupRisk: (years) => `${years}-year liver-metastasis risk of the group`,
  chartTitle: 'Published 5-year liver-metastasis risk by group',
  whatIfTitles: { adjuvantTherapy: 'Had adjuvant therapy been given' },
  whatIfNote: 'An association in an observational cohort, not a treatment effect.',
  patientInHundred: (shown, years) =>
    `Think of 100 people in this group. In the study, about ${shown} of them had the cancer spread to the liver within ${years} years.`,
  derivedDetails:
    "The paper's point table is not in its abstract. Each level's points are its ln(HR) divided by the smallest ln(HR) among the factors, rounded (Sullivan method); the group cut-offs are those that best reproduced the published group risks in simulation. Hazard ratios and group risks are the paper's.",
};

export const pack: LocalePack = { ui: en, models: { lms: lmsEn } };
