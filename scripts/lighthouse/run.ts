// `npm run lighthouse [-- /page ...]`: the Lighthouse budgets of `npm run bench` alone, after a
// build; exits 1 when any is missed. The pages default to all four (scripts/bench/bench-lighthouse.ts).
import { execFileSync } from 'node:child_process';
import { benchLighthouse, PAGES } from '../bench/bench-lighthouse.ts';
import { reportBudgets } from '../bench/budget.ts';

execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'ignore' });
const pages = process.argv.slice(2);
await benchLighthouse(pages.length ? pages : PAGES);
reportBudgets();
