/** A logger for tests: every line kept in memory, prefixed with its level. */
import type { Logger } from "../../src/log.js";

/** A logger that keeps lines in memory, for tests and for building reports. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}
