/**
 * `deploy-playbook`: the same core as the actions, outside GitHub. `run` is importable and
 * takes its world in `deps`; `index.ts` calls it with the real process.
 */
import packageJson from "../../package.json" with { type: "json" };
import { ConfigurationError, describeUnexpected, describeValue, Refusal } from "../errors.js";
import { TargetError } from "../targets/types.js";
import { UsageError, reportProblems, type CliDeps, type Command } from "./command.js";
import { commands } from "./commands.js";

export type { CliDeps } from "./command.js";

const NAME = "deploy-playbook";

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], deps: CliDeps, registry: readonly Command[] = commands): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V") {
    deps.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    deps.stdout.write(usage(registry));
    return 0;
  }
  const command = registry.find((c) => c.name === first);
  try {
    if (first === undefined) throw new UsageError("no command given");
    if (!command) throw new UsageError(first.startsWith("-") ? `unknown option ${describeValue(first)}` : `unknown command ${describeValue(first)}`);
    if (rest.includes("--help") || rest.includes("-h")) {
      deps.stdout.write(commandUsage(command));
      return 0;
    }
    return await command.run(rest, deps);
  } catch (error) {
    if (error instanceof UsageError) {
      deps.stderr.write(`${NAME}: ${error.message}\n\n${error.command ? commandUsage(error.command) : usage(registry)}`);
      return 2;
    }
    if (error instanceof Refusal || error instanceof TargetError) {
      deps.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof ConfigurationError) {
      reportProblems(error.problems, deps);
      return 1;
    }
    deps.stderr.write(`${describeUnexpected(error)}\n`);
    return 1;
  }
}

function usage(registry: readonly Command[]): string {
  const width = Math.max(...registry.map((c) => c.name.length));
  return [
    `Usage: ${NAME} <command> [options]`,
    "",
    "Commands:",
    ...registry.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    `Run '${NAME} <command> --help' for a command's options; --version prints the version.`,
    "",
  ].join("\n");
}

function commandUsage(c: Command): string {
  return [`Usage: ${NAME} ${c.name}${c.usage ? ` ${c.usage}` : ""}`, "", `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`, ...(c.details ? [c.details] : []), ""].join("\n");
}
