// Core budget: parse + score of one patient <= 2x the hand-written LMS (hand-written-lms.ts: the
// limit of a data-driven engine), checked equal to the core on every golden vector first. Both run
// the same inputs in alternating rounds in this process, so the machine's load falls on both; the
// verdict is the median of the per-round ratios. One call is below the timer's resolution, so each
// round times a batch of calls.
import { isDeepStrictEqual } from 'node:util';
import { parse, score } from '@lms-score/core';
import { goldenCases, rawInput } from '../../test/support/golden-vectors.ts';
import { budget, median } from './budget.ts';
import { handWrittenLms } from './hand-written-lms.ts';

const BATCH = 2000;
const ROUNDS = 41;
const cases: [string, unknown, 'json' | 'text'][] = [
  [
    'complete input (JSON)',
    { ki67: 12.5, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false },
    'json',
  ],
  ['partial input (JSON, 2 of 4 unknown)', { ki67: '>20', vascularInvasion: null }, 'json'],
  [
    'CSV row (text, 1 unknown)',
    { ki67: '7', vascularInvasion: 'yes', lymphNodeMetastasis: 'no', adjuvantTherapy: '' },
    'text',
  ],
];

// As a batch route calls it: one options object for all rows.
const OPTIONS = { json: { source: 'json' }, text: { source: 'text' } } as const;
const core = (raw: unknown, source: 'json' | 'text') => {
  const parsed = parse(raw, OPTIONS[source]);
  return parsed.ok ? score(parsed.value) : null;
};

/** The baseline must be the same function: equal to the core's result on every golden vector. */
function checkEqual(): void {
  for (const c of goldenCases) {
    const source = c.source === 'text' ? 'text' : 'json';
    const raw = rawInput(c);
    if (!isDeepStrictEqual(handWrittenLms(raw, source === 'text'), core(raw, source)))
      throw new Error(`hand-written LMS differs from the core on golden vector "${c.name}"`);
  }
}

/** Nanoseconds per call of `f` over one batch. */
function time(f: () => number): { ns: number; sink: number } {
  let sink = 0;
  const t = performance.now();
  for (let i = 0; i < BATCH; i++) sink += f();
  return { ns: ((performance.now() - t) * 1e6) / BATCH, sink };
}

export function benchCore(): void {
  checkEqual();
  console.log(
    `\nCore: parse + score of one patient against the hand-written LMS (equal on all ${goldenCases.length} golden vectors), ${ROUNDS} alternating rounds of ${BATCH} calls`,
  );
  let sink = 0;
  for (const [name, raw, source] of cases) {
    const text = source === 'text';
    const run = {
      core: () => core(raw, source)?.pointsRange[1] ?? 0,
      hand: () => handWrittenLms(raw, text)?.pointsRange[1] ?? 0,
    };
    const ns = { core: [] as number[], hand: [] as number[] };
    for (let round = -5; round < ROUNDS; round++) {
      // The first rounds warm the JIT for both and are not counted.
      for (const k of round % 2 ? (['core', 'hand'] as const) : (['hand', 'core'] as const)) {
        const r = time(run[k]);
        sink += r.sink;
        if (round >= 0) ns[k].push(r.ns);
      }
    }
    const ratio = median(ns.core.map((c, i) => c / ns.hand[i]!));
    console.log(
      `  ${name.padEnd(38)} core ${median(ns.core).toFixed(0).padStart(4)} ns, hand-written ${median(ns.hand).toFixed(0).padStart(4)} ns: ${ratio.toFixed(2)}x ${budget(`core ${name} vs hand-written`, ratio, '<=', 2)}`,
    );
  }
  if (sink < 0) console.log(sink); // keeps the work observable
}
