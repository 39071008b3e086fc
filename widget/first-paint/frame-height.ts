import type { ScoreCalculator } from './score-calculator.ts';
import { tallestParts } from './tallest-parts.ts';

/** What layout the reservation was measured for: the element's width and font size. */
const layoutKey = (element: HTMLElement): string =>
  `${element.getBoundingClientRect().width} ${getComputedStyle(element).fontSize}`;

/**
 * Tells the parent frame the page's height, `{ type: 'lms-calculator:height', height }`, so that
 * an iframe can fit its content (the /embed page, framed), without telling it anything entered.
 * The form and the result are held (min-block-size, on screen only) at the tallest any input can
 * make them at this width, font size, language and view (tallest-parts.ts): empty, invalid,
 * partial and every group give one height, and a result that appears moves nothing below it, in
 * the frame or on the host page. The height still follows what the framing page knows (the
 * frame's width, the settings in its URL) and what the reader does outside the inputs (opening a
 * "details", a copy's status line). Once the engine is here, the reservation is measured before
 * the first message, and again at each new width: no message carries an unreserved height. It goes
 * to any origin ('*'): naming one (a `?parent=` setting) would add nothing, since whoever frames
 * the page writes its URL.
 */
export function postFrameHeight(element: ScoreCalculator): void {
  // A constructed sheet: the page's CSP allows no inline style. (Every browser the widget's own
  // styles need, light-dark() among them, has constructed sheets.)
  const sheet = new CSSStyleSheet();
  // Room for a scrollbar, always: the frame's scrollbar comes and goes while the parent fits it
  // (a classic one narrows the page), and each width would be measured again.
  const gutter = ':root { scrollbar-gutter: stable; }';
  sheet.replaceSync(gutter);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const self = element.localName;
  let reservedFor: string | undefined;
  let busy = false;
  let stale = false;
  const post = () => {
    // The page's own height, not the frame's: the root's scrollHeight is never less than the
    // frame, which then could not shrink back (after a narrower width, say).
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    parent.postMessage({ type: 'lms-calculator:height', height }, '*');
  };
  // No message while the form is alone (the engine loading): the snippet reserves the whole
  // page's height (scripts/build/embed-snippets.ts), and a message for the form alone would
  // shrink the frame only to grow it again, moving the host's page twice.
  const settle = async () => {
    // One pass at a time; a resize during one is seen by its next round.
    if (busy) {
      stale = true;
      return;
    }
    busy = true;
    try {
      do {
        stale = false;
        await element.updateComplete; // the language and the engine are here
        const key = layoutKey(element);
        if (key === reservedFor) continue;
        reservedFor = key;
        const tallest = await tallestParts(element, element.getBoundingClientRect().width);
        // No engine (the second part was refused): no result to reserve for, or to reveal.
        sheet.replaceSync(
          tallest
            ? `${gutter} @media screen { ${self}::part(form) { min-block-size: ${tallest.form}px; align-content: start; } ${self}::part(result) { min-block-size: ${tallest.result}px; } }`
            : gutter,
        );
      } while (stale || layoutKey(element) !== reservedFor);
    } finally {
      busy = false;
    }
    post();
  };
  new ResizeObserver(() => void settle()).observe(document.body);
}
