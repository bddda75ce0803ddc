/**
 * `deploy-playbook gate FILE --stage NAME`: the gate action's core from a terminal or any
 * CI. Credentials come from the environment (PROMETHEUS_TOKEN, or PROMETHEUS_USERNAME and
 * PROMETHEUS_PASSWORD), never from a flag, so they stay out of shell history and `ps`.
 * Progress goes to stdout as the soak runs; Ctrl-C ends the soak and still writes the
 * evidence (and the summary, when asked for).
 */
import { perform } from "../app/perform.js";
import { ConfigurationError, describeValue, type Problem } from "../errors.js";
import { DEFAULT_EVIDENCE } from "../report/evidence.js";
import { type ConnectionNames, connectionSecrets, prometheusInputsFrom, resolveConnection } from "../metrics/connection.js";
import { parseDuration } from "../playbook/quantity.js";
import { checkSlice, findStage } from "../playbook/stages.js";
import { type CliDeps, type Command, parseOptions, readPlaybook, resolvePath, UsageError } from "./command.js";
import { cliLogger } from "./deps.js";
import { exitCode, terminalPublisher } from "./publisher.js";

/** The CLI's names for the Prometheus settings, as errors name them. */
export const CLI_CONNECTION_NAMES: ConnectionNames = {
  url: "--prometheus-url",
  token: "PROMETHEUS_TOKEN",
  username: "PROMETHEUS_USERNAME",
  password: "PROMETHEUS_PASSWORD",
  headers: "prometheus.headers",
  ca: "--prometheus-ca",
};

export const gateCommand: Command = {
  name: "gate",
  summary: "hold a stage against its checks and decide go, conditional, no-go or inconclusive",
  usage: "FILE --stage NAME [--soak DURATION] [--prometheus-url URL] [--prometheus-ca FILE] [--evidence FILE] [--summary FILE] [--accept-conditional]",
  details: [
    "--soak holds the stage for that long instead of its own soak: one slice of a long watch.",
    "Credentials come from the environment: PROMETHEUS_TOKEN (bearer), or PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD (basic).",
    `The evidence JSON is written to --evidence (default ./${DEFAULT_EVIDENCE}), the Markdown summary to --summary when given.`,
    "Exit code 0 when the verdict is go (or conditional with --accept-conditional); 1 otherwise, and for a playbook mistake, --stage naming a stage the playbook does not have included; 2 when the command line cannot be understood. Ctrl-C ends the soak and writes the partial evidence.",
  ].join("\n"),
  run: (args, deps) => gateFromArgs(args, deps),
};

/** Parses the command line into a gate request, runs the gate and publishes it; resolves to the exit code. */
async function gateFromArgs(args: readonly string[], deps: CliDeps): Promise<number> {
  const { positionals, values } = parseOptions(
    args,
    {
      stage: { type: "string", short: "s" },
      soak: { type: "string" },
      "prometheus-url": { type: "string" },
      "prometheus-ca": { type: "string" },
      evidence: { type: "string" },
      summary: { type: "string" },
      "accept-conditional": { type: "boolean", default: false },
    },
    gateCommand,
  );
  if (positionals.length !== 1) throw new UsageError(`gate needs exactly one playbook file, got ${positionals.length}`, gateCommand);
  if (!values.stage) throw new UsageError("gate needs --stage NAME", gateCommand);
  const soak = values.soak === undefined ? undefined : parseDuration(values.soak);
  if (soak === undefined && values.soak !== undefined) {
    throw new UsageError(`--soak: found ${describeValue(values.soak)}; expected a duration like 45m, 2h or 1h30m`, gateCommand);
  }
  const playbook = await readPlaybook(positionals[0]!, deps);
  const stage = findStage(playbook, values.stage, "--stage", positionals[0]!);
  if (soak !== undefined) checkSlice(stage, soak, "--soak");
  const prometheus = prometheusFromEnv(deps.env, values["prometheus-url"], values["prometheus-ca"] && resolvePath(values["prometheus-ca"], deps));
  const connection = await resolveConnection(playbook, stage, prometheus, CLI_CONNECTION_NAMES, deps.files);
  const log = cliLogger(deps);
  const request = {
    playbook,
    stage,
    ...(soak !== undefined && { soak }),
    ...(connection && { connection }),
    secrets: connectionSecrets(prometheus),
    acceptConditional: values["accept-conditional"] === true,
    evidence: { path: resolvePath(values.evidence ?? DEFAULT_EVIDENCE, deps), upload: false },
    meta: {},
  };
  const publisher = terminalPublisher(deps, values.summary && resolvePath(values.summary, deps));
  const report = await perform("the gate", { log, signals: deps.signals, publisher }, async (signal) => {
    // The judge comes with the gate, not with every command.
    const { gate } = await import("../app/gate.js");
    return gate(request, { ...deps, log }, signal);
  });
  return exitCode(report, deps);
}

/** The connection from flags and the environment; an empty variable is absent. */
export function prometheusFromEnv(env: CliDeps["env"], url: string | undefined, caFile: string | undefined) {
  const get = (name: string) => env[name]?.trim() || undefined;
  const problems: Problem[] = [];
  const inputs = prometheusInputsFrom(
    { url: url?.trim() || undefined, token: get("PROMETHEUS_TOKEN"), username: get("PROMETHEUS_USERNAME"), password: get("PROMETHEUS_PASSWORD"), caFile: caFile || undefined },
    CLI_CONNECTION_NAMES,
    problems,
  );
  if (problems.length > 0) throw new ConfigurationError(problems);
  return inputs;
}
