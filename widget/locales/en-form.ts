import type { FormModelStrings, FormUiStrings } from './locale-strings.ts';

// English's words for the first paint (title, scope and form): the first part ships only these;
// en.ts adds the rest, which comes with the second part (calculator-part.ts).

export const enForm: FormUiStrings = {
  locale: 'en',
  numberHint: (min, max) => `A number from ${min} to ${max}, or choose a band.`,
  bandChooser: (name) => `or ${name} band`,
  bandNone: 'Not chosen',
  fallsIn: (band) => `Band: ${band}`,
  band: (label, grade) => (grade ? `${label} (${grade})` : label),
  answers: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
  numberError: (name, code, min, max, unit) =>
    code === 'out_of_range'
      ? `${name} must be between ${min} and ${max}${unit}.`
      : code === 'invalid_number' || code === 'not_finite'
        ? `Enter ${name} as a number, e.g. 12.5.`
        : `This ${name} value cannot be read.`,
  partFailed: 'The calculator could not load its scoring part. Check the connection and reload the page.',
};

/** The Liver Metastasis Score's first-paint words in English. */
export const lmsEnForm: FormModelStrings = {
  title: 'Liver Metastasis Score (LMS)',
  scope: 'For adults after curative-intent resection of a gastroenteropancreatic neuroendocrine tumour (GEP-NET).',
  factors: {
    ki67: { label: 'Ki-67 index (%)', name: 'Ki-67' },
    vascularInvasion: { label: 'Vascular invasion' },
    lymphNodeMetastasis: { label: 'Lymph node metastasis' },
    adjuvantTherapy: { label: 'Adjuvant therapy', answers: { yes: 'Given', no: 'Not given', unknown: 'Unknown' } },
  },
};
