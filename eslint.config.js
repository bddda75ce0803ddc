// Guards of the layering (see ARCHITECTURE.md): no import cycles, and the domain never
// imports the action shells, the input tables or @actions/*.
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const DOMAIN = ["src/app", "src/judge", "src/metrics", "src/playbook", "src/report", "src/targets", "src/github", "src/signoff"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  {
    files: ["src/**/*.ts"],
    extends: [tseslint.configs.base, importX.flatConfigs.typescript],
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Imports run only downward: playbook < metrics < judge < report < app < cli, actions.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "src/playbook", from: ["src/metrics", "src/judge", "src/report", "src/app", "src/targets", "src/github", "src/signoff"], message: "playbook/ is the bottom layer of the domain." },
            { target: "src/metrics", from: ["src/judge", "src/report", "src/app", "src/targets", "src/github", "src/signoff"], message: "metrics/ reads Prometheus and probes; it knows no judge, report or use case." },
            { target: "src/judge", from: ["src/report", "src/app", "src/targets", "src/github", "src/signoff"], message: "judge/ decides from measurements; it knows no report or use case." },
            { target: "src/report", from: ["src/app", "src/targets", "src/github"], message: "report/ renders results; it runs nothing." },
            { target: ["src/targets", "src/github"], from: ["src/app", "src/report", "src/judge", "src/signoff"], message: "Ports and their adapters know no use case." },
            { target: "src/signoff", from: ["src/app"], message: "signoff/ decides from approvals; it knows no use case." },
            { target: "src/cli", from: ["src/actions", "src/inputs"], message: "The CLI is an edge of its own: it shares the use cases, not the action shells." },
            { target: "src/inputs", from: ["src/actions", "src/app", "src/cli"], message: "The input tables only parse." },
          ],
        },
      ],
    },
  },
  {
    files: DOMAIN.flatMap((d) => [`${d}/**/*.ts`, `${d}/*.ts`]),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/actions/**", "**/actions"], message: "The domain never imports the action shells." },
            { group: ["**/inputs/**", "**/inputs"], message: "The domain never imports the action input tables." },
            { group: ["**/cli/**", "**/cli"], message: "The domain never imports the CLI." },
            { group: ["@actions/*"], message: "Only the action shells (and src/github/client.ts) talk to @actions/*." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/github/client.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
