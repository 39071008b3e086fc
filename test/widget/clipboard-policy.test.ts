import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pack as de } from '../../widget/locales/de.ts';
import { mount, part, text, typeKi67 } from './fixture.ts';

// A page that forbids the clipboard (a frame without allow="clipboard-write"), as Chromium reports
// it in advance: document.featurePolicy. test/e2e/embed-frame.test.ts frames /embed for real.
function forbidClipboard(): void {
  const policy = { allowsFeature: (feature: string) => feature !== 'clipboard-write' };
  Object.defineProperty(document, 'featurePolicy', { value: policy, configurable: true });
}

afterEach(() => {
  delete (document as { featurePolicy?: unknown }).featurePolicy;
  document.body.style.background = '';
  vi.restoreAllMocks();
});

describe('copying where the page forbids the clipboard', () => {
  it('says so before a reader tries, on the buttons and in a note they point to', async () => {
    forbidClipboard();
    const el = await mount({ share: '' });
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button:not(.print)')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Show summary to copy', 'Show link to copy']);
    for (const button of buttons) expect(button.getAttribute('aria-describedby')).toBe('lms-copy-forbidden');
    expect(text(el, '#lms-copy-forbidden')).toBe(
      'This page does not let the calculator copy to the clipboard: the buttons show the text for you to copy.',
    );
  });

  it("says it in the calculator's language", async () => {
    forbidClipboard();
    const el = await mount({ lang: 'de' });
    expect(text(el, '.actions button')).toBe(de.ui.showSummary);
    expect(text(el, '#lms-copy-forbidden')).toBe(de.ui.copyForbidden);
  });

  it('shows the summary selected in a box, with the keyboard focus there, when the copy is refused', async () => {
    forbidClipboard();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    const el = await mount();
    await typeKi67(el, '12');
    part<HTMLButtonElement>(el, '.actions button').click();
    await vi.waitFor(() => expect(el.shadowRoot!.activeElement?.localName).toBe('textarea'));
    const box = part<HTMLTextAreaElement>(el, 'textarea.copy-fallback');
    expect(box.value).toContain('Ki-67 index (%): 12%');
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(box.value);
    expect(text(el, '.status')).toBe('Copying was blocked; select the text below and copy it.');
  });

  it('has no axe violations, light and dark, with the note and the box shown', async () => {
    forbidClipboard();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    for (const theme of ['light', 'dark']) {
      document.body.style.background = theme === 'dark' ? '#000' : '#fff';
      const el = await mount({ theme, share: '' });
      part<HTMLButtonElement>(el, '.actions button').click();
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('textarea')).not.toBeNull());
      const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag22aa'] } });
      expect(violations.map((v) => v.id)).toEqual([]);
      el.parentElement!.remove();
    }
  });

  it('keeps "Copy summary" and no note where the page allows the clipboard', async () => {
    const el = await mount({ share: '' });
    expect(text(el, '.actions button')).toBe('Copy summary');
    expect(el.shadowRoot!.querySelector('#lms-copy-forbidden')).toBeNull();
    expect(part(el, '.actions button').hasAttribute('aria-describedby')).toBe(false);
  });
});
