// The two npm packages, built from the workspaces into dist/packages/<name>/, ready for `npm pack`:
// JavaScript from esbuild (ESM, split into shared chunks), types from tsc, and a package.json whose
// exports name only the built files. In the repo the workspaces' own manifests point at the .ts
// sources, so the worker, the tests and the scripts run the source itself.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lms } from '@lms-score/core';
import { type BuildOptions, build } from 'esbuild';
import { packageBin } from '../support/package-bin.ts';

type Manifest = Record<string, unknown> & { name: string; version: string; exports: Record<string, string> };

/**
 * A workspace's manifest, the one definition of its package, less its `prepack` guard: the
 * workspace refuses `npm pack` (it holds TypeScript sources), the built package packs.
 */
const readManifest = (dir: string): Manifest => {
  const { scripts: _guard, ...manifest } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as Manifest;
  return manifest as Manifest;
};

/** Declarations for `entries` (and what they import) into `out`, with .ts specifiers rewritten to .js. */
function emitTypes(rootDir: string, entries: readonly string[], out: string, ambient: readonly string[] = []): void {
  const config = `${out}.tsconfig.json`;
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(process.cwd(), 'tsconfig.json'),
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: join(process.cwd(), rootDir),
        outDir: join(process.cwd(), out),
        types: [],
      },
      include: ambient.map((a) => join(process.cwd(), a)),
      files: entries.map((e) => join(process.cwd(), rootDir, e)),
    }),
  );
  const tsc = spawnSync(process.execPath, [packageBin('typescript', 'tsc'), '-p', config], { stdio: 'inherit' });
  rmSync(config);
  if (tsc.status !== 0) throw new Error(`tsc could not emit the declarations of ${rootDir}`);
  const rewrite = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) rewrite(path);
      else {
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace(/((?:from |import\()["']\.{1,2}\/[^"']*)\.ts(["'])/g, '$1.js$2'));
      }
    }
  };
  rewrite(out);
}

/** One export: its types and its JavaScript (and a development build, when there is one). */
const exportOf = (name: string, development = false) => ({
  types: `./types/${name}.d.ts`,
  ...(development ? { development: `./development/${name}.js` } : {}),
  default: `./${name}.js`,
});

const common: BuildOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
};

async function buildCore(out: string): Promise<void> {
  const source = readManifest('shared');
  await build({
    ...common,
    platform: 'neutral',
    external: ['node:*'],
    entryPoints: {
      index: 'shared/index.ts',
      csv: 'shared/csv.ts',
      validate: 'shared/validate.ts',
      cli: 'shared/cli/lms.ts',
    },
    outdir: out,
  });
  emitTypes('shared', ['index.ts', 'csv.ts', 'validate.ts'], `${out}/types`);
  const { id, version, hash } = lms.stamp;
  writeManifest(out, {
    ...source,
    exports: {
      '.': exportOf('index'),
      './csv': exportOf('csv'),
      './validate': exportOf('validate'),
      './package.json': './package.json',
    },
    bin: { lms: './cli.js' },
    engines: { node: '>=20' },
    lmsModel: { id, version, hash },
  });
  cpSync('shared/README.md', `${out}/README.md`);
}

async function buildWidgetPackage(out: string, customElements: string): Promise<void> {
  const source = readManifest('widget');
  const entryPoints = {
    index: 'widget/first-paint/lms-calculator.component.ts',
    define: 'widget/entries/lms-calculator.ts',
  };
  // The scoring package and Lit stay imports: the host's bundler shares one copy of each.
  const external = ['lit', 'lit/*', '@lms-score/core', '@lms-score/core/*'];
  const widget = { ...common, platform: 'browser', external, entryPoints } as const;
  await build({ ...widget, outdir: out, define: { 'import.meta.env.DEV': 'false' } });
  await build({ ...widget, outdir: `${out}/development`, define: { 'import.meta.env.DEV': 'true' } });
  emitTypes(
    'widget',
    Object.values(entryPoints).map((e) => e.slice('widget/'.length)),
    `${out}/types`,
    ['widget/env.d.ts'],
  );
  // Each export's types under the export's own name, as for the core.
  for (const [name, entry] of Object.entries(entryPoints)) {
    const file = entry.slice('widget/'.length).replace(/\.ts$/, '.js');
    writeFileSync(`${out}/types/${name}.d.ts`, `export * from './${file}';\n`);
  }
  cpSync(customElements, `${out}/custom-elements.json`);
  const { id, version, hash } = lms.stamp;
  writeManifest(out, {
    ...source,
    exports: {
      '.': exportOf('index', true),
      './define': exportOf('define', true),
      './custom-elements.json': './custom-elements.json',
      './package.json': './package.json',
    },
    sideEffects: ['./define.js', './development/define.js'],
    customElements: './custom-elements.json',
    lmsModel: { id, version, hash },
  });
  cpSync('widget/README.md', `${out}/README.md`);
}

function writeManifest(out: string, manifest: Record<string, unknown>): void {
  writeFileSync(`${out}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync('LICENSE', `${out}/LICENSE`);
}

/**
 * Builds dist/packages/core and dist/packages/widget. `customElements` is the analyzer's
 * custom-elements.json for this version (the widget build writes it).
 */
export async function buildPackages(customElements: string): Promise<string[]> {
  const root = 'dist/packages';
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  await buildCore(`${root}/core`);
  await buildWidgetPackage(`${root}/widget`, customElements);
  return [`${root}/core`, `${root}/widget`];
}
