/**
 * The evidence as a workflow artifact. Uploading is a courtesy to the reviewer, not part
 * of the verdict: when it cannot happen (turned off, not on a runner, the service failing)
 * the log says where the file is and why it was not uploaded, and the verdict stands.
 */
import { basename, dirname } from "node:path";
import type { Logger } from "../../log.js";
import type { ShellDeps } from "../shell.js";

/** Uploads one file as an artifact; the real one is @actions/artifact. */
export interface EvidenceUploader {
  upload(name: string, file: string, rootDirectory: string): Promise<{ readonly id?: number; readonly size?: number }>;
}

/** @actions/artifact, loaded only when an upload happens: it is most of the bundle's weight. */
export const artifactUploader: EvidenceUploader = {
  async upload(name, file, rootDirectory) {
    const { DefaultArtifactClient } = await import("@actions/artifact");
    return new DefaultArtifactClient().uploadArtifact(name, [file], rootDirectory);
  },
};

export interface PublishOptions {
  readonly path: string;
  /** The `upload-evidence` input. */
  readonly enabled: boolean;
  readonly service: string;
  readonly stage: string;
  readonly env: ShellDeps["env"];
  readonly log: Logger;
  readonly uploader: EvidenceUploader;
}

/** Artifact names must be unique in a run and avoid the characters the service rejects. */
export function artifactName(service: string, stage: string, attempt: string | undefined): string {
  const name = `deploy-playbook-evidence-${service}-${stage}${attempt && attempt !== "1" ? `-attempt-${attempt}` : ""}`;
  return name.replace(/["':<>|*?\\/\r\n]/g, "-");
}

/** Uploads the evidence when asked and possible; never throws. Returns whether it was uploaded. */
export async function publishEvidence(options: PublishOptions): Promise<boolean> {
  const { path, env, log } = options;
  const skip = !options.enabled
    ? "upload-evidence is false"
    : !env["ACTIONS_RUNTIME_TOKEN"] || !env["ACTIONS_RESULTS_URL"]
      ? "the artifact service is not available here: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are only set on a GitHub Actions runner"
      : undefined;
  if (skip) {
    log.info(`Evidence is at ${path}; not uploaded (${skip}).`);
    return false;
  }
  const name = artifactName(options.service, options.stage, env["GITHUB_RUN_ATTEMPT"]);
  try {
    const { id, size } = await options.uploader.upload(name, path, dirname(path));
    log.info(`Evidence uploaded as artifact ${name}${id !== undefined ? ` (id ${id}${size !== undefined ? `, ${size} bytes` : ""})` : ""}; also at ${path}.`);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(`Evidence ${basename(path)} could not be uploaded as artifact ${name}: ${reason}. The verdict stands; the file is at ${path}.`);
    return false;
  }
}
