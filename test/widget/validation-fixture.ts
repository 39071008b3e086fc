import '../../site/validation/lms-validation.ts';
import type { LmsValidation } from '../../site/validation/lms-validation.ts';

/** A fresh `<lms-validation>` in the page, in `lang`, rendered. */
export async function mountValidation(lang = 'en'): Promise<LmsValidation> {
  const el = document.createElement('lms-validation');
  el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}
