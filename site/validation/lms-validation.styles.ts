import { css } from 'lit';

// Same theming as the calculator: every colour reads a documented --lms-* property first.
export const styles = css`
  :host { display: block; max-width: 60rem; color-scheme: light dark; font-family: var(--lms-font-family, inherit);
    --_text: var(--lms-color-text, light-dark(#1b1e24, #e9ebef)); --_muted: var(--lms-color-muted, light-dark(#4d5564, #aab1bd));
    --_bg: var(--lms-color-background, light-dark(#ffffff, #16181d)); --_surface: var(--lms-color-surface, light-dark(#f3f5f8, #21252c));
    --_border: var(--lms-color-border, light-dark(#8a93a3, #6b7483)); --_accent: var(--lms-color-accent, light-dark(#1f5fbf, #8ab4f8));
    --_focus: var(--lms-color-focus, light-dark(#1f5fbf, #8ab4f8)); --_error: var(--lms-color-error, light-dark(#b3261e, #ffb4ab));
    --_low: var(--lms-color-low, light-dark(#1e6b3a, #7fd39a)); --_intermediate: var(--lms-color-intermediate, light-dark(#8a5300, #f0c060));
    --_high: var(--lms-color-high, light-dark(#b3261e, #ff8a80)); }
  .validation { color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: 0.5rem; padding: 1rem; }
  h2 { margin: 0 0 0.5rem; font-size: 1.3em; } h3 { margin: 1.25rem 0 0.5rem; font-size: 1.1em; }
  p { margin: 0.35rem 0; } .muted { color: var(--_muted); font-size: 0.9em; }
  .inputs, .options { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0.75rem 0; }
  .inputs { border: 2px dashed var(--_border); border-radius: 0.5rem; padding: 0.75rem; }
  label { display: inline-flex; align-items: center; gap: 0.4rem; }
  input, select, button { font: inherit; color: inherit; background: var(--_bg); border: 1px solid var(--_border); border-radius: 0.3rem; padding: 0.3rem 0.5rem; min-height: 2.5em; }
  input[type='number'] { width: 7em; }
  button { background: var(--_surface); font-weight: 600; cursor: pointer; }
  :is(input, select, button, a):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .refused { color: var(--_error); font-weight: 600; }
  .synthetic strong { color: var(--_intermediate); }
  dl { margin: 0; } dt { font-weight: 600; } dd { margin: 0 0 0.5rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.92em; }
  caption { text-align: start; font-weight: 600; }
  th, td { text-align: start; padding: 0.3em 0.45em; border-block-end: 1px solid var(--_border); overflow-wrap: break-word; }
  .km svg { width: 100%; height: auto; display: block; }
  .km svg text { fill: var(--_muted); font-size: 11px; }
  .km .grid { stroke: var(--_border); stroke-opacity: 0.4; }
  .curve path { stroke-width: 2.5; } .curve .published { stroke: var(--_text); stroke-width: 1.5; }
  .curve.low path { stroke: var(--_low); } .curve.low .published { fill: var(--_low); }
  .curve.intermediate path { stroke: var(--_intermediate); } .curve.intermediate .published { fill: var(--_intermediate); }
  .curve.high path { stroke: var(--_high); } .curve.high .published { fill: var(--_high); }
  .legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; font-size: 0.9em; }
  .swatch { display: inline-block; width: 1.5em; height: 0.3em; margin-inline-end: 0.35em; vertical-align: middle; background: var(--_text); }
  .key.low .swatch { background: var(--_low); } .key.intermediate .swatch { background: var(--_intermediate); } .key.high .swatch { background: var(--_high); }
  .downloads { display: flex; flex-wrap: wrap; gap: 1rem; } a { color: var(--_accent); }
`;
