// `npm run audit`: known advisories in the runtime dependencies (npm audit --omit=dev), and any
// runtime dependency behind the newest patch release of its minor line, which the registry's
// audit answer does not report (and which this project keeps current: every KB and every fix of
// hono, jose and lit lands in a cold start or a reader's page). Exits 1 when either finds one.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
let failed = false;

const audit = spawnSync('npm', ['audit', '--omit=dev'], { encoding: 'utf8' });
process.stdout.write(audit.stdout);
if (audit.status !== 0) {
  // The registry's audit endpoint is not reachable everywhere (405 here): say so, and go on.
  const unreachable = /\b(405|ENOTFOUND|ECONNREFUSED|EAI_AGAIN)\b/.test(audit.stderr);
  process.stderr.write(unreachable ? `npm audit could not ask the registry:\n${audit.stderr}` : audit.stderr);
  if (!unreachable) failed = true;
}

for (const [name, pinned] of Object.entries(dependencies)) {
  const [major, minor] = pinned.split('.');
  const versions = JSON.parse(
    execFileSync('npm', ['view', `${name}@${major}.${minor}.x`, 'version', '--json'], { encoding: 'utf8' }),
  ) as string | string[];
  const newest = [versions].flat().at(-1);
  if (newest !== pinned) {
    failed = true;
    console.log(
      `${name} ${pinned} is behind ${newest}, the newest patch release: npm install --save-exact ${name}@${newest}`,
    );
  } else console.log(`${name} ${pinned} is the newest patch release`);
}
process.exit(failed ? 1 : 0);
