/** A publisher that keeps everything in memory: outputs, summary, annotations, files, kept artifacts. */
import type { Annotation, Publisher, ReportFile } from "../../src/app/report.js";

export function memoryPublisher(options: { failWrites?: boolean } = {}) {
  const outputs: Record<string, string> = {};
  const files: Record<string, string> = {};
  const annotations: Annotation[] = [];
  const kept: ReportFile[] = [];
  const written = { summary: "" };
  const publisher: Publisher = {
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    appendSummary: async (markdown) => {
      written.summary += markdown;
    },
    annotate: (a) => annotations.push(a),
    writeFile: async (path, text) => {
      if (options.failWrites) throw new Error("EACCES: permission denied");
      files[path] = text;
    },
    keep: async (file) => {
      kept.push(file);
    },
  };
  return {
    ...publisher,
    outputs,
    files,
    annotations,
    kept,
    get summary() {
      return written.summary;
    },
  };
}
