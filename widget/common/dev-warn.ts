const issued = new Set<string>();

/**
 * Development-build warning, once per distinct message, as Lit's dev mode does. Call it only
 * behind `if (import.meta.env.DEV)`, so that the production build drops the call and its text.
 *
 * @example
 * if (import.meta.env.DEV) devWarn(`lang "${tag}" has no translation; showing English.`);
 */
export function devWarn(message: string): void {
  if (issued.has(message)) return;
  issued.add(message);
  console.warn(`<lms-calculator> ${message}`);
}
