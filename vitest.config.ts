import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { LOCAL_ONLY } from './scripts/local-only-env.ts';

Object.assign(process.env, LOCAL_ONLY);

import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.ts';

// One `vitest run` runs every suite, each where its code runs in production:
// the core in Node, the Worker in workerd (Miniflare), the widget in Chromium.
// `npm test` builds dist/public first; the Worker serves it as static assets.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/node/**/*.test.ts'],
          typecheck: { enabled: true, include: ['test/shared/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
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
          provide: { fuzzRuns: Number(process.env.LMS_FUZZ_RUNS ?? 300) },
          testTimeout: 600_000,
        },
      },
    ],
  },
});
