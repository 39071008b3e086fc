// `npm run build`'s self-hosted output, dist/self-hosted: every Worker of the wrangler files as
// plain workerd runs it on a hospital's own server (docs/self-hosting.md). Each Worker is bundled
// with esbuild as wrangler bundles it; the bindings come from its wrangler file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { directoriesOf, type SelfHostedDirectory, selfHostedCapnp } from './self-hosted-capnp.ts';
import { type SelfHostedWorker, selfHostedWorker } from './self-hosted-workers.ts';

export const SELF_HOSTED_DIR = 'dist/self-hosted';
export const WRANGLER_FILES = ['wrangler.toml', 'wrangler.ehr.toml'] as const;

/** dist/self-hosted/self-hosted.json: what `npm run self-host` needs to know of the configuration. */
export interface SelfHostedManifest {
  readonly workers: readonly Pick<SelfHostedWorker, 'name' | 'configPath' | 'address' | 'variables' | 'defaults'>[];
  readonly directories: readonly SelfHostedDirectory[];
}

// As wrangler bundles a Worker: ES modules for workerd, the runtime's own modules left to it.
const WORKERD: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2024',
  conditions: ['workerd', 'worker', 'browser'],
  mainFields: ['browser', 'module', 'main'],
  external: ['cloudflare:*', 'node:*'],
  logLevel: 'warning',
};

/** A module beside this one. */
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The Worker's own module, its default export given `env` as Cloudflare gives it (self-hosted-entry.ts). */
const entry = (main: string) => {
  const [from, wrapper] = [JSON.stringify(main), JSON.stringify(here('self-hosted-entry.ts'))];
  return `export * from ${from};\nimport worker from ${from};\nimport { presentBindings } from ${wrapper};\nexport default presentBindings(worker);\n`;
};

/**
 * Writes config.capnp, one module per Worker, the static-files and rate-limit modules, and
 * self-hosted.json into `out`.
 *
 * @example
 * await writeSelfHostedConfig(); // dist/self-hosted/config.capnp
 */
export async function writeSelfHostedConfig(
  out: string = SELF_HOSTED_DIR,
  configs: readonly string[] = WRANGLER_FILES,
): Promise<SelfHostedManifest> {
  const workers = configs.map(selfHostedWorker);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const w of workers) {
    await build({
      ...WORKERD,
      stdin: {
        contents: entry(w.main),
        resolveDir: process.cwd(),
        sourcefile: `${w.name}.self-hosted.ts`,
        loader: 'ts',
      },
      outfile: `${out}/${w.name}.js`,
      keepNames: w.bundle.keepNames,
      minify: w.bundle.minify,
      define: w.bundle.define,
      alias: w.bundle.alias,
    });
    // As `wrangler dev` does, a static-files folder not built yet serves nothing rather than fail.
    if (w.assets) mkdirSync(w.assets.directory, { recursive: true });
  }
  await build({ ...WORKERD, entryPoints: [here('self-hosted-assets.ts')], outfile: `${out}/assets.js` });
  await build({
    ...WORKERD,
    entryPoints: [here('self-hosted-rate-limit.ts')],
    outfile: `${out}/rate-limit.js`,
  });
  writeFileSync(`${out}/config.capnp`, selfHostedCapnp(workers));
  const manifest: SelfHostedManifest = {
    workers: workers.map(({ name, configPath, address, variables, defaults }) => ({
      name,
      configPath,
      address,
      variables,
      defaults,
    })),
    directories: directoriesOf(workers),
  };
  writeFileSync(`${out}/self-hosted.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
