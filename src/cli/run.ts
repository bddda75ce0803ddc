/**
 * `deploy-playbook run FILE --version V`: the whole playbook from a terminal or any CI, as
 * the one-job action runs it: for each stage, move, gate, roll back on `rollback.on`, and
 * promote after the last. Deployment windows hold it back as they hold the actions back
 * (`--force` goes on, and says so). Nothing is recorded in GitHub: that is the actions' job.
 */
import { perform } from "../app/perform.js";
import { requireTarget } from "../app/target.js";
import { ConfigurationError } from "../errors.js";
import { connectionSecrets, resolveConnection } from "../metrics/connection.js";
import { targetProblems } from "../targets/make.js";
import { rolloutReading, selectStages } from "../playbook/stages.js";
import { type CliDeps, type Command, parseOptions, readPlaybookSource, resolvePath, UsageError } from "./command.js";
import { cliLogger } from "./deps.js";
import { CLI_CONNECTION_NAMES, prometheusFromEnv } from "./gate.js";
import { exitCode, terminalPublisher } from "./publisher.js";

export const runCommand: Command = {
  name: "run",
  summary: "roll a version out through every stage: move, gate, roll back on a failed gate, promote",
  usage: "FILE --version VERSION [--stages a,b] [--force] [--accept-conditional] [--prometheus-url URL] [--prometheus-ca FILE] [--evidence-dir DIR] [--summary FILE] [--dry-run]",
  details: [
    "Moves traffic through the playbook's target (your scripts, or Kubernetes through KUBECONFIG), with the same checks and records as the one-job action.",
    "A closed deployment window refuses the run unless --force. Credentials come from the environment, as for gate.",
    "Exit code 0 when every stage passed (and the last was promoted); 1 for a failed or rolled-back run or a playbook mistake; 2 when the command line cannot be understood.",
  ].join("\n"),
  run: (args, deps) => runFromArgs(args, deps),
};

async function runFromArgs(args: readonly string[], deps: CliDeps): Promise<number> {
  const { positionals, values } = parseOptions(
    args,
    {
      version: { type: "string" },
      stages: { type: "string" },
      force: { type: "boolean", default: false },
      "accept-conditional": { type: "boolean", default: false },
      "prometheus-url": { type: "string" },
      "prometheus-ca": { type: "string" },
      "evidence-dir": { type: "string" },
      summary: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
    runCommand,
  );
  if (positionals.length !== 1) throw new UsageError(`run needs exactly one playbook file, got ${positionals.length}`, runCommand);
  if (!values.version?.trim()) throw new UsageError("run needs --version VERSION", runCommand);
  const file = positionals[0]!;
  const { playbook, locate } = await readPlaybookSource(file, deps);
  const names = values.stages?.split(",").map((s) => s.trim()).filter(Boolean);
  const stages = selectStages(playbook, names, "--stages");
  const target = requireTarget(playbook, file, "run");
  // A missing or non-executable script is a playbook mistake, found before anything moves.
  const problems = targetProblems(target, file, deps.cwd, locate());
  if (problems.length > 0) throw new ConfigurationError(problems);
  const prometheus = prometheusFromEnv(deps.env, values["prometheus-url"], values["prometheus-ca"] && resolvePath(values["prometheus-ca"], deps));
  const reading = rolloutReading(playbook, stages);
  const dryRun = values["dry-run"] === true;
  const connection = dryRun ? undefined : await resolveConnection(playbook, reading, prometheus, CLI_CONNECTION_NAMES, deps.files);
  const log = cliLogger(deps);
  const request = {
    playbook,
    file,
    stages,
    version: values.version.trim(),
    force: values.force === true,
    dryRun,
    acceptConditional: values["accept-conditional"] === true,
    ...(connection && { connection }),
    secrets: connectionSecrets(prometheus),
    evidence: { dir: resolvePath(values["evidence-dir"] ?? ".", deps), upload: false },
    meta: {},
    openIssue: false,
  };
  const publisher = terminalPublisher(deps, values.summary && resolvePath(values.summary, deps));
  const report = await perform("the rollout", { log, signals: deps.signals, publisher }, async (signal) => {
    // The rollout's flow and the judge come with this command, not with every command.
    const { rollout } = await import("../app/rollout.js");
    return rollout(request, { clock: deps.clock, log, connect: deps.connect, prober: deps.prober, target: deps.target(target, log, signal) }, signal);
  });
  if (report.outputs["report"]) deps.stdout.write(`\n${report.outputs["report"]}\n`);
  return exitCode(report, deps);
}
