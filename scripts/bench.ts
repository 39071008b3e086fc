// `npm run bench`: every performance budget of the project, measured side by side in one run.
// Figures are medians or ratios because the machines are shared and noisy. Exits 1 when any
// budget is missed; it stays out of `npm test` for the same reason.
import { execFileSync } from 'node:child_process';
import { benchCli } from './bench/bench-cli.ts';
import { benchCore } from './bench/bench-core.ts';
import { benchLanguages } from './bench/bench-languages.ts';
import { benchLighthouse } from './bench/bench-lighthouse.ts';
import { benchValidation, benchValidationInBrowser } from './bench/bench-validation.ts';
import { benchWidget } from './bench/bench-widget.ts';
import { benchWidgetRender } from './bench/bench-widget-render.ts';
import { benchWorker } from './bench/bench-worker.ts';
import { reportBudgets } from './bench/budget.ts';

execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'ignore' });
benchCore();
benchValidation();
await benchValidationInBrowser();
await benchWorker();
await benchWidget();
await benchWidgetRender();
await benchLanguages();
await benchLighthouse();
benchCli();
reportBudgets();
