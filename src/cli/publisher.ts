/** Reports published to a terminal and local files: what every CLI command that runs an operation shares. */
import type { Publisher, Report } from "../app/report.js";
import type { CliDeps } from "./deps.js";

/**
 * A report on a terminal: files written where asked and named on stdout, the summary to
 * `--summary` when given, annotations on stderr. Outputs are for workflows; the terminal
 * reads the exit code.
 */
export function terminalPublisher(deps: CliDeps, summaryPath: string | undefined): Publisher {
  return {
    setOutput: () => undefined,
    async appendSummary(markdown) {
      if (!summaryPath) return;
      await deps.files.writeText(summaryPath, markdown);
      deps.stdout.write(`summary: ${summaryPath}\n`);
    },
    annotate: (a) => deps.stderr.write(`${a.level}: ${a.title}: ${a.message}\n`),
    writeFile: (path, text) => deps.files.writeText(path, text),
    async keep(file) {
      deps.stdout.write(`${file.title.toLowerCase()}: ${file.path}\n`);
    },
  };
}

/** The exit code of a published report: 0 when accepted, its message on stdout; 1 otherwise, why on stderr. */
export function exitCode(report: Report, deps: Pick<CliDeps, "stdout" | "stderr">): number {
  if (!report.accepted) {
    deps.stderr.write(`${report.conditional ? `${report.message} Set --accept-conditional to accept a conditional verdict.` : report.message}\n`);
    return 1;
  }
  deps.stdout.write(`${report.message}\n`);
  return 0;
}
