import { afterEach, describe, expect, it } from 'vitest';
import { readCohortCsv } from '../../shared/cohort-csv.ts';
import { refusedRows } from '../../shared/csv-table.ts';
import { lms } from '../../shared/lms.ts';
import { syntheticCohort } from '../../shared/synthetic-cohort.ts';
import { type ValidateOptions, validateCohort } from '../../shared/validate-cohort.ts';
import type { AnalysisReply } from '../../site/validation/analysis-messages.ts';
import { DEMO_COHORT } from '../../site/validation/demo-cohort.ts';
import { VALIDATION_PACKS } from '../../site/validation/locales/validation-packs.ts';
import { reportCsv } from '../../site/validation/report-csv.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import '../../site/validation/lms-validation.ts';
import type { LmsValidation } from '../../site/validation/lms-validation.ts';
import { mountValidation } from './validation-fixture.ts';

const restore: (() => void)[] = [];
afterEach(() => {
  document.body.replaceChildren();
  for (const undo of restore.splice(0).reverse()) undo();
});

/** Replaces `owner[name]` for one test. */
function replace<T extends object, K extends keyof T>(owner: T, name: K, by: T[K]): void {
  const was = owner[name];
  owner[name] = by;
  restore.push(() => {
    owner[name] = was;
  });
}

