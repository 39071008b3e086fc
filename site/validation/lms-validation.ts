import { LmsValidation } from './lms-validation.component.ts';

export { LmsValidation };

/** Registers <lms-validation> once; loading the script twice is harmless. */
export function defineLmsValidation(): void {
  if (!customElements.get('lms-validation')) customElements.define('lms-validation', LmsValidation);
}

defineLmsValidation();
