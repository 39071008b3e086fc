// `npm run typecheck`: each runtime's code against that runtime's types, one program each, so the
// compiler (not a comment) keeps I/O out of the core and DOM out of the Workers:
//   shared/            the core: the language only (no DOM, no Node)
//   shared/cli/        the `lms` command: Node
//   widget/, site/     browsers: the DOM (site/ holds the /validate page's element, not published)
//   worker/ehr/smart/page/  the SMART app's page scripts: the DOM
//   worker/api/, ehr/  workerd: the runtime's types for the compatibility date, and the Env that
//                      `wrangler types` generates from each Worker's configuration
//   tsconfig.json      tests and scripts (DOM and Node; Worker code seen through imports)
// The generated Env files are committed; this fails when one no longer matches its wrangler file.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { noDevVars } from './support/local-only-env.ts';
import { packageBin } from './support/package-bin.ts';

const WORKERS = [
  { config: 'wrangler.toml', env: 'worker/api/worker-configuration.d.ts' },
  { config: 'wrangler.ehr.toml', env: 'worker/ehr/worker-configuration.d.ts' },
];
/** The flags the committed Env files were generated with (see each file's first lines). */
const ENV_FLAGS = ['--include-runtime=false', '--include-main-module=false', '--strict-vars=false'];

const PROGRAMS = ['shared', 'shared/cli', 'widget', 'site', 'worker/api', 'worker/ehr', 'worker/ehr/smart/page', '.'];

const wrangler = (args: string[]) =>
  execFileSync(process.execPath, [packageBin('wrangler', 'wrangler'), 'types', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });

// On a fresh clone nothing is built yet: wrangler wants the folder it writes to, and the API's
// assets folders that the wrangler files name (the build fills them later).
mkdirSync('dist/types', { recursive: true });
mkdirSync('dist/public', { recursive: true });
mkdirSync('dist/ehr-public', { recursive: true });
// A developer's .dev.vars (secrets, all optional) must not enter the generated Env.
const NO_DEV_VARS = noDevVars();
wrangler(['dist/types/workerd-runtime.d.ts', '--include-env=false']);
for (const { config, env } of WORKERS) {
  try {
    wrangler([`--config=${config}`, env, '--check', `--env-file=${NO_DEV_VARS}`, ...ENV_FLAGS]);
  } catch {
    console.error(
      `${env} does not match ${config}. Regenerate it:\n  npx wrangler types --config=${config} ${env} ${ENV_FLAGS.join(' ')}`,
    );
    process.exit(1);
  }
}
let failed = false;
for (const program of PROGRAMS) {
  try {
    execFileSync(process.execPath, [packageBin('typescript', 'tsc'), '--noEmit', '-p', `${program}/tsconfig.json`], {
      stdio: 'inherit',
    });
  } catch {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
