import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Build and browser tests share one fixture build; the browser starts once per file.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
