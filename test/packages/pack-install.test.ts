// The npm packages as a stranger gets them: `npm pack` the built packages, install the tarballs in
// a folder outside the repo, and use them the four ways users do (ESM import, TypeScript, a
// bundler, the command line), each checked against the repo's own oracles (the golden vectors,
// the API's batch route).
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lms } from '@lms-score/core';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser.ts';
import { packageBin } from '../../scripts/support/package-bin.ts';
import { pinned, rawInput, scoredCases } from '../support/golden-vectors.ts';
import { cohortCsv, scoreThroughApi } from './api-batch.ts';

const repo = process.cwd();
const PACKAGES = ['dist/packages/core', 'dist/packages/widget'];
const ROWS = 100_000;

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const done = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (done.error) throw done.error;
  return { status: done.status, stdout: String(done.stdout), stderr: String(done.stderr) };
}
// The npm running this test (npm test), else the one on PATH.
const npm = (args: readonly string[], cwd: string) =>
  process.env.npm_execpath
    ? run(process.execPath, [process.env.npm_execpath, ...args], { cwd })
    : run('npm', args, { cwd, shell: process.platform === 'win32' });

describe('the workspaces refuse to be packed as they are', () => {
  it.each([
    ['shared', 'core'],
    ['widget', 'widget'],
  ])('npm pack -w %s fails, naming npm run build and dist/packages/%s', (workspace, name) => {
    const dir = mkdtempSync(join(tmpdir(), 'lms-pack-refused-'));
    try {
      const pack = npm(['pack', '-w', workspace, '--pack-destination', dir], repo);
      expect(pack.status).not.toBe(0);
      expect(pack.stderr).toContain(`Run npm run build, then npm pack ./dist/packages/${name}`);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built manifests carry no prepack guard, and otherwise the workspace manifest whole', () => {
    for (const [workspace, name] of [
      ['shared', 'core'],
      ['widget', 'widget'],
    ]) {
      const source = JSON.parse(readFileSync(`${workspace}/package.json`, 'utf8'));
      const built = JSON.parse(readFileSync(`dist/packages/${name}/package.json`, 'utf8'));
      expect(built.scripts).toBeUndefined();
      for (const key of ['name', 'version', 'description', 'license', 'type', 'dependencies'])
        expect(built[key], `${name} ${key}`).toEqual(source[key]);
    }
  });
});

describe('the packages, packed and installed outside the repo', { timeout: 300_000 }, () => {
  let dir: string;
  let consumer: string;
  let packed: { name: string; filename: string; files: { path: string }[] }[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lms-pack-'));
    const pack = npm(['pack', ...PACKAGES.map((p) => resolve(repo, p)), '--pack-destination', dir, '--json'], dir);
    expect(pack.status, pack.stderr).toBe(0);
    packed = JSON.parse(pack.stdout);
    consumer = join(dir, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const tarballs = packed.map((p) => join(dir, p.filename));
    const install = npm(['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], consumer);
    expect(install.status, install.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs only built JavaScript, declarations, the manifest, the README and the licence', () => {
    for (const { name, files } of packed) {
      const paths = files.map((f) => f.path);
      expect(paths, name).toContain('package.json');
      expect(paths, name).toContain('README.md');
      expect(paths, name).toContain('LICENSE');
      const stray = paths.filter(
        (p) =>
          !/^(package\.json|README\.md|LICENSE|custom-elements\.json|(development\/)?(chunks\/)?[\w.-]+\.js|types\/[\w./-]+\.d\.ts)$/.test(
            p,
          ),
      );
      expect(stray, name).toEqual([]);
    }
  });

  it('an ESM import of the core scores every golden vector as the vectors say', () => {
    writeFileSync(
      join(consumer, 'vectors.json'),
      JSON.stringify(scoredCases.map((c) => ({ raw: rawInput(c), source: c.source ?? 'json' }))),
    );
    writeFileSync(
      join(consumer, 'score-vectors.js'),
      `import { readFileSync } from 'node:fs';
import { parse, score } from '@lms-score/core';
const inputs = JSON.parse(readFileSync('vectors.json', 'utf8'));
console.log(JSON.stringify(inputs.map(({ raw, source }) => { const p = parse(raw, { source }); return p.ok ? score(p.value) : p.problems; })));`,
    );
    const done = run(process.execPath, ['score-vectors.js'], { cwd: consumer });
    expect(done.status, done.stderr).toBe(0);
    const results = JSON.parse(done.stdout) as object[];
    expect(results).toHaveLength(scoredCases.length);
    results.forEach((result, i) => {
      expect(pinned(result), scoredCases[i]!.name).toEqual(scoredCases[i]!.expected);
    });
  });

  it('the model version and hash are in both installed manifests', () => {
    const core = JSON.parse(readFileSync(join(consumer, 'node_modules/@lms-score/core/package.json'), 'utf8'));
    const widget = JSON.parse(readFileSync(join(consumer, 'node_modules/@lms-score/widget/package.json'), 'utf8'));
    expect(core.lmsModel).toEqual(lms.stamp);
    expect(widget.lmsModel).toEqual(lms.stamp);
    for (const name of ['core', 'widget'])
      expect(readFileSync(join(consumer, `node_modules/@lms-score/${name}/README.md`), 'utf8')).toContain(
        `**${lms.stamp.id} ${lms.stamp.version}**, content hash \`${lms.stamp.hash}\``,
      );
  });

  it('a TypeScript consumer type-checks against the published types, and a wrong use does not', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2023', 'dom'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const good = `import { type LmsResult, parse, score } from '@lms-score/core';
import { readCsvTable, scoreRow } from '@lms-score/core/csv';
import { validateCohort } from '@lms-score/core/validate';
import { LmsCalculator } from '@lms-score/widget';
import { defineLmsCalculator } from '@lms-score/widget/define';
const parsed = parse({ ki67: 12 });
const result: LmsResult | null = parsed.ok ? score(parsed.value) : null;
const group: 'low' | 'intermediate' | 'high' | null | undefined = result?.riskGroup;
const element: HTMLElement = new LmsCalculator();
defineLmsCalculator();
export { element, group, readCsvTable, scoreRow, validateCohort };
`;
    const tsc = (source: string) => {
      writeFileSync(join(consumer, 'consumer.ts'), source);
      return run(process.execPath, [packageBin('typescript', 'tsc'), '-p', 'tsconfig.json'], { cwd: consumer });
    };
    const ok = tsc(good);
    expect(ok.status, ok.stdout).toBe(0);
    const bad = tsc(`${good}const wrong: 'very high' = result!.riskGroup!;\n`);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/consumer\.ts\(\d+,\d+\): error TS2322/);
  });

  it('nothing outside the exports map can be imported', () => {
    const hidden = [
      '@lms-score/core/score-input',
      '@lms-score/core/score-input.js',
      '@lms-score/core/cli.js',
      '@lms-score/core/types/index.d.ts',
      '@lms-score/widget/lms-calculator.component.js',
      '@lms-score/widget/development/index.js',
    ];
    writeFileSync(
      join(consumer, 'hidden.js'),
      `const out = {};
for (const s of ${JSON.stringify(hidden)}) { try { await import(s); out[s] = 'imported'; } catch (e) { out[s] = e.code; } }
console.log(JSON.stringify(out));`,
    );
    const done = run(process.execPath, ['hidden.js'], { cwd: consumer });
    expect(done.status, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual(
      Object.fromEntries(hidden.map((s) => [s, 'ERR_PACKAGE_PATH_NOT_EXPORTED'])),
    );
  });

  describe('a bundler consumer in a real browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('esbuild bundles the define entry, which registers <lms-calculator> and scores in the page', async () => {
      writeFileSync(join(consumer, 'entry.js'), "import '@lms-score/widget/define';\n");
      const bundle = await build({
        absWorkingDir: consumer,
        entryPoints: ['entry.js'],
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(
        '<lms-calculator ki67="12" vascular-invasion="yes" lymph-node-metastasis="no" adjuvant-therapy="no"></lms-calculator>',
      );
      await page.addScriptTag({ type: 'module', content: bundle.outputFiles[0]!.text });
      await page.waitForFunction(() => customElements.get('lms-calculator') !== undefined);
      const result = await page.evaluate(() => {
        const el = document.querySelector('lms-calculator') as HTMLElement & {
          result: { points: number; riskGroup: string };
        };
        return { points: el.result.points, riskGroup: el.result.riskGroup, shadow: !!el.shadowRoot };
      });
      expect(result).toEqual({ points: 6, riskGroup: 'high', shadow: true });
      expect(requests.filter((u) => !u.startsWith('about:'))).toEqual([]);
    });
  });

  it(`npx lms score on ${ROWS.toLocaleString('en')} rows matches the API's batch output row for row`, async () => {
    const { header, records, csv } = cohortCsv(ROWS);
    writeFileSync(join(consumer, 'cohort.csv'), csv);
    const cli = run('npx', ['--no', 'lms', 'score', 'cohort.csv'], {
      cwd: consumer,
      shell: process.platform === 'win32',
    });
    expect(cli.status, cli.stderr).toBe(1); // the cohort holds bad rows on purpose
    expect(cli.stderr).toMatch(/^lms: \d+ of 100000 rows had errors/);
    const api = await scoreThroughApi(header, records, 'text/csv');
    const cliLines = cli.stdout.split('\r\n');
    const apiLines = api.split('\r\n');
    expect(cliLines.length).toBe(apiLines.length);
    for (let i = 0; i < apiLines.length; i++)
      if (cliLines[i] !== apiLines[i]) expect(cliLines[i], `line ${i + 1}`).toBe(apiLines[i]);

    const jsonl = run('npx', ['--no', 'lms', 'score', '--to', 'jsonl', 'cohort.csv'], {
      cwd: consumer,
      shell: process.platform === 'win32',
    });
    const apiRows = await scoreThroughApi(header, records, 'application/json');
    const cliRows = jsonl.stdout.trimEnd().split('\n');
    expect(cliRows.length).toBe(ROWS);
    expect(cliRows).toEqual(apiRows.map((r) => JSON.stringify(r)));
  });
});
