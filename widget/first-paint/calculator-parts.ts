import { loadPart } from '#part-loader';
import { devWarn } from '../common/dev-warn.ts';
import type { CalculatorPart } from '../loaders/part-loader.ts';
import { completeEnglish } from './locale-packs.ts';

let part: CalculatorPart | undefined;
let failed = false;
let pending: Promise<void> | undefined;

/** The calculator's second part if it is here; undefined while it loads (or if it failed). */
export const partNow = (): CalculatorPart | undefined => part;

/** Whether the browser refused the second part (offline, CSP, a changed file). */
export const partFailed = (): boolean => failed;

/** Loads the second part once for the page, however many elements ask. Never rejects. */
export function requestPart(): Promise<void> {
  pending ??= loadPart().then(
    (loaded) => {
      completeEnglish(loaded.englishPack);
      part = loaded;
    },
    (error: unknown) => {
      if (import.meta.env.DEV) devWarn(`could not load its scoring part (${String(error)}).`);
      failed = true;
    },
  );
  return pending;
}
