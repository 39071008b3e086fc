// The workerd binary to run the self-hosted configuration with: the one wrangler itself runs
// (`wrangler dev`, `npm start`), from the npm registry's `workerd` package, so both run the same
// runtime. A root devDependency on `workerd` at that version would be found the same way.
import { createRequire } from 'node:module';

/**
 * The binary's path, the package's version and the newest compatibility date it supports.
 *
 * @example
 * spawn(workerdBinary().path, ['serve', 'dist/self-hosted/config.capnp']);
 */
export function workerdBinary(): { path: string; version: string; compatibilityDate: string } {
  const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler/package.json'));
  const workerd = fromWrangler('workerd') as { default: string; version: string; compatibilityDate: string };
  return { path: workerd.default, version: workerd.version, compatibilityDate: workerd.compatibilityDate };
}
