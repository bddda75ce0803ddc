/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: the loader's property test for longer and
 * with a fresh seed each time (npm test runs a fixed seed). Prints how many cases it tried
 * and the seed, so a failure can be replayed with --seed; exits 1 on a failure.
 */
import { parseArgs } from "node:util";
import { loadPromqlGrammar } from "../src/playbook/load.js";
import { fuzzLoader } from "../tools/fuzz-playbook.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20000" }, seed: { type: "string" } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error(`npm run fuzz: expected --runs and --seed as whole numbers, found runs ${values.runs}, seed ${values.seed}`);
  process.exit(2);
}

await loadPromqlGrammar();
console.log(`fuzzing the playbook loader: ${runs} cases, seed ${seed}`);
const start = performance.now();
const report = fuzzLoader(runs, seed);
const seconds = ((performance.now() - start) / 1000).toFixed(1);
if (report.failed) {
  console.log(`FAILED after ${report.numRuns} cases (${seconds} s), seed ${seed}, path ${report.counterexamplePath}`);
  console.log(`  ${String(report.errorInstance)}`);
  console.log(`  input: ${JSON.stringify(report.counterexample?.[0])}`);
  console.log(`replay: npm run fuzz -- --seed ${seed} --runs ${runs}`);
  process.exit(1);
}
console.log(`tried ${report.numRuns} cases in ${seconds} s, seed ${seed}: the property held (only located ConfigurationErrors, each problem once)`);
