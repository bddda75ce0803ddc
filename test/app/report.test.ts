/** Publishing a report: files first, outputs only for files that exist, a go whose file was lost fails closed. */
import { describe, expect, it } from "vitest";
import { publish, type Report } from "../../src/app/report.js";
import { Refusal } from "../../src/errors.js";
import { memoryPublisher } from "../fakes/publisher.js";

const report = (accepted: boolean): Report => ({
  outputs: { verdict: accepted ? "go" : "no-go", evidence: "/tmp/e.json" },
  summary: "## Gate\n",
  annotations: [{ level: "warning", title: "t", message: "m" }],
  files: [{ path: "/tmp/e.json", text: "{}\n", title: "Evidence", output: "evidence", artifact: { name: "a", upload: true } }],
  accepted,
  message: "done",
});

describe("publish", () => {
  it("writes the file, then the outputs, summary and annotations, and keeps the file as an artifact", async () => {
    const p = memoryPublisher();
    await publish(report(true), p);
    expect(p.files).toEqual({ "/tmp/e.json": "{}\n" });
    expect(p.outputs).toEqual({ verdict: "go", evidence: "/tmp/e.json" });
    expect(p.summary).toBe("## Gate\n");
    expect(p.annotations).toEqual([{ level: "warning", title: "t", message: "m" }]);
    expect(p.kept.map((f) => f.path)).toEqual(["/tmp/e.json"]);
  });

  it("fails closed when the file of an accepted report cannot be written, leaving its output unset", async () => {
    const p = memoryPublisher({ failWrites: true });
    await expect(publish(report(true), p)).rejects.toBeInstanceOf(Refusal);
    expect(p.outputs).toEqual({ verdict: "go" });
    expect(p.annotations[0]).toMatchObject({ level: "error", title: "Evidence not written", message: "/tmp/e.json: EACCES: permission denied" });
    expect(p.kept).toEqual([]);
  });

  it("still publishes the rest of a report that fails anyway", async () => {
    const p = memoryPublisher({ failWrites: true });
    await publish(report(false), p);
    expect(p.outputs).toEqual({ verdict: "no-go" });
    expect(p.summary).toBe("## Gate\n");
  });
});
