import { afterEach } from 'vitest';
import '../../widget/entries/lms-calculator.ts';
import type { LmsCalculator } from '../../widget/entries/lms-calculator.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/** Mounts <lms-calculator> with attributes, optionally inside an element with a lang. */
export async function mount(attributes: Record<string, string> = {}, ancestorLang?: string): Promise<LmsCalculator> {
  const host = document.createElement('div');
  if (ancestorLang) host.lang = ancestorLang;
  const el = document.createElement('lms-calculator');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

export const part = <T extends Element = HTMLElement>(el: LmsCalculator, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
};

export const text = (el: LmsCalculator, selector: string) =>
  part(el, selector).textContent!.replace(/\s+/g, ' ').trim();

/** Types into the Ki-67 box as a user would (value + input event). */
export async function typeKi67(el: LmsCalculator, value: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#ki67');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function chooseBand(el: LmsCalculator, band: string): Promise<void> {
  const select = part<HTMLSelectElement>(el, '#ki67-band');
  select.value = band;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks the Yes/No/Unknown radio of a factor. */
export async function answer(el: LmsCalculator, factor: string, value: 'yes' | 'no' | 'unknown'): Promise<void> {
  part<HTMLInputElement>(el, `input[name="${factor}"][value="${value}"]`).click();
  await el.updateComplete;
}

type Answer = 'yes' | 'no' | 'unknown';
/** Enters a whole case as a user would: Ki-67 typed, then each yes/no factor clicked. */
export async function enterCase(
  el: LmsCalculator,
  ki67: string,
  vascularInvasion: Answer,
  lymphNodeMetastasis: Answer,
  adjuvantTherapy: Answer,
): Promise<void> {
  await typeKi67(el, ki67);
  await answer(el, 'vascularInvasion', vascularInvasion);
  await answer(el, 'lymphNodeMetastasis', lymphNodeMetastasis);
  await answer(el, 'adjuvantTherapy', adjuvantTherapy);
}
