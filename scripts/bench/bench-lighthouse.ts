// Lighthouse budgets: the demo page (/), /validate, /docs and /embed score 100 for accessibility,
// best practices and SEO and >= 95 for performance (the median of 3 runs), as a phone (Lighthouse's
// mobile default: simulated slow 4G and a 4x slower CPU) and as a desktop (its desktop preset),
// against the real Worker (`wrangler dev` on dist/, as `npm start` serves it).
//
// Lighthouse is pinned in scripts/lighthouse/package.json and its own lock, and installed there on
// first use (`npm ci --prefix scripts/lighthouse`): it needs Node 22 (npm scripts run Node 24, the
// `node` devDependency), so the project's own install and CI, on Node 20, never touch it. Each run
// gets a fresh Chromium (the tests' own, with their flags) and a fresh profile; this script starts
// and stops the Worker and every browser itself.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.ts';
import { startDevServer } from '../support/dev-server.ts';
import { stopGroup } from '../support/process-group.ts';
import { budget, median } from './budget.ts';

const HERE = 'scripts/lighthouse';
export const PAGES = ['/', '/validate', '/docs', '/embed'] as const;
const FORM_FACTORS = ['mobile', 'desktop'] as const;
type FormFactor = (typeof FORM_FACTORS)[number];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const LIMITS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const RUNS = 3;

/** The parts of a Lighthouse result (LHR) read here. */
interface Audit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
  readonly displayValue?: string;
  readonly numericValue?: number;
  readonly errorMessage?: string;
  readonly details?: { readonly type?: string; readonly items?: readonly Record<string, unknown>[] };
}
interface Report {
  readonly lighthouseVersion: string;
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly runWarnings: readonly string[];
  readonly categories: Partial<
    Record<Category, { readonly score: number | null; readonly auditRefs: readonly { id: string; weight: number }[] }>
  >;
  readonly audits: Record<string, Audit>;
}

/** The pinned version, installed into scripts/lighthouse/node_modules when missing or different. */
function lighthouseCli(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    throw new Error(`Lighthouse needs Node 22 or later; this is ${process.version}. Run it as \`npm run lighthouse\`.`);
  }
  const pinned = (JSON.parse(readFileSync(`${HERE}/package.json`, 'utf8')) as { dependencies: { lighthouse: string } })
    .dependencies.lighthouse;
  const manifest = `${HERE}/node_modules/lighthouse/package.json`;
  const installed = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
    : undefined;
  if (installed !== pinned) {
    console.log(`  installing Lighthouse ${pinned} into ${HERE}/node_modules (once)`);
    execFileSync('npm', ['ci', '--prefix', HERE, '--no-audit', '--no-fund', '--loglevel=error'], {
      stdio: 'inherit',
    });
  }
  return `${HERE}/node_modules/lighthouse/cli/index.js`;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh headless Chromium in a process group of its own, on a free DevTools port. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lms-lighthouse-'));
  const args = [...CHROMIUM_ARGS, '--headless', '--remote-debugging-port=0', `--user-data-dir=${profile}`];
  const child = spawn(chromiumPath(), [...args, 'about:blank'], { detached: true, stdio: 'ignore' });
  const pgid = child.pid!;
  const stop = async () => {
    await stopGroup(pgid);
    rmSync(profile, { recursive: true, force: true });
  };
  const portFile = join(profile, 'DevToolsActivePort');
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await pause(50)) {
    if (child.exitCode !== null) break;
    const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8').split('\n')[0]) : 0;
    if (port > 0) return { port, stop };
  }
  await stop();
  throw new Error('Chromium did not open its DevTools port');
}

/**
 * One Lighthouse run of one page, in a Chromium of its own; once more when Lighthouse itself fails
 * (now and then it misses the trace's navigation start, NO_NAVSTART, on a busy machine).
 */
async function lighthouse(
  cli: string,
  url: string,
  formFactor: FormFactor,
  categories: readonly Category[],
): Promise<Report> {
  try {
    return await lighthouseOnce(cli, url, formFactor, categories);
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    console.log(`    (run again: ${(stderr?.trim() || message).split('\n').slice(-3).join(' / ')})`);
    return lighthouseOnce(cli, url, formFactor, categories);
  }
}

