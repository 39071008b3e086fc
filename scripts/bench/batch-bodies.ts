/** The batch bench's cohort: 10,000 rows, the same patients as CSV and as JSON. */
export function batchBodies(): { csv: string; json: string } {
  const rows = Array.from({ length: 10_000 }, (_, i) => ({
    id: String(i),
    ki67: (i * 7) % 101,
    vascularInvasion: i % 2 === 1,
    lymphNodeMetastasis: false,
    adjuvantTherapy: i % 3 ? true : null,
  }));
  const csv = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\n${rows
    .map((r) => `${r.id},${r.ki67},${r.vascularInvasion ? 'yes' : 'no'},no,${r.adjuvantTherapy ? 'yes' : ''}\n`)
    .join('')}`;
  return { csv, json: JSON.stringify({ patients: rows }) };
}
