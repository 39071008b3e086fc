// The core's limit, for `npm run bench`: the LMS written out by hand for this one model, with no
// definition to read, no maps and no loops over factors: four `if`s and a sum, and the same result
// object the core builds (the bench checks it equal to the core's on every golden vector). What a
// data-driven engine costs is measured against this.
import { type LmsResult, lms } from '@lms-score/core';

const STAMP = lms.stamp;
const NOTE = lms.definition.whatIf[0]!.note;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const YES = new Set(['true', 'yes', 'y', '1', '是']);
const NO = new Set(['false', 'no', 'n', '0', '否']);
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
/** Sentinels: a field the reader left unknown, and one it cannot read. */
const UNKNOWN = 0;
const BAD = 1;

type Ki67 = { level: '<3' | '3-20' | '>20'; value: number | null };

function ki67Of(raw: unknown, text: boolean): Ki67 | typeof UNKNOWN | typeof BAD {
  if (raw === null || raw === undefined) return UNKNOWN;
  let value = raw as number;
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (t === '') return text ? UNKNOWN : BAD;
    if (t.toLowerCase() === 'unknown') return UNKNOWN;
    const n = t.endsWith('%') ? t.slice(0, -1).trim() : t;
    if (NUMBER.test(n)) value = Number(n);
    else {
      const band = raw
        .replace(/\s+/g, '')
        .replace(/[\u2010-\u2015\u2212~]/g, '-')
        .replace(/%$/, '');
      return band === '<3' || band === '3-20' || band === '>20' ? { level: band, value: null } : BAD;
    }
  } else if (typeof raw !== 'number') return BAD;
  if (!Number.isFinite(value) || value < 0 || value > 100) return BAD;
  value += 0;
  return { level: value < 3 ? '<3' : value <= 20 ? '3-20' : '>20', value };
}

function yesNoOf(raw: unknown, text: boolean): boolean | typeof UNKNOWN | typeof BAD {
  if (raw === null || raw === undefined) return UNKNOWN;
  if (typeof raw === 'boolean') return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  if (typeof raw !== 'string') return BAD;
  const t = raw.trim();
  if (t === '') return text ? UNKNOWN : BAD;
  const w = t.toLowerCase();
  if (w === 'unknown') return UNKNOWN;
  return YES.has(w) ? true : NO.has(w) ? false : BAD;
}

/** The reachable totals as a bitmask, the hazard ratio's range, and what follows from them. */
function summary(k: Ki67 | 0, vi: boolean | 0, ln: boolean | 0, at: boolean | 0) {
  // Ki-67: <3 0 points (HR 1), 3-20 3 (10.36), >20 4 (18.3); unknown, any of them.
  let mask = k === UNKNOWN ? 0b11001 : 1 << (k.level === '<3' ? 0 : k.level === '3-20' ? 3 : 4);
  let lo = k === UNKNOWN ? 1 : k.level === '<3' ? 1 : k.level === '3-20' ? 10.36 : 18.3;
  let hi = k === UNKNOWN ? 18.3 : lo;
  // Vascular invasion 2 points (5.03), lymph nodes 1 (2.24), no adjuvant therapy 1 (3.03).
  mask = vi === UNKNOWN ? mask | (mask << 2) : vi ? mask << 2 : mask;
  lo *= vi === true ? 5.03 : 1;
  hi *= vi === false ? 1 : 5.03;
  mask = ln === UNKNOWN ? mask | (mask << 1) : ln ? mask << 1 : mask;
  lo *= ln === true ? 2.24 : 1;
  hi *= ln === false ? 1 : 2.24;
  mask = at === UNKNOWN ? mask | (mask << 1) : at ? mask : mask << 1;
  lo *= at === false ? 3.03 : 1;
  hi *= at === true ? 1 : 3.03;
  const complete = k !== UNKNOWN && vi !== UNKNOWN && ln !== UNKNOWN && at !== UNKNOWN;
  const min = 31 - Math.clz32(mask & -mask);
  const max = 31 - Math.clz32(mask);
  // Low 0-2 points (risk 2.9%), intermediate 3-4 (20.8%), high 5-8 (49.7%).
  const groups: string[] = [];
  if (mask & 0b111) groups.push('low');
  if (mask & 0b11000) groups.push('intermediate');
  if (mask & 0b111100000) groups.push('high');
  const one = groups.length === 1;
  const risk = one ? (groups[0] === 'low' ? 0.029 : groups[0] === 'intermediate' ? 0.208 : 0.497) : null;
  return {
    points: complete ? min : null,
    pointsRange: [min, max] as [number, number],
    riskGroup: one ? groups[0]! : null,
    possibleRiskGroups: groups,
    risk,
    relativeHazard: complete ? round6(lo) : null,
    relativeHazardRange: [round6(lo), round6(hi)] as [number, number],
  };
}

