import { css } from 'lit';

// The form's styles, in the first paint; result.styles.ts has the rest, with the calculator's
// second part. Theming: every colour, the radius and the spacing read a documented --lms-* property first.
// light-dark() follows color-scheme, which the theme attribute sets (auto = the reader's setting).
export const styles = css`
  :host {
    color-scheme: light;
    display: block;
    width: 100%; /* a size container has no intrinsic width: never shrink-wrap to nothing */
    max-width: 44rem;
    container-type: inline-size; /* narrow layouts follow the element's width, not the page's */
    font-family: var(--lms-font-family, inherit);
    font-size: var(--lms-font-size, 1rem);
    line-height: 1.45;
    --_text: var(--lms-color-text, light-dark(#1b1e24, #e9ebef));
    --_muted: var(--lms-color-muted, light-dark(#4d5564, #aab1bd));
    --_bg: var(--lms-color-background, light-dark(#ffffff, #16181d));
    --_surface: var(--lms-color-surface, light-dark(#f3f5f8, #21252c));
    --_border: var(--lms-color-border, light-dark(#8a93a3, #6b7483));
    --_accent: var(--lms-color-accent, light-dark(#1f5fbf, #8ab4f8));
    --_focus: var(--lms-color-focus, light-dark(#1f5fbf, #8ab4f8));
    --_error: var(--lms-color-error, light-dark(#b3261e, #ffb4ab));
    --_low: var(--lms-color-low, light-dark(#1e6b3a, #7fd39a));
    --_intermediate: var(--lms-color-intermediate, light-dark(#8a5300, #f0c060));
    --_high: var(--lms-color-high, light-dark(#b3261e, #ff8a80));
    --_radius: var(--lms-radius, 0.5rem);
    --_space: var(--lms-space, 1rem);
  }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='auto']) { color-scheme: light dark; }
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  .calc { color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); }
  h2 { font-size: 1.25em; margin: 0 0 0.25em; }
  p { margin: 0.25em 0; }
  .muted, .hint, .scope { color: var(--_muted); font-size: 0.9em; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  form { display: grid; gap: calc(var(--_space) * 0.75); margin: var(--_space) 0; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 0.75em 0.75em; margin: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25em; }
  .banded-row, .options, .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 0.75em; }
  input[type='text'], select, button, textarea { font: inherit; color: inherit; background: var(--_bg); border: 1px solid var(--_border); border-radius: calc(var(--_radius) * 0.6); padding: 0.35em 0.5em; min-height: 2.5em; }
  input[type='text'] { width: 6em; }
  input[aria-invalid='true'] { border-color: var(--_error); border-width: 2px; }
  .error { color: var(--_error); font-weight: 600; }
  .option { display: inline-flex; align-items: center; gap: 0.35em; min-height: 2.5em; padding: 0 0.5em; border-radius: calc(var(--_radius) * 0.6); background: var(--_surface); cursor: pointer; }
  input[type='radio'] { width: 1.15em; height: 1.15em; margin: 0; accent-color: var(--_accent); }
  button { cursor: pointer; background: var(--_surface); font-weight: 600; }
  :is(input, select, button, summary, a, textarea):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  @container (max-width: 30rem) { .calc { padding: calc(var(--_space) * 0.75); } }
`;