const q = <E extends Element = HTMLElement>(el: LmsValidation, s: string) => el.shadowRoot!.querySelector<E>(s);
const text = (el: LmsValidation, s: string) => q(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const setOption = (el: LmsValidation, selector: string, value: string) => {
  const input = q<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
};
const csvOfRows = (rows: readonly Record<string, unknown>[]) => {
  const columns = Object.keys(rows[0]!);
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => String(r[c])).join(',')).join('\n')}\n`;
};
/** 10,000 synthetic patients: long enough with 1,000-2,000 replicates to be seen running. */
const big = csvOfRows(syntheticCohort(lms, { ...DEMO_COHORT, n: 10_000 }));
const file = (body: string) => new File([body], 'cohort.csv', { type: 'text/csv' });
/** The core's report for a CSV, on this (main) thread, as the page's worker should give it. */
function coreReport(csv: string, options: ValidateOptions) {
  const read = readCohortCsv(lms, csv, 64);
  if (!read.ok) throw new Error('unreadable');
  const table = read.value.rows();
  return validateCohort(
    lms,
    table.map((r) => r.fields),
    { ...options, source: 'text', refused: refusedRows(table) },
  );
}
/** Every request posted to a worker and every reply heard from one, from now on. */
function listenToWorkers() {
  const posted: unknown[] = [];
  const replies: AnalysisReply[] = [];
  const post = Worker.prototype.postMessage;
  replace(Worker.prototype, 'postMessage', function (this: Worker, message: unknown) {
    posted.push(message);
    this.addEventListener('message', (e: MessageEvent<AnalysisReply>) => replies.push(e.data));
    post.call(this, message);
  } as Worker['postMessage']);
  return { posted, replies };
}
/** A pattern for a string with two counts in it ("12,000 of 200,000 rows read"), in any language. */
const counts = (say: (a: string, b: string) => string) =>
  say('COUNT_A', 'COUNT_B')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/COUNT_[AB]/g, '[\\d,.\\s\u00a0\u202f]+');

describe('<lms-validation> analyses in a Web Worker', () => {
  it("gives the worker's report, equal to the core's on the main thread for the same file and options", async () => {
    const { posted, replies } = listenToWorkers();
    const el = await mountValidation();
    setOption(el, '.options input[type="number"]', '200');
    setOption(el, '.options input[name="seed"]', '7');
    setOption(el, '.options select', 'days');
    const csv = `${big.slice(0, 40_000).replace(/\n[^\n]*$/, '\n')}x1,12,yes,no,no,-3,1\nx2,12,yes\nx3,,,no,no,10,1\n`;
    await el.readFile(file(csv));
    const expected = coreReport(csv, { bootstrap: 200, seed: 7, timeUnit: 'days' });
    expect(expected.rows.excluded.map((e) => e.reason)).toEqual(['invalid_time', 'column_count', 'incomplete_input']);
    expect(posted).toEqual([
      { cohort: { kind: 'file', file: expect.any(File) }, options: { bootstrap: 200, seed: 7, timeUnit: 'days' } },
    ]);
    expect(replies.at(-1)).toStrictEqual({ kind: 'report', report: expected });
    expect(el.report).toStrictEqual(expected);
  });

  it('shows a named progress bar with rows read, then replicates, in words, and takes it away when done', async () => {
    const el = await mountValidation();
    const seen: string[] = [];
    new MutationObserver(() => {
      const said = text(el, '.progress-text');
      if (said && said !== seen.at(-1)) seen.push(said);
    }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const done = el.readFile(file(big));
    await expect.poll(() => q<HTMLProgressElement>(el, '.progress progress'), { timeout: 20_000 }).not.toBeNull();
    const bar = q<HTMLProgressElement>(el, '.progress progress')!;
    expect(bar.getAttribute('aria-label')).toBe('Progress of the analysis');
    expect(text(el, '.progress .cancel')).toBe('Cancel');
    await done;
    expect(seen).toContain('10,000 of 10,000 rows read');
    const replicates = seen.filter((s) => s.endsWith('replicates'));
    expect(replicates.at(-1)).toBe('1,000 of 1,000 replicates');
    expect(seen.indexOf('10,000 of 10,000 rows read')).toBeLessThan(seen.indexOf(replicates[0]!));
    expect(q(el, '.progress')).toBeNull();
    expect(text(el, '.status')).toMatch(/^Done: 10,000 of 10,000 rows used/);
  });

  it('cancels at once: the worker is terminated, the page says so, and the next analysis starts another', async () => {
    const { posted } = listenToWorkers();
    let terminated = 0;
    const terminate = Worker.prototype.terminate;
    replace(Worker.prototype, 'terminate', function (this: Worker) {
      terminated++;
      terminate.call(this);
    });
    const el = await mountValidation();
    setOption(el, '.options input[type="number"]', '2000');
    const running = el.readFile(file(big));
    await expect.poll(() => text(el, '.progress-text') ?? '', { timeout: 20_000 }).toMatch(/replicates$/);
    // Its rows read, the status line says it analyses them, in the language shown now.
    expect(text(el, '.status')).toBe(VALIDATION_PACKS.en.computing('10,000'));
    el.lang = 'de';
    await el.updateComplete;
    expect(text(el, '.status')).toBe(VALIDATION_PACKS.de.computing('10.000'));
    el.lang = 'en';
    await el.updateComplete;
    q<HTMLButtonElement>(el, '.progress .cancel')!.click();
    await running;
    expect(terminated).toBe(1);
    expect(text(el, '.status')).toBe(VALIDATION_PACKS.en.cancelled);
    expect([q(el, '.progress'), q(el, '.report'), el.report]).toEqual([null, null, null]);
    setOption(el, '.options input[type="number"]', '0');
    const again = new Promise((resolve) => el.addEventListener('lms-validated', resolve, { once: true }));
    q<HTMLButtonElement>(el, '.options button')!.click(); // Analyse again
    await again;
    expect(posted).toHaveLength(2);
    expect(el.report).toStrictEqual(coreReport(big, { bootstrap: 0 }));
  });

  it.each(LANGUAGES)('says how far it is, and that it was cancelled, in %s', async (lang) => {
    const t = VALIDATION_PACKS[lang];
    const el = await mountValidation(lang);
    setOption(el, '.options input[type="number"]', '2000');
    const running = el.readFile(file(big));
    await expect.poll(() => text(el, '.progress-text') ?? '', { timeout: 20_000 }).not.toBe('');
    expect(text(el, '.progress-text')).toMatch(new RegExp(`^(${counts(t.rowsRead)}|${counts(t.replicatesDone)})$`));
    expect(q(el, '.progress progress')!.getAttribute('aria-label')).toBe(t.progressLabel);
    expect(text(el, '.progress .cancel')).toBe(t.cancel);
    q<HTMLButtonElement>(el, '.progress .cancel')!.click();
    await running;
    expect(text(el, '.status')).toBe(t.cancelled);
    const words = (s: typeof t) => [s.progressLabel, s.cancel, s.cancelled, s.failed.start, s.failed.run];
    if (lang !== 'en') for (const [k, said] of words(t).entries()) expect(said).not.toBe(words(VALIDATION_PACKS.en)[k]);
  });

  it('says in words when its worker cannot start, or stops while it runs', async () => {
    replace(globalThis, 'Worker', function Blocked() {
      throw new DOMException('Refused by the Content Security Policy', 'SecurityError');
    } as unknown as typeof Worker);
    const blocked = await mountValidation('de');
    await blocked.readFile(file(big));
    expect(text(blocked, '.failed')).toBe(VALIDATION_PACKS.de.failed.start);
    expect(q(blocked, '.failed')!.getAttribute('role')).toBe('alert');
    class Dying extends EventTarget {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      postMessage() {
        setTimeout(() => {
          this.onmessage?.(
            new MessageEvent('message', { data: { kind: 'progress', stage: 'rows', done: 1, total: 9 } }),
          );
          this.onerror?.(new ErrorEvent('error', { message: 'out of memory' }));
        });
      }
      terminate() {}
    }
    replace(globalThis, 'Worker', Dying as unknown as typeof Worker);
    const dying = await mountValidation();
    await dying.readFile(file(big));
    expect(text(dying, '.failed')).toBe(VALIDATION_PACKS.en.failed.run);
    expect(dying.report).toBeNull();
  });

  it('makes the downloads only when one is clicked, with the bytes they had before: the JSON and the CSV of the report', async () => {
    let made = 0;
    const create = URL.createObjectURL;
    replace(URL, 'createObjectURL', (blob: Blob) => {
      made++;
      return create(blob);
    });
    const el = await mountValidation();
    const csv = big.slice(0, 20_000).replace(/\n[^\n]*$/, '\nbad,12,yes,no\n');
    await el.readFile(file(csv));
    expect(made).toBe(0); // the analysis and the drawing made no file
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.downloads a')];
    expect(links.map((a) => [a.getAttribute('href'), a.download])).toEqual([
      ['#', 'lms-validation.json'],
      ['#', 'lms-validation.csv'],
    ]);
    const bytes = async (link: HTMLAnchorElement) => {
      el.addEventListener('click', (e) => e.preventDefault(), { once: true }); // no file saved by the test
      link.click();
      return (await fetch(link.href)).text();
    };
    const report = coreReport(csv, {});
    const source = { name: 'cohort.csv', synthetic: false };
    expect(await bytes(links[0]!)).toBe(JSON.stringify({ source, ...report }, null, 2));
    expect(await bytes(links[1]!)).toBe(reportCsv(report, source));
    expect(made).toBe(2);
  });
});
