// The one-tag embed: <script src="https://HOST/widget.js" async></script> renders the calculator
// right where the tag stands. data-* attributes on the tag pass through to the element
// (data-lang, data-theme, data-ki67, data-vascular-invasion, ...). A tag in <head>, or one with
// data-mount="none", only registers the element for <lms-calculator> tags placed by the page.
// The /embed page's build of this file (embed.js, __LMS_EMBED__) also reads those settings from the
// page's query string and posts the page height to the parent frame so that an iframe can fit its
// content, a height that does not depend on what is entered; widget.js, which host pages load,
// leaves that code out.
// First, before anything else here is evaluated: starts the second part's request.
import './part-preload.ts';
import { browserLanguage, readerLanguages } from '../common/language.ts';
import { postFrameHeight } from '../first-paint/frame-height.ts';
import { currentScript as script } from '../loaders/current-script.ts';
import { defineLmsCalculator, LmsCalculator } from './lms-calculator.ts';
import { mountsAtTag } from './part-preload.ts';

// The element's own attributes (lang, theme and the presets): one list, kept by the element.
const SETTINGS: readonly string[] = LmsCalculator.observedAttributes;
declare const __LMS_EMBED__: boolean;

defineLmsCalculator();

if (mountsAtTag(script)) {
  const element = document.createElement('lms-calculator');
  for (const { name, value } of Array.from(script.attributes)) {
    if (name.startsWith('data-') && SETTINGS.includes(name.slice(5))) element.setAttribute(name.slice(5), value);
  }
  if (__LMS_EMBED__) {
    // Settings from the query string; patient values come in the fragment, which the element
    // reads itself when it has `share` (the /embed page's tag sets data-share).
    const query = new URLSearchParams(location.search);
    for (const name of SETTINGS) {
      const value = query.get(name);
      if (value !== null) element.setAttribute(name, value);
    }
    // Without ?lang, the reader's browser chooses, as for the widget on a page without a lang; the
    // page's lang="en" is only the default for readers without script, and now says the truth.
    const lang = element.getAttribute('lang') ?? browserLanguage(readerLanguages());
    element.setAttribute('lang', lang);
    document.documentElement.lang = lang;
  }
  script.after(element);
  // Only a height leaves the frame, and one that no input changes (frame-height.ts).
  if (__LMS_EMBED__ && parent !== window) postFrameHeight(element as LmsCalculator);
}
