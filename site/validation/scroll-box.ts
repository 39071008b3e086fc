import { html, type TemplateResult } from 'lit';

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the page (a
 * phone): the page itself never does. Named and focusable, so a keyboard can scroll it too.
 */
export const scrollBox = (label: string, content: TemplateResult): TemplateResult =>
  html`<div class="scroll" role="region" aria-label=${label} tabindex="0">${content}</div>`;
