/**
 * Files kept as workflow artifacts (the gate's evidence). Uploading is a courtesy to the
 * reviewer, not part of the verdict: when it cannot happen (turned off, not on a runner,
 * the service failing) the log says where the file is and why it was not uploaded, and
 * the verdict stands.
 */
import { basename, dirname } from "node:path";
import type { ReportFile } from "../app/report.js";
import type { Logger } from "../log.js";

/** Uploads one file as an artifact; the real one is @actions/artifact. */
export interface ArtifactUploader {
  upload(name: string, file: string, rootDirectory: string): Promise<{ readonly id?: number; readonly size?: number }>;
}

/** @actions/artifact, loaded only when an upload happens: it is most of the bundle's weight. */
export const artifactUploader: ArtifactUploader = {
  async upload(name, file, rootDirectory) {
    const { DefaultArtifactClient } = await import("@actions/artifact");
    return new DefaultArtifactClient().uploadArtifact(name, [file], rootDirectory);
  },
};

export interface KeepDeps {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly log: Logger;
  readonly uploader: ArtifactUploader;
}

/** Uploads a written file as its artifact when asked and possible; never throws. Returns whether it was uploaded. */
export async function keepAsArtifact(file: ReportFile, deps: KeepDeps): Promise<boolean> {
  const { path } = file;
  const { env, log } = deps;
  if (!file.artifact) return false;
  const skip = !file.artifact.upload
    ? "upload-evidence is false"
    : !env["ACTIONS_RUNTIME_TOKEN"] || !env["ACTIONS_RESULTS_URL"]
      ? "the artifact service is not available here: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are only set on a GitHub Actions runner"
      : undefined;
  if (skip) {
    log.info(`${file.title} is at ${path}; not uploaded (${skip}).`);
    return false;
  }
  const { name } = file.artifact;
  try {
    const { id, size } = await deps.uploader.upload(name, path, dirname(path));
    log.info(`${file.title} uploaded as artifact ${name}${id !== undefined ? ` (id ${id}${size !== undefined ? `, ${size} bytes` : ""})` : ""}; also at ${path}.`);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(`${file.title} ${basename(path)} could not be uploaded as artifact ${name}: ${reason}. The verdict stands; the file is at ${path}.`);
    return false;
  }
}
