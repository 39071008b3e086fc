import { decimalText } from '../decimal-text.ts';
import type { CIndex, CohortValidation, GroupValidation } from '../validate-cohort.ts';
import { terminalText } from './terminal-text.ts';

const EXCLUDED_SHOWN = 10;
// The digits /validate shows: rounded as Intl rounds them (decimalText), not as toFixed does.
const pct = (x: number | null) => (x === null ? '–' : `${decimalText(x, 1, 2)}%`);
const fixed = (x: number | null, digits: number) => (x === null ? '–' : decimalText(x, digits));

/** The observed risk, or why there is none: no patients, or follow-up that ends before the horizon. */
function observed(o: GroupValidation['observedRisk'], unit: string): string {
  if (o.value !== null)
    return o.lower === null ? `${pct(o.value)} (no CI)` : `${pct(o.value)} (${pct(o.lower)}–${pct(o.upper)})`;
  return o.notEstimable === 'no_patients' ? 'no patients' : `follow-up ends at ${o.followUpEnds} ${unit}`;
}

const cLine = (label: string, c: CIndex, replicates: number, seed: number) =>
  `${label.padEnd(27)}${fixed(c.value, 3)}` +
  (c.lower === null
    ? ''
    : `  (95% CI ${fixed(c.lower, 3)}–${fixed(c.upper, 3)}; ${replicates} bootstrap replicates, seed ${seed})`);

/**
 * The validation report as a terminal reads it: C-indexes, one line per risk group with the
 * observed risk at the horizon beside the published one, and the first excluded rows with why.
 * `--format json` gives every figure; this is the summary. Each line is escaped as a terminal is to
 * show it: ids and messages come from the input, and a control character in one would act on the
 * terminal, or a line break in one would start a line of its own.
 */
export function validationTable(v: CohortValidation): string {
  const { replicates, seed } = v.bootstrap;
  const { excluded } = v.rows;
  const years = (v.groups[0]?.observedRisk.horizonMonths ?? 0) / 12;
  const lines = [
    `${v.model.id} ${v.model.version} (model hash ${v.model.hash.slice(0, 12)}…), time in ${v.timeUnit}`,
    `Rows: ${v.rows.received} received, ${v.rows.used} used, ${excluded.length} excluded`,
    '',
    cLine('C-index (points)', v.cIndex, replicates, seed),
    cLine('C-index (relative hazard)', v.cIndexRelativeHazard, replicates, seed),
    '',
    `${'group'.padEnd(14)}${'n'.padStart(7)}${'events'.padStart(8)}  ${`observed ${years}-year risk (95% CI)`.padEnd(32)}${'published'.padStart(10)}${'O/E'.padStart(7)}`,
  ];
  for (const g of v.groups) {
    lines.push(
      `${g.id.padEnd(14)}${String(g.n).padStart(7)}${String(g.events).padStart(8)}  ${observed(g.observedRisk, v.timeUnit).padEnd(32)}${pct(g.publishedRisk).padStart(10)}${fixed(g.observedExpected, 2).padStart(7)}`,
    );
  }
  if (excluded.length) {
    lines.push(
      '',
      `Excluded rows${excluded.length > EXCLUDED_SHOWN ? ` (first ${EXCLUDED_SHOWN}; --format json lists all)` : ''}:`,
    );
    for (const e of excluded.slice(0, EXCLUDED_SHOWN)) {
      lines.push(`  row ${e.row}${e.id === undefined ? '' : ` (id ${e.id})`}: ${e.reason}: ${e.message}`);
    }
  }
  return `${lines.map(terminalText).join('\n')}\n`;
}
