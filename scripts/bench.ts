// `npm run bench`: every performance budget of the project, measured side by side in one run.
// Figures are medians or ratios because the machines are shared and noisy.
import { benchCore } from './bench/bench-core.ts';

await benchCore();
