import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'platform/**/*.test.ts', 'components/**/*.test.ts?(x)', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts'],
          // Building the conversion tables from OpenCC's sources takes 3 s alone (measured) and took over 10 s beside
          // builds on 2 busy cores: a setup that hangs still fails.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A browser on a busy machine may take seconds where it takes milliseconds alone: a poll that waits for
          // something that never happens still fails, only later.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
