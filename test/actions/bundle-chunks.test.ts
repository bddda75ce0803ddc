import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Code that a run may not need, each found by a string only that package's code holds. */
const LAZY = {
  "the PromQL grammar": 'nodeNames: "⚠',
  "node-fetch": "'User-Agent', 'node-fetch'",
  "the artifact client": "class DefaultArtifactClient",
  // The HTTP client under Octokit (and under @actions/core's OIDC client, which no step loads).
  undici: "UND_ERR_CONNECT_TIMEOUT",
} as const;
const YAML_PARSER = "class YAMLParseError";

const bundle = (name: string) => {
  const dir = join("dist", name);
  const chunks = readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f)).map((f) => readFileSync(join(dir, f), "utf8"));
  return { main: readFileSync(join(dir, "index.js"), "utf8"), chunks };
};

describe("bundles load what a run may not need only when it needs it", () => {
  it.each(["canary", "gate", "rollback", "signoff", "playbook", "cli"])("dist/%s keeps the grammar, node-fetch, the artifact client and undici out of its main file", (name) => {
    const { main, chunks } = bundle(name);
    for (const [what, marker] of Object.entries(LAZY)) expect(main.includes(marker), what).toBe(false);
    // The grammar is still there, in a chunk, for the first playbook parsed.
    expect(chunks.some((c) => c.includes(LAZY["the PromQL grammar"]))).toBe(true);
  });

  it.each(["canary", "gate", "rollback", "signoff", "playbook", "cli"])("dist/%s loads the YAML parser only after its inputs (or command line) are read", (name) => {
    const { main, chunks } = bundle(name);
    expect(main).not.toContain(YAML_PARSER);
    expect(chunks.some((c) => c.includes(YAML_PARSER))).toBe(true);
  });
});
