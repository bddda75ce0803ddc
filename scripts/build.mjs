// Builds one self-contained bundle per entry point with @vercel/ncc: dist/<name>/index.js.
// The output is deterministic (no cache, no source maps, no minification, no license
// file), so CI can rebuild and fail on any difference with what is committed.
//
// Usage: node scripts/build.mjs [name...]   (default: every entry)
import { chmod, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ncc from "@vercel/ncc";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundle name → entry file. The CLI is optional until its entry exists. */
const ENTRIES = {
  canary: "src/actions/canary/index.ts",
  gate: "src/actions/gate/index.ts",
  rollback: "src/actions/rollback/index.ts",
  signoff: "src/actions/signoff/index.ts",
  playbook: "src/actions/playbook/index.ts",
  cli: "src/cli/index.ts",
  // Loaded at run time by the bundles that move traffic, from beside them (src/targets/make.ts).
  kubernetes: "src/targets/kubernetes/index.ts",
};
const OPTIONAL = new Set(["cli"]);

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in ENTRIES)) fail(`unknown bundle ${JSON.stringify(name)}; expected one of ${Object.keys(ENTRIES).join(", ")}`);
}

const jobs = [];
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const file = join(root, entry);
  if (!(await exists(file))) {
    if (OPTIONAL.has(name)) {
      console.log(`skip  dist/${name}: ${entry} does not exist`);
      continue;
    }
    fail(`${entry} does not exist`);
  }
  jobs.push(() => build(name, file));
}
// Two at a time: bundling is CPU-bound and CI machines have two cores.
const running = new Set();
for (const job of jobs) {
  const p = job().finally(() => running.delete(p));
  running.add(p);
  if (running.size >= 2) await Promise.race(running);
}
await Promise.all(running);

async function build(name, file) {
  const out = join(root, "dist", name);
  const { code, assets } = await ncc(file, {
    cache: false,
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    // No licenses file: its order and content churn with every dependency bump.
    license: "",
    quiet: true,
    // tsc --noEmit checks types; the bundler only strips them.
    transpileOnly: true,
  });
  const files = { "index.js": { source: normalize(name, code), mode: name === "cli" ? 0o755 : 0o644 } };
  for (const [asset, { source, permissions }] of Object.entries(assets)) {
    files[asset] = { source, mode: permissions && permissions & 0o111 ? 0o755 : 0o644 };
  }
  // ncc emits {"type":"module"} beside an ES module bundle; make sure Node reads it as one
  // wherever dist/ is copied.
  files["package.json"] ??= { source: '{\n  "type": "module"\n}\n', mode: 0o644 };
  await writeAtomically(out, files);
  console.log(`built dist/${name} (${Object.keys(files).sort().join(", ")})`);
}

/**
 * Replaces the directory's files one atomic rename at a time, so a test or an action
 * reading dist/ while another build runs never sees a half-written bundle; files the new
 * build no longer has are removed.
 */
async function writeAtomically(dir, files) {
  await mkdir(dir, { recursive: true });
  for (const [name, { source, mode }] of Object.entries(files)) {
    const target = join(dir, name);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, source, { mode });
    await chmod(temp, mode);
    await rename(temp, target);
  }
  const keep = new Set(Object.keys(files).map((f) => join(dir, f)));
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !keep.has(path) && !path.endsWith(".tmp")) await rm(path, { force: true });
  }
}

/** The CLI keeps its shebang on the first line; no other bundle has one. */
function normalize(name, code) {
  let text = code.replace(/\r\n/g, "\n");
  if (name === "cli") {
    text = text.replace(/^#![^\n]*\n/, "");
    text = `#!/usr/bin/env node\n${text}`;
  }
  return text.endsWith("\n") ? text : `${text}\n`;
}

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}
