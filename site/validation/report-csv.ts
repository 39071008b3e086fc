import { csvRow } from '@lms-score/core/csv';
import type { CohortValidation } from '@lms-score/core/validate';

/**
 * The validation report as one CSV for a spreadsheet: one line per figure (section, group, measure,
 * value, lower, upper), then the excluded rows. Echoed ids are formula-safe (csvRow).
 */
export function reportCsv(v: CohortValidation, source: { name: string; synthetic: boolean; note?: string }): string {
  let out = csvRow(['section', 'group', 'measure', 'value', 'lower', 'upper', 'detail']);
  out += csvRow(['source', '', source.synthetic ? 'synthetic' : 'file', source.name, '', '', source.note ?? '']);
  for (const [name, c] of [
    ['cIndex', v.cIndex],
    ['cIndexRelativeHazard', v.cIndexRelativeHazard],
  ] as const) {
    out += csvRow([
      name,
      '',
      'C',
      c.value,
      c.lower,
      c.upper,
      `replicates ${v.bootstrap.replicates}, seed ${v.bootstrap.seed}`,
    ]);
    for (const k of ['concordant', 'discordant', 'tiedRisk', 'tiedTime', 'tiedBoth'] as const)
      out += csvRow([name, '', k, c[k], '', '', '']);
  }
  for (const g of v.groups) {
    out += csvRow(['group', g.id, 'n', g.n, '', '', '']);
    out += csvRow(['group', g.id, 'events', g.events, '', '', '']);
    out += csvRow([
      'group',
      g.id,
      `observedRisk ${g.observedRisk.horizonMonths} months`,
      g.observedRisk.value,
      g.observedRisk.lower,
      g.observedRisk.upper,
      '',
    ]);
    out += csvRow(['group', g.id, 'publishedRisk', g.publishedRisk, '', '', '']);
    out += csvRow(['group', g.id, 'observedExpected', g.observedExpected, '', '', '']);
  }
  out += csvRow(['rows', '', 'received', v.rows.received, '', '', '']);
  out += csvRow(['rows', '', 'used', v.rows.used, '', '', '']);
  for (const e of v.rows.excluded)
    out += csvRow(['excluded', '', `row ${e.row}`, e.id ?? '', '', '', `${e.reason}: ${e.message}`]);
  out += csvRow(['model', '', `${v.model.id} ${v.model.version}`, v.model.hash, '', '', '']);
  return out;
}
