import type { ValidationProgress } from '@lms-score/core/validate';
import { html, type TemplateResult } from 'lit';
import type { ValidationStrings } from './locales/validation-strings.ts';

/**
 * While an analysis runs: a native progress bar, named, with how far it is in words beside it
 * (rows read, then replicates), and a Cancel button. Before the first progress the bar is
 * indeterminate. The words are not a live region: the status line above says when it starts and ends.
 */
export function progressView(
  t: ValidationStrings,
  progress: ValidationProgress | null,
  { count, cancel }: { readonly count: (n: number) => string; readonly cancel: () => void },
): TemplateResult {
  const said = progress && (progress.stage === 'rows' ? t.rowsRead : t.replicatesDone);
  return html`<div class="progress">
    ${
      progress
        ? html`<progress aria-label=${t.progressLabel} max=${progress.total} value=${progress.done}></progress>`
        : html`<progress aria-label=${t.progressLabel}></progress>`
    }
    <span class="progress-text">${said ? said(count(progress.done), count(progress.total)) : ''}</span>
    <button type="button" class="cancel" @click=${cancel}>${t.cancel}</button>
  </div>`;
}
