import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * @actions/workflow-parser ships source maps whose sources are not in the package; once
 * inlined (below), vite warns about each of its 67 files on every run. Loading its files
 * without the sourceMappingURL comment keeps the output to what the tests say.
 */
const workflowParserWithoutMaps: Plugin = {
  name: "workflow-parser-without-source-maps",
  enforce: "pre",
  load(id) {
    if (!/[\\/]node_modules[\\/]@actions[\\/]workflow-parser[\\/].*\.js$/.test(id)) return null;
    return { code: readFileSync(id, "utf8").replace(/^\/\/# sourceMappingURL=.*$/m, ""), map: null };
  },
};

export default defineConfig({
  plugins: [workflowParserWithoutMaps],
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/helpers/tally-reporter.ts"],
    // Builds dist/ once per run, so bundle tests run the code under test.
    globalSetup: ["test/helpers/build-once.ts"],
    setupFiles: ["test/helpers/promql-grammar.ts"],
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
