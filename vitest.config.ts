import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/helpers/tally-reporter.ts"],
    // Builds dist/ once per run, so bundle tests run the code under test.
    globalSetup: ["test/helpers/build-once.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // @actions/workflow-parser imports its JSON schemas without an import attribute,
        // which Node refuses natively; inlining lets vite load them.
        inline: ["@actions/workflow-parser"],
      },
    },
  },
});
