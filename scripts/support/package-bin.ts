import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The JavaScript file behind an installed package's command, to run with `process.execPath`: the
 * same Node as the caller (Node 24 from the `node` devDependency), no npx, shell or npm in between.
 *
 * @example
 * spawn(process.execPath, [packageBin('wrangler', 'wrangler'), 'dev']);
 */
export function packageBin(pkg: string, command: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  const file = bin[command];
  if (!file) throw new Error(`${pkg} has no command ${command}`);
  return join(dirname(manifest), file);
}
