import { defineConfig } from "vitest/config";

/**
 * Two projects. `unit` tests content logic on fixture entries and never waits for a site build
 * (`npm run test:unit`). `site` builds the fixture site once (global setup) and tests the built output
 * and, in Chromium, the pages a reader sees; `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // Unit tests share no state between files (they pass with files shuffled), so one worker runs many: 19 s to 7-10 s.
          isolate: false,
          include: ["tests/unit/**/*.test.ts"],
          // Social cards and the CLI tests start worker threads and child processes: slow on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/build/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // Builds share Astro's .astro/ folder, so test files run one at a time; the fixture build is shared.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
