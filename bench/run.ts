/**
 * `npm run bench`: the suite's cost figures, printed, never asserted.
 *
 *   1. a gate round of 50 checks (100 queries) against a local Prometheus, beside the same
 *      queries sent concurrently by a bare HTTP client;
 *   2. each action bundle's start-up beside bare `node`;
 *   3. the judge's CPU cost per round, on an in-memory source;
 *   4. the sequential check against other gate methods, on simulated soaks.
 *   5. the playbook loader's time per MB as a playbook grows (flat means linear).
 *
 * Every process it starts is stopped before it exits, Ctrl-C included.
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { benchGateRound } from "./gate-round.js";
import { loadPromqlGrammar } from "../src/playbook/load.js";
import { benchJudgeCpu } from "./judge-cpu.js";
import { benchLint } from "./lint.js";
import { benchSequential } from "./sequential.js";
import { benchStartup, builtBundles, BUNDLES, ROOT } from "./startup.js";
import { bytes, ms, ratio, summaryRow, table } from "./stats.js";

const GATE = { warmup: 5, runs: 30 };
const STARTUP_RUNS = 10;
const CPU_RUNS = 30;
const LINT_SIZES = [100, 1000, 5000, 23000];
const LINT_RUNS = 3;
/** The start-up every bundle should stay within, as a multiple of bare node. */
const STARTUP_TARGET = 3;

let stopPrometheus: (() => Promise<void>) | undefined;
process.once("SIGINT", () => {
  console.log("\ninterrupted: stopping Prometheus");
  void (stopPrometheus?.() ?? Promise.resolve()).finally(() => process.exit(130));
});

console.log(`deploy-playbook benchmark: Node ${process.version}, ${cpus().length} CPU(s), ${cpus()[0]?.model ?? "unknown CPU"}`);
// Other work on the machine widens every spread below; say how busy it was.
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);

await loadPromqlGrammar();

// 1. Gate round.
const gate = await benchGateRound({ ...GATE, onStop: (stop) => (stopPrometheus = stop) });
stopPrometheus = undefined;
console.log(`Gate round: ${gate.checks} metric checks, threshold + baseline each = ${gate.queries} concurrent instant queries`);
console.log(`  Prometheus 2.x on 127.0.0.1, ${gate.series} backfilled series, ready in ${gate.prometheusStartupMs} ms`);
console.log(`  outcomes of a round: ${Object.entries(gate.outcomes).map(([o, n]) => `${n} ${o}`).join(", ")}`);
console.log(`  ${GATE.warmup} warm-up rounds each, then ${GATE.runs} rounds each, alternating\n`);
console.log(
  table(["", "runs", "min", "median", "p90"], [
    summaryRow("judge round (evaluateCheck x50)", gate.judge),
    summaryRow("bare fetch (100 POSTs)", gate.bare),
  ]),
);
const perQueryJudge = gate.judge.median / gate.queries;
const perQueryBare = gate.bare.median / gate.queries;
console.log(`\n  ratio of medians (judge / bare): ${ratio(gate.judge.median, gate.bare.median)}`);
console.log(`  per query (median round / ${gate.queries}): judge ${ms(perQueryJudge)}, bare ${ms(perQueryBare)}, overhead ${ms(perQueryJudge - perQueryBare)}\n`);

// 2. Start-up.
if (builtBundles().length < BUNDLES.length) {
  console.log("dist/ is incomplete: building the bundles first (node scripts/build.mjs)");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
}
const startup = await benchStartup(STARTUP_RUNS);
console.log(`Start-up: each bundle with no inputs (fails fast after loading) vs bare node, Node ${startup.node}, ${STARTUP_RUNS} runs each\n`);
console.log(
  table(
    ["", "bundle size", "exit", "min", "median", "p90", "vs node"],
    [
      ["node -e 0", "", "0", ms(startup.bare.min), ms(startup.bare.median), ms(startup.bare.p90), "1.00x"],
      ...startup.bundles.map((b) => [
        `dist/${b.name}`,
        bytes(b.bytes),
        String(b.exitCode),
        ms(b.time.min),
        ms(b.time.median),
        ms(b.time.p90),
        ratio(b.time.median, startup.bare.median),
      ]),
    ],
  ),
);

const over = startup.bundles.filter((b) => b.time.median > STARTUP_TARGET * startup.bare.median);
console.log(`\n  target: every bundle within ${STARTUP_TARGET}x bare node: ${over.length === 0 ? "met" : `not met by ${over.map((b) => `${b.name} (${ratio(b.time.median, startup.bare.median)})`).join(", ")}`}`);

// 3. Judge CPU.
const cpu = await benchJudgeCpu(CPU_RUNS);
console.log(`\nJudge CPU: a round of ${cpu.checks} checks against an in-memory source (no network), ${CPU_RUNS} samples\n`);
console.log(table(["", "runs", "min", "median", "p90"], [summaryRow("judge round, CPU only", cpu.perRound)]));
console.log(`\n  per check: ${ms(cpu.perRound.median / cpu.checks)}`);

// 4. Lint time per MB.
const lint = benchLint(LINT_SIZES, LINT_RUNS);
console.log(`\nLint: generated playbooks of metric checks, parsed with the size limits lifted, ${LINT_RUNS} runs each after a warm-up\n`);
console.log(
  table(
    ["checks", "size", "median", "per MB"],
    lint.map((f) => [String(f.checks), `${f.megabytes.toFixed(2)} MB`, ms(f.time.median), ms(f.msPerMB)]),
  ),
);

// 5. Sequential check.
console.log("\nSequential check: simulated soaks, every method on the same data (bench/sequential.ts)");
benchSequential();
