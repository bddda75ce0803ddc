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
