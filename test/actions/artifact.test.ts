/** The evidence artifact: uploaded when asked and possible; otherwise the log says where it is and why. */
import { describe, expect, it } from "vitest";
import { type ArtifactUploader, keepAsArtifact } from "../../src/actions/artifact.js";
import { artifactName } from "../../src/app/gate-report.js";
import { memoryLogger } from "../fakes/log.js";

const RUNNER = { ACTIONS_RUNTIME_TOKEN: "runtime-token", ACTIONS_RESULTS_URL: "https://results.example/", GITHUB_RUN_ATTEMPT: "1" };

function uploader(fail?: Error): ArtifactUploader & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async upload(name, file, root) {
      calls.push([name, file, root]);
      if (fail) throw fail;
      return { id: 7, size: 1234 };
    },
  };
}

async function publish(enabled: boolean, env: Record<string, string>, up = uploader()) {
  const log = memoryLogger();
  const file = { path: "/tmp/run/evidence.json", text: "{}", title: "Evidence", artifact: { name: artifactName("log-capturer", "canary", env["GITHUB_RUN_ATTEMPT"]), upload: enabled } };
  const uploaded = await keepAsArtifact(file, { env, log, uploader: up });
  return { uploaded, log: log.lines, calls: up.calls };
}

describe("keepAsArtifact", () => {
  it("uploads the file from its own directory under a name of the service and stage", async () => {
    const r = await publish(true, RUNNER);
    expect(r.uploaded).toBe(true);
    expect(r.calls).toEqual([["deploy-playbook-evidence-log-capturer-canary", "/tmp/run/evidence.json", "/tmp/run"]]);
    expect(r.log).toEqual(["Evidence uploaded as artifact deploy-playbook-evidence-log-capturer-canary (id 7, 1234 bytes); also at /tmp/run/evidence.json."]);
  });

  it.each([
    [false, RUNNER, "upload-evidence is false"],
    [true, { ACTIONS_RESULTS_URL: "https://results.example/" }, "ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are only set on a GitHub Actions runner"],
    [true, { ACTIONS_RUNTIME_TOKEN: "x" }, "ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are only set on a GitHub Actions runner"],
  ])("does not upload when enabled is %s with env %o, and says where the file is and why", async (enabled, env, why) => {
    const r = await publish(enabled, env);
    expect(r.uploaded).toBe(false);
    expect(r.calls).toEqual([]);
    expect(r.log).toEqual([expect.stringContaining(`Evidence is at /tmp/run/evidence.json; not uploaded (`)]);
    expect(r.log[0]).toContain(why);
  });

  it("turns an upload failure into a warning, never an exception", async () => {
    const r = await publish(true, RUNNER, uploader(new Error("Failed to CreateArtifact: 503")));
    expect(r.uploaded).toBe(false);
    expect(r.log).toEqual([
      "warning: Evidence evidence.json could not be uploaded as artifact deploy-playbook-evidence-log-capturer-canary: Failed to CreateArtifact: 503. The verdict stands; the file is at /tmp/run/evidence.json.",
    ]);
  });
});

describe("artifactName", () => {
  it.each([
    ["api", "canary", "1", "deploy-playbook-evidence-api-canary"],
    ["api", "canary", undefined, "deploy-playbook-evidence-api-canary"],
    ["api", "canary", "2", "deploy-playbook-evidence-api-canary-attempt-2"],
    ["a/b", "c:d", "1", "deploy-playbook-evidence-a-b-c-d"],
  ])("%s %s attempt %s → %s", (service, stage, attempt, name) => {
    expect(artifactName(service, stage, attempt)).toBe(name);
  });
});
