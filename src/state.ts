/**
 * The small JSON document one action hands the next through a job output (`state`): what
 * was deployed, where the rollout stands, and what rollback must restore. It travels
 * through workflow logs and outputs, so it never holds a secret: only names, numbers,
 * versions and verdicts.
 */
import { z } from "zod";
import { ConfigurationError, describeValue, type Problem } from "./errors.js";
import type { Verdict } from "./judge/types.js";
import { type TargetRecord, targetRecordSchema } from "./targets/record.js";

/** Where the rollout is: moving through its stages, promoted, or rolled back. */
export type RolloutStatus = "rolling-out" | "promoted" | "rolled-back";

/** Where the rollout stands, as passed between actions and kept in the GitHub deployment's payload. */
export interface DeployState {
  /** Format version of this document. */
  readonly version: 1;
  readonly service: string;
  /** The stage the rollout reached. */
  readonly stage: string;
  /** Traffic weight (0-100) the new version holds at that stage. */
  readonly weight: number;
  /** The version being rolled out. */
  readonly targetVersion: string;
  readonly status: RolloutStatus;
  /** `sha256:…` of the playbook the rollout started with (`playbookDigest`). */
  readonly digest: string;
  /**
   * What the target looked like before the first move (image, replicas, weights): what
   * rollback restores. Its shape belongs to the target that recorded it.
   */
  readonly previous?: TargetRecord;
  /** ISO time the rollout started, and the time of the last step that changed this state. */
  readonly startedAt: string;
  readonly updatedAt: string;
  /** Verdict of each stage judged so far, by stage name. */
  readonly verdicts: Readonly<Record<string, Verdict>>;
  /** The GitHub deployment that records the rollout, when one was made. */
  readonly deployment?: { readonly id: number; readonly environment: string };
  /** The workflow run that started the rollout, for reports. */
  readonly run?: { readonly id: string; readonly url: string; readonly actor?: string };
}

const VERDICTS = ["go", "conditional", "no-go", "inconclusive"] as const satisfies readonly Verdict[];
const STATUSES = ["rolling-out", "promoted", "rolled-back"] as const satisfies readonly RolloutStatus[];
const time = z.iso.datetime({ offset: true, error: "expected an ISO 8601 time" });
/** A non-empty string; `error` says what it should hold, whatever is wrong with it. */
const text = (error: string) => z.string({ error }).min(1, { error });

const stateSchema = z.strictObject({
  version: z.literal(1, { error: "expected 1" }),
  service: text("expected the service's name"),
  stage: text("expected a stage name"),
  weight: z.number({ error: "expected a number from 0 to 100" }).min(0).max(100),
  targetVersion: text("expected the version being rolled out"),
  status: z.enum(STATUSES, { error: `expected one of ${STATUSES.join(", ")}` }),
  digest: z.string({ error: "expected sha256: and 64 hex digits" }).regex(/^sha256:[0-9a-f]{64}$/, { error: "expected sha256: and 64 hex digits" }),
  previous: targetRecordSchema.optional(),
  startedAt: time,
  updatedAt: time,
  verdicts: z.record(z.string(), z.enum(VERDICTS, { error: `expected one of ${VERDICTS.join(", ")}` }), { error: "expected a mapping of stage names to verdicts" }),
  deployment: z.strictObject({ id: z.number().int().positive(), environment: z.string().min(1) }).optional(),
  run: z.strictObject({ id: z.string().min(1), url: z.string().min(1), actor: z.string().optional() }).optional(),
});

/**
 * Parses the `state` input. Bad JSON or a wrong shape is a {@link ConfigurationError}
 * naming the input, since the usual cause is a wrong `${{ … }}` expression in the workflow.
 */
export function parseState(text: string, inputName: string): DeployState {
  const where = `input '${inputName}'`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError([
      {
        path: where,
        message: `found ${describeValue(text)}, which is not JSON (${reason}); expected the state output of a previous deploy-playbook step, like \${{ steps.canary.outputs.state }}`,
      },
    ]);
  }
  return stateFrom(data, where);
}

/**
 * Validates a state already parsed from JSON (a deployment's payload, say); `where` names
 * its source in problems.
 */
export function stateFrom(data: unknown, where: string): DeployState {
  const parsed = stateSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue): Problem => ({
      path: issue.path.length > 0 ? `${where}: ${issue.path.map(String).join(".")}` : where,
      message:
        issue.code === "unrecognized_keys"
          ? `unknown key(s) ${issue.keys.join(", ")}; expected the state output of a previous deploy-playbook step`
          : issue.path.length === 0
            ? `found ${describeValue(data)}; expected the state output of a previous deploy-playbook step (a JSON object)`
            : missingAt(data, issue.path)
              ? `missing; ${issue.message}`
              : `found ${describeValue(valueAt(data, issue.path))}; ${issue.message}`,
    }),
  );
  throw new ConfigurationError(problems);
}

/** The state as one line of JSON, stable key order, ready for a step output. */
export function serializeState(state: DeployState): string {
  const { version, service, stage, weight, targetVersion, status, digest, previous, startedAt, updatedAt, verdicts, deployment, run } = state;
  return JSON.stringify({ version, service, stage, weight, targetVersion, status, digest, previous, startedAt, updatedAt, verdicts, deployment, run });
}

/** Whether the key at the end of `path` is absent from its object (rather than present and wrong). */
function missingAt(data: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  return parent !== null && typeof parent === "object" && !Object.hasOwn(parent, path[path.length - 1]!);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
