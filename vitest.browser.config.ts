import { defineConfig } from 'vitest/config';

// Browser tests drive the built console against a real server in Chromium; they are slower than unit
// tests and run on their own: `npx vitest run --config vitest.browser.config.ts`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    // Starting the server (and building the console when stale) happens in hooks.
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
