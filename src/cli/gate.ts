/**
 * `deploy-playbook gate FILE --stage NAME`: the gate action's core from a terminal or any
 * CI. Credentials come from the environment (PROMETHEUS_TOKEN, or PROMETHEUS_USERNAME and
 * PROMETHEUS_PASSWORD), never from a flag, so they stay out of shell history and `ps`.
 * Progress goes to stdout as the soak runs; Ctrl-C ends the soak and still writes the
 * evidence (and the summary, when asked for).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { systemClock, type Clock } from "../clock.js";
import { ConfigurationError, describeValue } from "../errors.js";
import type { SettingNames } from "../gate/connection.js";
import { abortOnSignals, type SignalSource } from "../gate/interrupt.js";
import { type GateAppDeps, realGateDeps, runStageGate } from "../gate/run.js";
import { parseDuration } from "../playbook/quantity.js";
import type { PrometheusAuth, PrometheusInputs } from "../inputs/common.js";
import { DEFAULT_EVIDENCE } from "../inputs/gate.js";
import type { Logger } from "../log.js";
import { writeEvidence } from "../report/evidence.js";
import { type CliDeps, type Command, parseOptions, readPlaybook, UsageError } from "./command.js";

/** The CLI's names for the gate's settings, used in errors and hints. */
export const CLI_SETTING_NAMES: SettingNames = {
  url: "--prometheus-url",
  token: "PROMETHEUS_TOKEN",
  basicAuth: "PROMETHEUS_USERNAME/PROMETHEUS_PASSWORD",
  headers: "prometheus.headers",
  ca: "--prometheus-ca",
  acceptConditional: "--accept-conditional",
  soak: "--soak",
};

/** What the gate command may be given beyond {@link CliDeps}; the real process by default. */
export interface GateCliDeps extends CliDeps {
  readonly signals?: SignalSource;
  readonly clock?: Clock;
  /** The gate's world, made from the logger the command writes progress with. */
  readonly gate?: (log: Logger) => GateAppDeps;
}

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
  run: (args, deps) => runGateCommand(args, deps as GateCliDeps),
};

async function runGateCommand(args: readonly string[], deps: GateCliDeps): Promise<number> {
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
  const path = (file: string) => (isAbsolute(file) ? file : resolve(deps.cwd, file));
  const playbook = await readPlaybook(positionals[0]!, deps);
  const evidencePath = path(values.evidence ?? DEFAULT_EVIDENCE);
  const log = cliLogger(deps);
  const clock = deps.clock ?? systemClock;

  const controller = new AbortController();
  const stopListening = abortOnSignals(controller, log, deps.signals);
  try {
    const report = await runStageGate(
      {
        playbook,
        stage: values.stage,
        prometheus: prometheusFromEnv(deps.env, values["prometheus-url"], values["prometheus-ca"] && path(values["prometheus-ca"])),
        names: CLI_SETTING_NAMES,
        acceptConditional: values["accept-conditional"] === true,
        ...(soak !== undefined && { soak }),
        evidencePath,
        meta: {},
        signal: controller.signal,
      },
      deps.gate?.(log) ?? realGateDeps(clock, log),
    );
    await writeEvidence(evidencePath, report.evidence);
    deps.stdout.write(`evidence: ${evidencePath}\n`);
    if (values.summary) {
      const summaryPath = path(values.summary);
      await mkdir(dirname(summaryPath), { recursive: true });
      await writeFile(summaryPath, report.summary, "utf8");
      deps.stdout.write(`summary: ${summaryPath}\n`);
    }
    for (const a of report.annotations) deps.stderr.write(`${a.level}: ${a.title}: ${a.message}\n`);
    if (!report.accepted) {
      deps.stderr.write(`${report.failure}\n`);
      return 1;
    }
    deps.stdout.write(`Gate ${report.result.verdict} for stage ${report.result.stage}: accepted.\n`);
    return 0;
  } finally {
    stopListening();
  }
}

/** The connection from flags and the environment; an empty variable is absent. */
export function prometheusFromEnv(env: CliDeps["env"], url: string | undefined, caFile: string | undefined): PrometheusInputs {
  const get = (name: string) => env[name]?.trim() || undefined;
  const token = get("PROMETHEUS_TOKEN");
  const username = get("PROMETHEUS_USERNAME");
  const password = get("PROMETHEUS_PASSWORD");
  let auth: PrometheusAuth | undefined;
  if (token !== undefined && (username !== undefined || password !== undefined)) {
    throw new ConfigurationError([
      { path: "PROMETHEUS_TOKEN", message: "is set together with PROMETHEUS_USERNAME/PROMETHEUS_PASSWORD; expected one kind of authentication, unset the other" },
    ]);
  } else if (token !== undefined) {
    auth = { kind: "bearer", token };
  } else if (username !== undefined && password !== undefined) {
    auth = { kind: "basic", username, password };
  } else if (username !== undefined || password !== undefined) {
    const missing = username === undefined ? "PROMETHEUS_USERNAME" : "PROMETHEUS_PASSWORD";
    throw new ConfigurationError([{ path: missing, message: "is not set; basic authentication needs both PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD" }]);
  }
  return {
    ...(url?.trim() && { url: url.trim() }),
    ...(auth && { auth }),
    headers: {},
    ...(caFile && { caFile }),
  };
}

/** Progress on stdout, warnings and errors on stderr, as a terminal user expects. */
function cliLogger(deps: CliDeps): Logger {
  return {
    debug: (m) => {
      if (deps.env["DEPLOY_PLAYBOOK_DEBUG"]) deps.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => deps.stdout.write(`${m}\n`),
    warning: (m) => deps.stderr.write(`warning: ${m}\n`),
    error: (m) => deps.stderr.write(`error: ${m}\n`),
  };
}
