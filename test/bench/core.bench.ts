import { bench, describe } from 'vitest';
import { parse, score } from '../../shared/lms.ts';

// Target: parse + score of one patient <= 1 us median on a 2-core machine.
const completeJson = { ki67: 12.5, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
const partialJson = { ki67: '>20', vascularInvasion: null };
const csvRow = { ki67: '7', vascularInvasion: 'yes', lymphNodeMetastasis: 'no', adjuvantTherapy: '' };

const run = (raw: unknown, source?: 'text') => {
  const parsed = parse(raw, source ? { source } : undefined);
  if (!parsed.ok) throw new Error('bench input must parse');
  return score(parsed.input);
};

describe('core: parse + score of one patient', () => {
  bench('complete input (JSON)', () => void run(completeJson));
  bench('partial input (JSON, 3 unknown)', () => void run(partialJson));
  bench('CSV row (text, 1 unknown)', () => void run(csvRow, 'text'));
});
