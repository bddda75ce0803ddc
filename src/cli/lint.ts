/** `deploy-playbook lint FILE…`: every problem of every file, exit 1 when there is one. */
import { ConfigurationError, type Problem, problemCount } from "../errors.js";
import { parseOptions, readPlaybook, reportProblems, UsageError, type Command } from "./command.js";

export const lintCommand: Command = {
  name: "lint",
  summary: "check playbooks and report every problem with its line and column",
  usage: "FILE...",
  details: "Exit code 0 when every file is clean, 1 when any has a problem. Inside GitHub Actions the problems are also error annotations.",
  async run(args, deps) {
    const { positionals } = parseOptions(args, {}, lintCommand);
    if (positionals.length === 0) throw new UsageError("lint needs at least one playbook file", lintCommand);
    const problems: Problem[] = [];
    let broken = 0;
    for (const file of positionals) {
      try {
        const pb = await readPlaybook(file, deps);
        deps.stdout.write(`${file}: ok (${count(pb.stages.length, "stage")}, ${count(Object.keys(pb.checks).length, "check")})\n`);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        problems.push(...error.problems);
        broken++;
      }
    }
    if (problems.length === 0) return 0;
    reportProblems(problems, deps);
    deps.stderr.write(`${count(problemCount(problems), "problem")} in ${broken} of ${count(positionals.length, "file")}\n`);
    return 1;
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
