import { html, type TemplateResult } from 'lit';
import type { FieldSources } from '../first-paint/render-form.ts';

/**
 * The host's note under a field on where its value came from (`sources`, by factor id: the SMART
 * app's "Observation 2026-05-02, LOINC …"), or null when it gives none. Page text: own keys only.
 */
export const sourceNote = (sources: FieldSources | undefined, id: string): TemplateResult | null => {
  const note = sources && Object.hasOwn(sources, id) ? sources[id] : undefined;
  return typeof note === 'string' && note
    ? html`<p id=${`${id}-source`} class="source" part="source">${note}</p>`
    : null;
};
