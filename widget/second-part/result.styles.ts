import { css } from 'lit';

// The result, chart, tables, footer, patient view and printout: adopted with the calculator's
// second part (calculator-part.ts), before anything they style is rendered. The custom
// properties they read (--_text, --_low, ...) are set by lms-calculator.styles.ts.
export const resultStyles = css`
  .result { border-block-start: 1px solid var(--_border); padding-block-start: var(--_space); }
  .points { font-size: 1.15em; }
  .points strong { font-size: 1.6em; }
  .group { display: inline-flex; align-items: center; gap: 0.4em; font-weight: 700; font-size: 1.1em; }
  .dot { width: 0.8em; height: 0.8em; border-radius: 50%; background: currentColor; }
  .group.low { color: var(--_low); } .group.intermediate { color: var(--_intermediate); } .group.high { color: var(--_high); }
  .figures { display: grid; gap: 0.5em; margin: 0.75em 0; }
  dt { font-size: 0.9em; color: var(--_muted); } dd { margin: 0; font-weight: 600; }
  .chart { margin: 0.75em 0; } figcaption { font-size: 0.9em; color: var(--_muted); }
  svg { width: 100%; max-width: 30rem; height: auto; display: block; }
  svg text { fill: var(--_text); font-size: 12px; } svg .value { font-weight: 700; }
  .bar rect { fill: var(--_surface); stroke: var(--_border); }
  .bar.mine rect { stroke: var(--_text); stroke-width: 3; }
  .bar.mine .label { font-weight: 700; }
  .bar.low.mine rect, .seg.low { fill: var(--_low); } .bar.intermediate.mine rect, .seg.intermediate { fill: var(--_intermediate); } .bar.high.mine rect, .seg.high { fill: var(--_high); }
  .seg { opacity: 0.55; } .mark { fill: var(--_text); stroke: var(--_bg); stroke-width: 1.5; }
  svg .axis, svg .tick { fill: var(--_muted); } svg .tick.on { fill: var(--_text); font-weight: 700; }
  table { border-collapse: collapse; width: 100%; margin: 0.75em 0; font-size: 0.95em; }
  caption { text-align: start; font-weight: 600; }
  th, td { text-align: start; padding: 0.3em 0.4em; border-block-end: 1px solid var(--_border); overflow-wrap: anywhere; hyphens: auto; }
  .what-if { background: var(--_surface); border-radius: var(--_radius); padding: 0.5em 0.75em; }
  footer { border-block-start: 1px solid var(--_border); margin-block-start: var(--_space); padding-block-start: calc(var(--_space) * 0.75); font-size: 0.9em; }
  summary { cursor: pointer; font-weight: 600; min-block-size: 24px; padding-block: 0.15em; }
  a { color: var(--_accent); }
  .source { font-size: 0.9em; border-inline-start: 3px solid var(--_accent); padding-inline-start: 0.5em; }
  .doi { white-space: nowrap; } /* a DOI breaks at its hyphens, leaving a lone digit on a line */
  .copy-fallback { width: 100%; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  .icon-arrays { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: var(--_space); margin: 0.75em 0; }
  .icon-array { margin: 0; } .icon-array figcaption { color: var(--_text); font-size: 0.95em; margin-block-start: 0.4em; }
  .icons { inline-size: 100%; max-inline-size: 14rem; display: block; }
  .person { fill: none; stroke: var(--_muted); stroke-width: 1; }
  .low .person.shaded { fill: var(--_low); stroke: var(--_low); } .intermediate .person.shaded { fill: var(--_intermediate); stroke: var(--_intermediate); } .high .person.shaded { fill: var(--_high); stroke: var(--_high); }
  [dir='rtl'] .icons { transform: scaleX(-1); }
  .patient .points strong { font-size: 1.25em; }
  .caveat { background: var(--_surface); border-radius: var(--_radius); padding: 0.5em 0.75em; }
  .print-only { display: none; }
  .entered { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0.25em 0 0.5em; }
  .entered div { display: contents; } .entered dd { font-weight: 400; }
  @media print {
    .print-only { display: block; }
    form, .actions, .copy-fallback, details, button { display: none !important; }
    .calc { border: 0; padding: 0; font-size: 9.5pt; }
    .chart svg { max-block-size: 4.5cm; } .icons { max-inline-size: 4cm; }
    table { font-size: 8.5pt; } th, td { padding: 0.1em 0.3em; }
    a { color: inherit; text-decoration: none; }
  }
  @media (prefers-reduced-motion: no-preference) { .bar rect, .mark { transition: all 150ms ease-out; } }
  @container (max-width: 30rem) { table { font-size: 0.82em; } th, td { padding: 0.3em 0.2em; } }
`;
