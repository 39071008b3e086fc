// What the calculator and its /embed frame measure in Chromium, in English unless named: the
// figures docs/widget.md prints, the snippets reserve and the demo page's box holds.
// test/e2e/reserved-sizes.test.ts measures them again on the built widget and fails, naming the
// new figures, when they drift; test/source/reserved-sizes-docs.test.ts holds the docs to them.

/**
 * The one-tag calculator's height before anything is entered (its second part loaded), in rem, at
 * each of its widths in px (704 = 44rem, its widest), in a system sans-serif font at 16 px (a
 * serif, the browser's default, is shorter): the taller of with and without `data-share`.
 */
export const CALCULATOR_REM = { 280: 86.7, 320: 73.1, 704: 52.2 } as const satisfies Record<number, number>;

/**
 * The frame widths (px) the heights are measured at, from a 320 px phone's page with 20 px margins
 * (280) up. Between them the height falls in steps (a line of text at a time), so the snippet's
 * straight lines add FRAME_SPARE_PX to stay above every step.
 */
export const FRAME_WIDTHS = [280, 320, 390, 768, 1280] as const;
/** What the snippet adds above the measured heights, for the widths between them. */
export const FRAME_SPARE_PX = 64;
type FrameHeights = Readonly<Record<(typeof FRAME_WIDTHS)[number], number>>;

/**
 * The /embed page's height in px in a frame of each width, room for its tallest result included:
 * in English, and the tallest of the nine languages at each width (German, but Spanish at 280 px).
 */
export const FRAME_PX: { readonly en: FrameHeights; readonly tallest: FrameHeights } = {
  en: { 280: 2699, 320: 2406, 390: 2068, 768: 1653, 1280: 1653 },
  tallest: { 280: 2908, 320: 2668, 390: 2288, 768: 1723, 1280: 1723 },
};
export const TALLEST_LANGUAGE = 'de';

/**
 * The reserved box's CSS: from the viewport widths at which the calculator, with page margins of at
 * most 20 px, is at least 280 px, 320 px and 44rem wide, the height it has there.
 */
export const slotCss = (rem = CALCULATOR_REM): string =>
  `.lms-slot { min-height: ${Math.ceil(rem[280])}rem; }
@media (min-width: 22.5rem) { .lms-slot { min-height: ${Math.ceil(rem[320])}rem; } }
@media (min-width: 48rem) { .lms-slot { min-height: ${Math.ceil(rem[704])}rem; } }`;

/**
 * The frame's height as its width (100cqi inside a `container-type: inline-size` box) varies,
 * without script: the measured heights joined by straight lines (each px a little over, never
 * under, at the measured widths; the height shrinks more slowly as the frame widens), and no lower
 * than the widest frame's.
 */
export function frameHeight(heights: FrameHeights): string {
  const [w1, w2, w3, w4] = FRAME_WIDTHS;
  if (heights[w4] !== heights[1280]) throw new Error('the frame is not yet at its widest at 768 px');
  // Through (a, h(a)) and (b, h(b)), plus the spare: h = intercept - slope * 100cqi, rounded up.
  const line = (a: number, b: number) => {
    const slope = Math.floor(((heights[a as 320] - heights[b as 320]) / (b - a)) * 1000) / 10;
    const intercept = Math.ceil(heights[a as 320] + FRAME_SPARE_PX + (slope * a) / 100);
    return `calc(${intercept}px - ${slope}cqi)`;
  };
  return `max(${heights[w4]}px,${line(w1, w2)},${line(w2, w3)},${line(w3, w4)})`;
}