async function lighthouseOnce(cli: string, url: string, formFactor: FormFactor, categories: readonly Category[]) {
  const browser = await startChromium();
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        cli,
        url,
        `--port=${browser.port}`,
        '--hostname=127.0.0.1',
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
        `--only-categories=${categories.join(',')}`,
        '--no-enable-error-reporting', // and no prompt about it: nothing leaves this machine
        '--output=json',
        '--output-path=stdout',
        '--quiet',
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as Report;
    if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code}`);
    return report;
  } finally {
    await browser.stop();
  }
}

const score = (report: Report, category: Category) => Math.round((report.categories[category]?.score ?? 0) * 100);

/** Audits that could not run (a trace Lighthouse cannot read, say): a score then means little. */
function broken(report: Report): string[] {
  return Object.values(report.audits)
    .filter((a) => a.scoreDisplayMode === 'error' || a.errorMessage)
    .map((a) => `${a.id}: ${a.errorMessage ?? 'error'}`);
}

/** What costs a category its points: its failing audits, heaviest first; for performance, why. */
function whatFails(report: Report, category: Category): string[] {
  const url = (item: Record<string, unknown>) => String(item.url).replace(/^https?:\/\/[^/]+/, '');
  if (category !== 'performance')
    return (report.categories[category]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
      .filter(({ audit }) => audit.score !== null && audit.score < 1 && /binary|numeric/.test(audit.scoreDisplayMode))
      .sort((a, b) => b.ref.weight - a.ref.weight)
      .map(({ audit, ref }) => `${audit.id} (weight ${ref.weight}): ${audit.title}`);
  // Performance: the metrics, the insights that flag something, and where the main thread went
  // (on mobile, Lighthouse counts 4x each task's time here: a 4x slower CPU, simulated).
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]
    .map((id) => `${report.audits[id]?.title} ${report.audits[id]?.displayValue ?? '?'}`)
    .join(', ');
  const insights = Object.values(report.audits)
    .filter((a) => a.id.endsWith('-insight') && a.score !== null && a.score < 1)
    .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  const ms = (value: unknown) => `${Math.round(Number(value))} ms`;
  return [
    metrics,
    ...(insights.length ? [`insights: ${insights.join('; ')}`] : []),
    `main thread: ${items('mainthread-work-breakdown')
      .slice(0, 4)
      .map((item) => `${item.groupLabel ?? item.group} ${ms(item.duration)}`)
      .join(', ')}`,
    `by script: ${items('bootup-time')
      .slice(0, 4)
      .map((item) => `${url(item)} ${ms(item.total)}`)
      .join(', ')}`,
    `long tasks: ${items('long-tasks')
      .slice(0, 6)
      .map((item) => `${url(item)} ${ms(item.duration)}`)
      .join(', ')}`,
  ];
}

/**
 * Prints each page and form factor's four scores against their budgets, and what costs the points
 * where one is under. `pages` narrows the run (`npm run lighthouse -- /validate`).
 */
export async function benchLighthouse(pages: readonly string[] = PAGES): Promise<void> {
  const cli = lighthouseCli();
  const server = await startDevServer();
  try {
    let version = '';
    console.log(
      `\nLighthouse: the pages on the Worker (wrangler dev), mobile (simulated slow 4G, 4x CPU) and desktop; performance the median of ${RUNS} runs`,
    );
    for (const page of pages) {
      for (const formFactor of FORM_FACTORS) {
        const url = `${server.url}${page}`;
        // The first run scores all four; two more runs score performance alone, for the median.
        const first = await lighthouse(cli, url, formFactor, CATEGORIES);
        version ||= first.lighthouseVersion;
        const runs = [first];
        for (let i = 1; i < RUNS; i++) runs.push(await lighthouse(cli, url, formFactor, ['performance']));
        const performance = median(runs.map((r) => score(r, 'performance')));
        const medianRun = runs.find((r) => score(r, 'performance') === performance)!;
        const label = `lighthouse ${page} ${formFactor}`;
        console.log(`  ${label}: performance ${runs.map((r) => score(r, 'performance')).join(', ')}`);
        for (const category of CATEGORIES) {
          const value = category === 'performance' ? performance : score(first, category);
          const verdict = budget(`${label} ${category}`, value, '>=', LIMITS[category]);
          console.log(`    ${category} ${value} ${verdict}`);
          if (value < LIMITS[category]) {
            for (const line of whatFails(category === 'performance' ? medianRun : first, category)) {
              console.log(`      ${line}`);
            }
          }
        }
        for (const problem of new Set(runs.flatMap(broken))) console.log(`    could not run: ${problem}`);
        for (const warning of new Set(runs.flatMap((r) => r.runWarnings))) console.log(`    warning: ${warning}`);
      }
    }
    console.log(`  (Lighthouse ${version}, ${chromiumPath()})`);
  } finally {
    await server.stop();
  }
}
