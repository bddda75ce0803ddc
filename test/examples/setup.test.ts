import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import config from "../../vitest.config.js";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines?: { node?: string }; devDependencies: Record<string, string> };
const readme = readFileSync("README.md", "utf8");
const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("## Use it in a workflow"));

describe("set-up tells the truth", () => {
  it("package.json says which Node installs the project, and the quick start says which runs what", () => {
    const floor = pkg.engines?.node;
    expect(floor).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(quickStart).toContain(`\`npm ci\` needs Node ${floor!.slice(2).replace(/\.0$/, "")} or later (\`engines\` in package.json)`);
    // npm run scripts use the node devDependency: the same major as the actions' runtime.
    const major = /\d+/.exec(pkg.devDependencies["node"] ?? "")?.[0];
    expect(readFileSync("actions/gate/action.yml", "utf8")).toContain(`using: node${major}`);
    expect(quickStart).toContain(`every \`npm run\` script (test, demo, bench, fuzz) runs on Node ${major}`);
  });

  it("loads @actions/workflow-parser without its source maps, whose sources it does not ship", async () => {
    const plugin = (config.plugins ?? []).flat().find((p) => p && typeof p === "object" && "name" in p && p.name === "workflow-parser-without-source-maps") as
      | { load: (id: string) => { code: string; map: null } | null }
      | undefined;
    expect(plugin).toBeDefined();
    const file = resolve("node_modules/@actions/workflow-parser/dist/index.js");
    expect(readFileSync(file, "utf8")).toContain("//# sourceMappingURL=");
    const loaded = plugin!.load(file);
    expect(loaded?.code).not.toContain("//# sourceMappingURL=");
    expect(plugin!.load(resolve("node_modules/yaml/dist/index.js"))).toBeNull();
  });
});
