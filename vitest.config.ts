import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { problems } from './rules/catalogue';
import { prefilterDefines } from './rules/prefilter-words';

export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest applies wxt.config.ts (build-time defines, aliases) and a fake `browser`.
        plugins: [WxtVitest(), preact()],
        define: prefilterDefines(problems),
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
