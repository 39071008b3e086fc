import { css } from 'lit';

// Same theming as the calculator: every colour reads a documented --lms-* property first. Laid out
// for 320 px and up: inputs wrap and shrink, tables scroll in boxes of their own (.scroll), the
// chart is drawn at the figure's width. Logical properties only, so that Arabic mirrors.
export const styles = css`
  :host { display: block; max-width: 60rem; min-width: 0; color-scheme: light dark; font-family: var(--lms-font-family, inherit);
    --_text: var(--lms-color-text, light-dark(#1b1e24, #e9ebef)); --_muted: var(--lms-color-muted, light-dark(#4d5564, #aab1bd));
    --_bg: var(--lms-color-background, light-dark(#ffffff, #16181d)); --_surface: var(--lms-color-surface, light-dark(#f3f5f8, #21252c));
    --_border: var(--lms-color-border, light-dark(#8a93a3, #6b7483)); --_accent: var(--lms-color-accent, light-dark(#1f5fbf, #8ab4f8));
    --_focus: var(--lms-color-focus, light-dark(#1f5fbf, #8ab4f8)); --_error: var(--lms-color-error, light-dark(#b3261e, #ffb4ab));
    --_low: var(--lms-color-low, light-dark(#1e6b3a, #7fd39a)); --_intermediate: var(--lms-color-intermediate, light-dark(#8a5300, #f0c060));
    --_high: var(--lms-color-high, light-dark(#b3261e, #ff8a80)); }
  .validation { color: var(--_text); background: var(--_bg); border: 1px solid var(--_border); border-radius: 0.5rem; padding: 1rem; min-width: 0; }
  @media (max-width: 30rem) { .validation { padding: 0.75rem; } }
  h2 { margin: 0 0 0.5rem; font-size: 1.3em; } h3 { margin: 1.25rem 0 0.5rem; font-size: 1.1em; }
  p, dd, li { margin: 0.35rem 0; overflow-wrap: anywhere; } .muted { color: var(--_muted); font-size: 0.9em; }
  .top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; margin-block-end: 0.75rem; }
  .inputs, .options { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0.75rem 0; }
  .options { align-items: flex-start; }
  .option { display: flex; flex-direction: column; gap: 0.25rem; }
  .option .failed { margin: 0; max-width: 22rem; }
  .inputs { border: 2px dashed var(--_border); border-radius: 0.5rem; padding: 0.75rem; }
  label { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; max-width: 100%; }
  input, select, button { font: inherit; color: inherit; background: var(--_bg); border: 1px solid var(--_border); border-radius: 0.3rem; padding: 0.3rem 0.5rem; min-height: 2.5em; max-width: 100%; min-width: 0; }
  input[type='file'] { inline-size: 100%; }
  input[type='number'] { width: 7em; }
  button { background: var(--_surface); font-weight: 600; cursor: pointer; }
  :is(input, select, button, a, .scroll):focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .refused, .failed { color: var(--_error); font-weight: 600; }
  .progress { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin: 0.5rem 0; }
  progress { inline-size: min(20rem, 100%); block-size: 1em; accent-color: var(--_accent); }
  .progress-text { font-variant-numeric: tabular-nums; }
  .synthetic strong { color: var(--_intermediate); }
  .demo-c { border-inline-start: 4px solid var(--_intermediate); padding-inline-start: 0.6rem; }
  dl { margin: 0; } dt { font-weight: 600; } dd { margin: 0 0 0.5rem; }
  .scroll { overflow-x: auto; max-width: 100%; margin: 0.5rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
  caption { text-align: start; font-weight: 600; }
  th, td { text-align: start; padding: 0.3em 0.45em; border-block-end: 1px solid var(--_border); }
  .calibration td, .at-risk td, .at-risk th[scope='col'] { white-space: nowrap; font-variant-numeric: tabular-nums; }
  .calibration td.observed { white-space: normal; min-width: 8em; }
  /* A phone: each group of the calibration table is a card of labelled figures. */
  .report { container-type: inline-size; }
  @container (max-width: 34rem) {
    table.calibration, .calibration tbody { display: block; }
    .calibration thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
    .calibration tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0.25rem 1rem; padding: 0.5rem 0; border-block-end: 1px solid var(--_border); }
    .calibration th[scope='row'], .calibration td.observed { grid-column: 1 / -1; }
    .calibration th, .calibration td { border: 0; padding: 0; white-space: normal; min-width: 0; }
    .calibration td::before { content: attr(data-label); display: block; color: var(--_muted); font-size: 0.85em; }
  }
  .excluded td:last-child { min-width: 12em; }
  figure.km { margin: 1rem 0; }
  .km .plot { direction: ltr; }
  .km svg { width: 100%; height: auto; display: block; }
  .km svg text { fill: var(--_muted); font-size: 12px; }
  .km svg text.axis { fill: var(--_text); }
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
