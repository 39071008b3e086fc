// Core budget: parse + score of one patient <= 500 ns median. One call is below the timer's
// resolution, so each sample times a batch of calls and the median is divided by the batch size.

import { parse, score } from '@lms-score/core';
import { Bench } from 'tinybench';
import { budget } from './budget.ts';

const BATCH = 1000;
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

export async function benchCore(): Promise<void> {
  const bench = new Bench({ time: 1500, warmup: true });
  let sink = 0;
  for (const [name, raw, source] of cases) {
    bench.add(name, () => {
      for (let i = 0; i < BATCH; i++) {
        const parsed = parse(raw, { source });
        if (parsed.ok) sink += score(parsed.value).pointsRange[1];
      }
    });
  }
  await bench.run();
  console.log(`\nCore: parse + score of one patient (median per call; batches of ${BATCH})`);
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
    const ns = (r.latency.p50 * 1e6) / BATCH;
    console.log(
      `  ${task.name.padEnd(38)} median ${ns.toFixed(0).padStart(5)} ns  (${r.latency.samplesCount} samples)  ${budget(`core ${task.name} ns`, ns, '<=', 500)}`,
    );
  }
  if (sink < 0) console.log(sink); // keeps the work observable
}
