import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { LOCAL_ONLY } from './scripts/support/local-only-env.ts';

Object.assign(process.env, LOCAL_ONLY);

import { CHROMIUM_ARGS, findChromium } from './scripts/support/chromium.ts';

// One `vitest run` runs every suite, each where its code runs in production: the core in Node,
// the Worker in workerd (Miniflare), the widget in Chromium, and end to end against `wrangler dev`
// (what `npm start` runs) with a real browser on a third-party page.
// `npm test` builds dist/public first; the Worker serves it as static assets.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/source/**/*.test.ts', 'test/fhir/**/*.test.ts'],
          // Tests check answers, not time: a shared 2-core machine may pause any of them for seconds.
          testTimeout: 120_000,
          typecheck: { enabled: true, include: ['test/shared/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        // npm pack, install the tarballs outside the repo, use them: after `npm run build`, in Node.
        test: { name: 'packages', environment: 'node', include: ['test/packages/**/*.test.ts'] },
      },
      {
        // Each file starts its own `wrangler dev`; one at a time keeps a 2-core machine responsive.
        test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.test.ts'], fileParallelism: false },
      },
      {
        test: {
          name: 'widget',
          include: ['test/widget/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          // Fuzz runs per property: modest in `npm test`, large in `npm run fuzz`.
          // `npm run fuzz` also holds every request to 1 s; `npm test` does not time anything (a
          // shared CI machine's pauses are not the Worker's), it checks answers only.
          provide: {
            fuzzRuns: Number(process.env.LMS_FUZZ_RUNS ?? 300),
            fuzzTimed: process.env.LMS_FUZZ_RUNS !== undefined,
          },
          testTimeout: 600_000,
        },
      },
      {
        // The EHR Worker (wrangler.ehr.toml): CDS Hooks and FHIR, in workerd like the API.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.ehr.toml' } })],
        test: {
          name: 'ehr',
          include: ['test/ehr/**/*.test.ts'],
          provide: { fuzzRuns: Number(process.env.LMS_FUZZ_RUNS ?? 100) },
          testTimeout: 600_000,
        },
      },
    ],
  },
});