const row = (
  factor: string,
  level: string | null,
  value: number | null,
  points: number | null,
  range: [number, number],
  hr: number | null,
) => ({
  factor,
  known: level !== null,
  level,
  value,
  points,
  pointsRange: range,
  pointsProvenance: 'derived',
  hazardRatio: hr,
  hazardRatioProvenance: 'published',
});

const yesNoRow = (factor: string, v: boolean | 0, points: number, hr: number, whenYes: boolean) =>
  v === UNKNOWN
    ? row(factor, null, null, null, [0, points], null)
    : v === whenYes
      ? row(factor, v ? 'yes' : 'no', null, points, [points, points], hr)
      : row(factor, v ? 'yes' : 'no', null, 0, [0, 0], 1);

/** The LMS of one raw input, as the core's parse then score give it; null where parse gives problems. */
export function handWrittenLms(raw: unknown, text = false): LmsResult | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r))
    if (key !== 'ki67' && key !== 'vascularInvasion' && key !== 'lymphNodeMetastasis' && key !== 'adjuvantTherapy')
      return null;
  const k = ki67Of(r.ki67, text);
  const vi = yesNoOf(r.vascularInvasion, text);
  const ln = yesNoOf(r.lymphNodeMetastasis, text);
  const at = yesNoOf(r.adjuvantTherapy, text);
  if (k === BAD || vi === BAD || ln === BAD || at === BAD) return null;
  const s = summary(k, vi, ln, at);
  const kPoints = k === UNKNOWN ? null : k.level === '<3' ? 0 : k.level === '3-20' ? 3 : 4;
  const breakdown = [
    k === UNKNOWN
      ? row('ki67', null, null, null, [0, 4], null)
      : row(
          'ki67',
          k.level,
          k.value,
          kPoints,
          [kPoints!, kPoints!],
          k.level === '<3' ? 1 : k.level === '3-20' ? 10.36 : 18.3,
        ),
    yesNoRow('vascularInvasion', vi, 2, 5.03, true),
    yesNoRow('lymphNodeMetastasis', ln, 1, 2.24, true),
    yesNoRow('adjuvantTherapy', at, 1, 3.03, false),
  ];
  // What if adjuvant therapy had been given: only for "not given".
  let whatIf = {};
  if (at === false) {
    const t = summary(k, vi, ln, true);
    whatIf = {
      adjuvantTherapy: {
        points: t.points,
        pointsRange: t.pointsRange,
        riskGroup: t.riskGroup,
        possibleRiskGroups: t.possibleRiskGroups,
        risk: t.risk,
        relativeHazard: t.relativeHazard,
        relativeHazardRange: t.relativeHazardRange,
        note: NOTE,
      },
    };
  }
  // One object literal, no spreads, as the core writes its own.
  return {
    complete: s.points !== null,
    points: s.points,
    pointsRange: s.pointsRange,
    riskGroup: s.riskGroup,
    possibleRiskGroups: s.possibleRiskGroups,
    risk: s.risk,
    relativeHazard: s.relativeHazard,
    relativeHazardRange: s.relativeHazardRange,
    pointsProvenance: 'derived',
    riskProvenance: 'published',
    horizonYears: 5,
    breakdown,
    whatIf,
    model: STAMP,
  } as unknown as LmsResult;
}
