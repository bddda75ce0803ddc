/**
 * The Prometheus connection, validated once at the edge: the caller's URL, credentials,
 * secret headers and CA bundle (action inputs or the CLI's flags and environment) on top of
 * the playbook's `prometheus` section. Every problem names the setting in the caller's
 * words ({@link ConnectionNames}); what comes out is ready to connect with, so nothing
 * below the edge validates or words a setting again.
 */
import { ConfigurationError, type Problem } from "../errors.js";
import { FileTooLarge, type Files, readFailure } from "../files.js";
import { readsPrometheus } from "../playbook/stages.js";
import type { Playbook, Stage } from "../playbook/types.js";
import { type ClientSettings, resolveClientOptions } from "./prometheus-options.js";

/** A CA bundle larger than this is not one (the whole public web's roots take about 220 KB). */
const MAX_CA_BYTES = 10_000_000;

/** How to authenticate to Prometheus. */
export type PrometheusAuth =
  | { readonly kind: "bearer"; readonly token: string }
  | { readonly kind: "basic"; readonly username: string; readonly password: string };

/** The caller's connection settings; the playbook supplies what is absent. */
export interface PrometheusInputs {
  /** Overrides the playbook's `prometheus.url`. */
  readonly url?: string;
  readonly auth?: PrometheusAuth;
  /** Secret headers, added to the playbook's `prometheus.headers`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Absolute path of a PEM CA bundle. */
  readonly caFile?: string;
}

/** The raw settings as the caller read them; empty means absent. */
export interface RawPrometheusSettings {
  readonly url?: string | undefined;
  readonly token?: string | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly caFile?: string | undefined;
}

/** How the caller names each setting in errors: `input 'prometheus-token'` or `PROMETHEUS_TOKEN`. */
export interface ConnectionNames {
  readonly url: string;
  readonly token: string;
  readonly username: string;
  readonly password: string;
  readonly headers: string;
  readonly ca: string;
}

/**
 * The one validator of Prometheus credentials, for the action inputs and the CLI alike:
 * one kind of authentication, and both halves of basic auth. Adds a problem for each
 * contradiction. (An Authorization header beside them is refused once the playbook's
 * headers are merged in, by the client's options.)
 */
export function prometheusInputsFrom(raw: RawPrometheusSettings, names: ConnectionNames, problems: Problem[]): PrometheusInputs {
  const { token, username, password } = raw;
  let auth: PrometheusAuth | undefined;
  if (token !== undefined && (username !== undefined || password !== undefined)) {
    problems.push({ path: names.token, message: `is given together with ${names.username}/${names.password}; expected one kind of authentication, a bearer token or basic auth` });
  } else if (token !== undefined) {
    auth = { kind: "bearer", token };
  } else if (username !== undefined && password !== undefined) {
    auth = { kind: "basic", username, password };
  } else if (username !== undefined || password !== undefined) {
    const missing = username === undefined ? names.username : names.password;
    problems.push({ path: missing, message: `is missing; basic authentication needs both ${names.username} and ${names.password}` });
  }
  const headers = raw.headers ?? {};
  return {
    ...(raw.url !== undefined && { url: raw.url }),
    ...(auth && { auth }),
    headers,
    ...(raw.caFile !== undefined && { caFile: raw.caFile }),
  };
}

/** True when a check of the stage (held or waited for) reads Prometheus. */
export function needsPrometheus(playbook: Playbook, stage: Stage): boolean {
  return [...stage.checks, ...stage.waitFor].some((name) => {
    const check = playbook.checks[name];
    return check !== undefined && readsPrometheus(check);
  });
}

/**
 * The settings to connect with for a stage, or undefined when no check of the stage reads
 * Prometheus and no URL was given. Throws a {@link ConfigurationError} when a check needs
 * Prometheus and no URL is known, the CA file cannot be read, or a setting is malformed.
 */
export async function resolveConnection(
  playbook: Playbook,
  stage: Stage,
  inputs: PrometheusInputs,
  names: ConnectionNames,
  files: Files,
): Promise<ClientSettings | undefined> {
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
      ca = await files.readText(inputs.caFile, MAX_CA_BYTES);
    } catch (error) {
      const reason = error instanceof FileTooLarge ? `the file is ${error.bytes} bytes; expected a PEM bundle of CA certificates of at most ${MAX_CA_BYTES} bytes` : readFailure(error, "a PEM bundle of CA certificates");
      throw new ConfigurationError([{ path: names.ca, message: `${inputs.caFile}: ${reason}` }]);
    }
  }
  const auth = inputs.auth;
  const credentials: Credentials =
    auth?.kind === "bearer" ? { bearerToken: auth.token } : auth?.kind === "basic" ? { basicAuth: { username: auth.username, password: auth.password } } : {};
  return resolveClientOptions({
    url,
    // The playbook's headers are not secret (X-Scope-OrgID); the input's may be, and win.
    headers: { ...playbook.prometheus?.headers, ...inputs.headers },
    ...credentials,
    ...(ca !== undefined && { ca }),
    ...(playbook.prometheus && { timeoutSeconds: playbook.prometheus.timeout }),
    sources: {
      url: inputs.url !== undefined ? names.url : "prometheus.url",
      headers: Object.keys(inputs.headers).length > 0 ? `prometheus.headers / ${names.headers}` : "prometheus.headers",
      bearerToken: names.token,
      basicAuth: `${names.username}/${names.password}`,
      ca: names.ca,
    },
  });
}

type Credentials = { readonly bearerToken: string } | { readonly basicAuth: { readonly username: string; readonly password: string } } | Record<string, never>;

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
