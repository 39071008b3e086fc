import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { LOCAL_ONLY } from './scripts/local-only-env.ts';

Object.assign(process.env, LOCAL_ONLY);

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
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
        },
      },
    ],
  },
});
