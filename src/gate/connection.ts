/**
 * The Prometheus connection of a gate: the playbook's `prometheus` section with the
 * caller's URL, credentials, secret headers and CA bundle on top. Where each piece came
 * from is named in every error, in the caller's words (action inputs or CLI flags).
 */
import { ConfigurationError } from "../errors.js";
import type { PrometheusInputs } from "../inputs/common.js";
import type { PrometheusClientOptions } from "../metrics/prometheus-options.js";
import { readFailure } from "../playbook/load.js";
import type { Playbook, Stage } from "../playbook/types.js";

/** How the caller names each setting, for error messages: `input 'prometheus-url'` or `--prometheus-url`. */
export interface SettingNames {
  readonly url: string;
  readonly token: string;
  readonly basicAuth: string;
  readonly headers: string;
  readonly ca: string;
  /** How to accept a conditional verdict: `accept-conditional: true`. */
  readonly acceptConditional: string;
  /** Where a soak slice is set. */
  readonly soak: string;
}

/** The gate action's input names. */
export const ACTION_SETTING_NAMES: SettingNames = {
  url: "input 'prometheus-url'",
  token: "input 'prometheus-token'",
  basicAuth: "input 'prometheus-username'/'prometheus-password'",
  headers: "input 'prometheus-headers'",
  ca: "input 'prometheus-ca'",
  acceptConditional: "accept-conditional: true",
  soak: "input 'soak'",
};

/** Reads a file by absolute path; injected so tests need no file system. */
export type ReadText = (path: string) => Promise<string>;

/** True when a check of the stage (held or waited for) reads Prometheus. */
export function needsPrometheus(playbook: Playbook, stage: Stage): boolean {
  return [...stage.checks, ...stage.waitFor].some((name) => {
    const kind = playbook.checks[name]?.kind;
    return kind === "metric" || kind === "alerts";
  });
}

/**
 * The client options for a stage, or undefined when no check of the stage reads
 * Prometheus and no URL was given. Throws a {@link ConfigurationError} when a check needs
 * Prometheus and no URL is known, or the CA file cannot be read.
 */
export async function prometheusOptions(
  playbook: Playbook,
  stage: Stage,
  inputs: PrometheusInputs,
  names: SettingNames,
  readText: ReadText,
): Promise<PrometheusClientOptions | undefined> {
  const url = inputs.url ?? playbook.prometheus?.url;
  if (url === undefined) {
    if (!needsPrometheus(playbook, stage)) return undefined;
    throw new ConfigurationError([
      {
        path: names.url,
        message: `is not given and the playbook has no prometheus.url, but stage ${stage.name} holds checks that query Prometheus; expected the base URL of the Prometheus HTTP API in ${names.url.replace(/^input /, "")} or prometheus.url`,
      },
    ]);
  }
  let ca: string | undefined;
  if (inputs.caFile !== undefined) {
    try {
      ca = await readText(inputs.caFile);
    } catch (error) {
      throw new ConfigurationError([{ path: names.ca, message: `${inputs.caFile}: ${readFailure(error).replace(/; expected a playbook.*$/, "")}; expected a PEM bundle of CA certificates` }]);
    }
  }
  const auth = inputs.auth;
  return {
    url,
    // The playbook's headers are not secret (X-Scope-OrgID); the input's may be, and win.
    headers: { ...playbook.prometheus?.headers, ...inputs.headers },
    ...(auth?.kind === "bearer" && { bearerToken: auth.token }),
    ...(auth?.kind === "basic" && { basicAuth: { username: auth.username, password: auth.password } }),
    ...(ca !== undefined && { ca }),
    ...(playbook.prometheus && { timeoutSeconds: playbook.prometheus.timeout }),
    sources: {
      url: inputs.url !== undefined ? names.url : "prometheus.url",
      headers: Object.keys(inputs.headers).length > 0 ? `prometheus.headers / ${names.headers}` : "prometheus.headers",
      bearerToken: names.token,
      basicAuth: names.basicAuth,
      ca: names.ca,
    },
  };
}

/**
 * Every secret value of the connection, so text we write (summary, evidence, outputs) can
 * be checked against them. Short header fragments are left out: blanking a 3-letter word
 * everywhere would mangle the report and protects nothing.
 */
export function connectionSecrets(inputs: PrometheusInputs): string[] {
  const secrets: string[] = [];
  if (inputs.auth?.kind === "bearer") secrets.push(inputs.auth.token);
  if (inputs.auth?.kind === "basic") {
    secrets.push(inputs.auth.password, Buffer.from(`${inputs.auth.username}:${inputs.auth.password}`).toString("base64"));
  }
  secrets.push(...Object.values(inputs.headers));
  return [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length >= 4))];
}
