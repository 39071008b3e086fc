import { html, type LitElement, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../common/render-context.ts';
import { groupName } from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';
import type { CopyStatus } from './actions-controller.ts';

export interface FooterState {
  readonly copyStatus: CopyStatus;
  readonly summary: string;
  readonly widgetVersion: string;
  /** Offer "Copy link" (the share attribute). */
  readonly share: boolean;
}

export interface FooterActions {
  /** Copies; settles once the copy's status is set. */
  readonly copy: () => void | Promise<void>;
  readonly copyLink: () => void | Promise<void>;
  readonly print: () => void;
}

/**
 * True when the page is known to forbid writing to the clipboard: a frame whose host did not grant
 * it (`allow="clipboard-write"`) under Permissions Policy. Only Chromium says so in advance
 * (document.featurePolicy); elsewhere a refused copy says so when it fails.
 */
const clipboardForbidden = (): boolean => {
  const policy = (document as { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  return !!policy && !policy.allowsFeature('clipboard-write');
};

/** Copies, and when the copy was refused, puts the reader in the text to copy by hand, selected. */
const copyThen = (copy: () => void | Promise<void>) => async (event: Event) => {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  await copy();
  await (root.host as LitElement).updateComplete;
  const fallback = root.querySelector<HTMLTextAreaElement>('.copy-fallback');
  fallback?.focus();
  fallback?.select();
};

/** Trust and reuse: how the numbers were made, the source, model version, disclaimer, copy, share, print and cite. */
export function renderFooter({
  m,
  t,
  f,
  footer: s,
  on,
}: RenderContext<CalculatorModel, LocaleStrings> & {
  readonly footer: FooterState;
  readonly on: FooterActions;
}): TemplateResult {
  const def = m.definition;
  const shortHash = m.scorer.stamp.hash.slice(0, 8);
  // Said before a reader tries: the buttons then show the text to copy by hand.
  const forbidden = clipboardForbidden();
  const described = forbidden ? 'lms-copy-forbidden' : nothing;
  return html`<footer part="footer">
    <details class="derived">
      <summary>${t.derivedSummary}</summary>
      <p>${t.derivedDetails}</p>
      <ul>${def.riskGroups.map((g) => html`<li>${t.groupRange(groupName(t, g.id), f.integer(g.minPoints.value), f.integer(g.maxPoints.value))}</li>`)}</ul>
    </details>
    <p class="source">${t.source}${t.colon}${def.citation.text} <a class="doi" href=${def.citation.url} target="_blank" rel="noopener noreferrer">doi:${def.citation.doi}</a></p>
    <p class="muted">${t.modelLine(def.version, shortHash)}</p>
    <p class="disclaimer">${t.disclaimer}</p>
    ${forbidden ? html`<p class="muted" id="lms-copy-forbidden">${t.copyForbidden}</p>` : nothing}
    <div class="actions">
      <button type="button" part="button" aria-describedby=${described} @click=${copyThen(on.copy)}>${forbidden ? t.showSummary : t.copySummary}</button>
      ${s.share ? html`<button type="button" part="button" class="copy-link" aria-describedby=${described} @click=${copyThen(on.copyLink)}>${forbidden ? t.showLink : t.copyLink}</button>` : nothing}
      <button type="button" part="button" class="print" @click=${on.print}>${t.print}</button>
      <span class="status" role="status">${
        s.copyStatus === 'copied'
          ? t.copied
          : s.copyStatus === 'linkCopied'
            ? t.linkCopied
            : s.copyStatus === 'failed'
              ? t.copyFailed
              : ''
      }</span>
    </div>
    ${s.copyStatus === 'failed' ? html`<textarea class="copy-fallback" readonly rows="7" aria-label=${t.copySummary} .value=${s.summary}></textarea>` : nothing}
    <details class="cite">
      <summary>${t.cite}</summary>
      <p class="cite-text">${t.citeText(t.calculatorName, s.widgetVersion, def.version, shortHash, `${def.citation.text} doi:${def.citation.doi}`)}</p>
    </details>
  </footer>`;
}
