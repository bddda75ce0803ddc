/**
 * What every operation returns, and the one way it is published. The action shells and
 * the CLI hand {@link publish} their own {@link Publisher} (the runner's files, or a
 * terminal and local files); what gets published, and in which order, is decided here.
 */
import { Refusal } from "../errors.js";
import type { Annotation } from "../report/annotations.js";

export type { Annotation } from "../report/annotations.js";

/** A file an operation leaves behind (the gate's evidence). */
export interface ReportFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
  /** What it is, for messages: "Evidence". */
  readonly title: string;
  /** The output that carries its path once it is written. */
  readonly output?: string;
  /** Also kept as a workflow artifact of this name, where the publisher can and the caller asked. */
  readonly artifact?: { readonly name: string; readonly upload: boolean };
}

/** The result of an operation, ready to publish: nothing here has touched the world yet. */
export interface Report {
  /** Step outputs by their `action.yml` names. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The job summary (Markdown), empty for none. */
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  readonly files: readonly ReportFile[];
  /** Whether the step passes. */
  readonly accepted: boolean;
  /** One line: what happened when accepted, why the step fails otherwise. */
  readonly message: string;
  /** Not accepted only because the verdict was conditional: the caller may say how to accept it. */
  readonly conditional?: boolean;
}

/** Where a report goes: the runner's outputs, summary, annotations and artifacts, or a terminal. */
export interface Publisher {
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  annotate(annotation: Annotation): void;
  writeFile(path: string, text: string): Promise<void>;
  /** Keeps a written file as an artifact when it can; says why not in the log; never throws. */
  keep(file: ReportFile): Promise<void>;
}

/**
 * Publishes a report: files first (an output naming a file is set only once it exists),
 * then outputs, summary, annotations and artifacts. A file that cannot be written is an
 * error annotation; when the step would pass, it fails instead, since a go whose numbers
 * were not kept cannot be reviewed.
 */
export async function publish(report: Report, publisher: Publisher): Promise<void> {
  const unwritten = new Set<ReportFile>();
  for (const file of report.files) {
    try {
      await publisher.writeFile(file.path, file.text);
    } catch (error) {
      unwritten.add(file);
      publisher.annotate({ level: "error", title: `${file.title} not written`, message: `${file.path}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const hidden = new Set(report.files.filter((f) => unwritten.has(f) && f.output).map((f) => f.output));
  for (const [name, value] of Object.entries(report.outputs)) {
    if (!hidden.has(name)) publisher.setOutput(name, value);
  }
  if (report.summary) await publisher.appendSummary(report.summary);
  for (const annotation of report.annotations) publisher.annotate(annotation);
  for (const file of report.files) if (!unwritten.has(file) && file.artifact) await publisher.keep(file);
  const lost = report.files.find((f) => unwritten.has(f));
  if (lost && report.accepted) {
    throw new Refusal(`${lost.title} ${lost.path} could not be written, so the result cannot be reviewed; expected a writable file path.`);
  }
}
