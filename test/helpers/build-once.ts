/**
 * vitest globalSetup: builds every bundle once per test run, so tests that run `dist/`
 * exercise the code under test rather than a stale build. Set DIST_PREBUILT=1 to test the
 * bundles as they are (CI does, right after checking that `dist/` is up to date).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export default function setup(): void {
  if (process.env["DIST_PREBUILT"] === "1") return;
  const root = resolve(import.meta.dirname, "../..");
  // Node 24, like the bundles' runtime: the one running vitest under npm, or the project's.
  const local = join(root, "node_modules", "node", "bin", "node");
  const node = process.versions.node.startsWith("24.") || !existsSync(local) ? process.execPath : local;
  execFileSync(node, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}
