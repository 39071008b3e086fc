import { defineConfig } from 'vitest/config';

// One `vitest run` runs every suite; each project runs where its code runs in production.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/shared/**/*.test.ts'],
          typecheck: { enabled: true, include: ['test/shared/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
