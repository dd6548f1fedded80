import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once so CLI tests can spawn the real binary (bin/extract.js → dist/cli/main.js).
    globalSetup: ["tests/setup/build.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
