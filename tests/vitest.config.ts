import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Kept under tests/ so that the project's top level stays as designed; `npm test` points at it.
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once so CLI tests can spawn the real binary (bin/extract.js → dist/cli/main.js).
    globalSetup: ["tests/setup/build.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
