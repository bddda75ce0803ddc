/** The logger every module receives through its deps; the action shells back it with @actions/core. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

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

/** Logs to stdout/stderr, for the CLI. */
export const consoleLogger: Logger = {
  debug: (m) => {
    if (process.env.DEPLOY_PLAYBOOK_DEBUG) console.error(`debug: ${m}`);
  },
  info: (m) => console.log(m),
  warning: (m) => console.error(`warning: ${m}`),
  error: (m) => console.error(`error: ${m}`),
};
