// The /validate page's two files, under /widget/<version>/ beside the widget's: the element
// (lms-validation.js) and the Web Worker it analyses in (validation-worker.js), pinned by the
// element through the worker's SRI hash, which the build writes into it
// (docs/decisions/0010-validation-in-a-worker.md).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type BuildOptions, build } from 'esbuild';

/**
 * Builds the worker first (a classic script: the core's reader, validateCohort and the demo
 * cohort), then the element with the worker's file name and hash. Both carry the whole model, with
 * its evidence (the published C-index the page compares against), so `common` comes without the
 * widget's lean-model plugin.
 */
export async function buildValidation(dir: string, common: BuildOptions): Promise<void> {
  const worker = 'validation-worker.js';
  await build({
    ...common,
    entryPoints: ['site/validation/validation-worker.ts'],
    format: 'iife',
    outfile: `${dir}/${worker}`,
  });
  const bytes = readFileSync(`${dir}/${worker}`);
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  await build({
    ...common,
    define: {
      ...common.define,
      __LMS_VALIDATION_WORKER_FILE__: JSON.stringify(worker),
      __LMS_VALIDATION_WORKER_INTEGRITY__: JSON.stringify(integrity),
    },
    entryPoints: ['site/validation/lms-validation.ts'],
    format: 'esm',
    outfile: `${dir}/lms-validation.js`,
  });
}
