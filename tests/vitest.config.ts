import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Kept under tests/ so that the project's top level stays as designed; `npm test` points at it.
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once so CLI tests can spawn the real binary (bin/extract.js → dist/cli/main.js).
    globalSetup: ["tests/setup/build.ts"],
    // The English rules, which the pipeline loads with require() from dist/ in production.
    setupFiles: ["tests/setup/english.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
