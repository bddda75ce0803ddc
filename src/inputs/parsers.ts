/**
 * Parsers for single input values. They reject rather than coerce: `yes` is not a
 * boolean, `abc` is not a number, and a secret's value never appears in a message.
 */
import { HEADER_NAME } from "../http-headers.js";
import { isAbsolute, resolve } from "node:path";
import { describeValue } from "../errors.js";
import { parseDuration } from "../playbook/quantity.js";
import { type InputContext, InputProblem } from "./spec.js";

/** The YAML 1.2 core schema's boolean words, the only ones accepted. */
export const TRUE_WORDS = ["true", "True", "TRUE"] as const;
export const FALSE_WORDS = ["false", "False", "FALSE"] as const;

/** A boolean input: only the YAML 1.2 core words. */
export function booleanInput(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const text = raw.trim();
  if ((TRUE_WORDS as readonly string[]).includes(text)) return true;
  if ((FALSE_WORDS as readonly string[]).includes(text)) return false;
  throw new InputProblem(`found ${describeValue(text)}; expected one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(", ")}`);
}

/** Free text, trimmed; `undefined` when absent. */
export function optionalText(raw: string | undefined): string | undefined {
  return raw?.trim();
}

/** Text that must be there; `readInputs` has already reported it when absent. */
export function requiredText(raw: string | undefined): string {
  return raw?.trim() ?? "";
}

/**
 * One line of text, whatever it holds: a version reaches the target's scripts only as an
 * environment variable, never spliced into a command line, so `1.2; rm -rf /` is as safe
 * as `1.2`. Control characters (a line break, NUL) are refused: they cannot be passed on
 * intact and would forge log lines.
 */
export function oneLine(what: string): (raw: string | undefined) => string {
  return (raw) => {
    const text = raw?.trim() ?? "";
    if (/[\u0000-\u001f\u007f]/.test(text)) {
      throw new InputProblem(`found ${describeValue(text)}; expected ${what} on one line, without control characters`);
    }
    return text;
  };
}

/** A duration such as `45m` or `1h30m`, in seconds; `undefined` when absent. */
export function durationInput(raw: string | undefined): number | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const seconds = parseDuration(text);
  if (seconds === undefined || seconds <= 0) {
    throw new InputProblem(`found ${describeValue(text)}; expected a duration like 45m, 2h or 1h30m (units ms, s, m, h, d, w)`);
  }
  return seconds;
}

/** A file path, resolved against the workspace. */
export function pathInput(raw: string | undefined, context: InputContext): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  return isAbsolute(text) ? text : resolve(context.workspace, text);
}

/** A file path the action writes, resolved against RUNNER_TEMP (the workspace outside Actions). */
export function outputPathInput(raw: string | undefined, context: InputContext): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  return isAbsolute(text) ? text : resolve(context.temp ?? context.workspace, text);
}

/** An http(s) URL. */
export function urlInput(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputProblem(`found ${describeValue(text)}; expected an http(s) URL like https://prometheus.example.internal`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InputProblem(`found ${describeValue(text)}; expected an http(s) URL like https://prometheus.example.internal`);
  }
  if (url.username || url.password) {
    // Credentials in a URL end up in logs; they have inputs of their own.
    throw new InputProblem("the URL carries credentials; pass them in prometheus-username and prometheus-password (or prometheus-token) instead");
  }
  return text;
}

/** A comma-separated list of names, each once. */
export function nameList(raw: string | undefined): readonly string[] | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const names = text.split(",").map((n) => n.trim());
  if (names.some((n) => n === "")) {
    throw new InputProblem(`found ${describeValue(text)}; expected names separated by commas, like canary,gradual,full`);
  }
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) throw new InputProblem(`names ${[...new Set(twice)].join(", ")} more than once; expected each name once`);
  return names;
}

// RFC 9110 token characters: what an HTTP header name may hold.

/**
 * Secret HTTP headers, one `Name: value` per line. Messages name the line, never its
 * content: the whole input is a secret.
 */
export function headerLines(raw: string | undefined): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  if (raw === undefined) return headers;
  const bad: number[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!HEADER_NAME.test(name) || value === "") bad.push(index + 1);
    else headers[name] = value;
  });
  if (bad.length > 0) {
    throw new InputProblem(`line${bad.length > 1 ? "s" : ""} ${bad.join(", ")} ${bad.length > 1 ? "are" : "is"} not a header; expected one 'Name: value' per line, like 'X-Scope-OrgID: tenant-1' (values not shown: the input is secret)`);
  }
  return headers;
}
