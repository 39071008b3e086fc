// `npm run deploy` and `npm run check` (with --dry-run): build for the public addresses, then
// `wrangler deploy` both Workers with the same addresses as their variables. Refuses to go on
// without them: a deployment that names 127.0.0.1 in its pages, documents or cards helps nobody.
//
//   LMS_PUBLIC_ORIGIN=https://lms.example.org LMS_EHR_ORIGIN=https://ehr.lms.example.org npm run deploy
//
// docs/deploy.md says what else a first deployment needs (an account, rate-limit namespaces,
// domains, secrets) and how to roll back.
import { execFileSync } from 'node:child_process';
import { packageBin } from './support/package-bin.ts';
import { isLoopback, publicOrigins } from './support/public-origins.ts';

const dryRun = process.argv.includes('--dry-run');
const missing = ['LMS_PUBLIC_ORIGIN', 'LMS_EHR_ORIGIN'].filter((name) => !process.env[name]);
if (missing.length) {
  console.error(
    `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: the public addresses of the API Worker and the EHR Worker, e.g.\n` +
      `  LMS_PUBLIC_ORIGIN=https://lms.example.org LMS_EHR_ORIGIN=https://ehr.lms.example.org npm run ${dryRun ? 'check' : 'deploy'}\n` +
      'They go into the pages, /docs, openapi.json and the EHR cards (docs/deploy.md).',
  );
  process.exit(1);
}
let origins: ReturnType<typeof publicOrigins>;
try {
  origins = publicOrigins();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
if (!dryRun) {
  const refusals = [
    ...Object.values(origins)
      .filter((o) => isLoopback(o))
      .map((o) => `${o} is this machine`),
    ...Object.values(origins)
      .filter((o) => !o.startsWith('https:'))
      .map((o) => `${o} is not https (Workers' domains serve https)`),
    ...(origins.api === origins.ehr ? ['the two Workers need two addresses'] : []),
  ];
  if (refusals.length) {
    console.error(`Refusing to deploy: ${[...new Set(refusals)].join('; ')}.`);
    process.exit(1);
  }
}

/** Runs one step; on failure says which, and what has been done, instead of a stack trace. */
const step = (what: string, args: string[], done: string) => {
  try {
    execFileSync(process.execPath, args, { stdio: 'inherit', env: process.env });
  } catch {
    console.error(`\n${what} failed (the reason is above). ${done}`);
    process.exit(1);
  }
};
const deploy = (args: string[]) => [
  packageBin('wrangler', 'wrangler'),
  'deploy',
  ...args,
  ...(dryRun ? ['--dry-run'] : []),
];

if (dryRun) step('The type check', ['scripts/typecheck.ts'], 'Nothing was built.');
step('The build', ['scripts/build.ts'], 'Nothing was deployed.');
step(
  `${dryRun ? 'The dry run of' : 'Deploying'} the API Worker`,
  deploy(dryRun ? ['--outdir', 'dist/worker'] : []),
  'The EHR Worker was not tried.',
);
step(
  `${dryRun ? 'The dry run of' : 'Deploying'} the EHR Worker`,
  deploy([
    '-c',
    'wrangler.ehr.toml',
    '--var',
    `PUBLIC_ORIGIN:${origins.ehr}`,
    '--var',
    `CALCULATOR_ORIGIN:${origins.api}`,
    ...(dryRun ? ['--outdir', 'dist/ehr-worker'] : []),
  ]),
  dryRun ? '' : 'The API Worker is deployed; run it again once the cause is fixed.',
);
console.log(`${dryRun ? 'Checked' : 'Deployed'}: API ${origins.api}, EHR ${origins.ehr}.`);
