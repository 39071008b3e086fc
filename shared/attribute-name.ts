/**
 * A factor's name in HTML attributes and calculator links: its id in kebab case. The widget's
 * presets and share fragment use it, and so does the CDS card's link into /embed, which the
 * widget reads: one rule, so the two cannot drift apart.
 *
 * @example
 * attributeName('vascularInvasion'); // 'vascular-invasion'
 */
export const attributeName = (id: string): string => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
