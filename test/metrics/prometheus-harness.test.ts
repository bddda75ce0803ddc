import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startPrometheus } from "../../tools/prometheus.js";

// The harness itself: failures must show Prometheus's or promtool's own words, and a
// stopped server must leave neither a process nor a directory behind.
describe("test Prometheus harness", () => {
  it("starts, answers, and leaves nothing behind when stopped", async () => {
    const prometheus = await startPrometheus();
    const response = await fetch(`${prometheus.url}/api/v1/query?query=vector(7)`);
    expect(await response.json()).toMatchObject({ status: "success", data: { result: [{ value: [expect.any(Number), "7"] }] } });
    await prometheus.stop();
    expect(existsSync(prometheus.dataDir)).toBe(false);
    await expect(fetch(`${prometheus.url}/-/ready`)).rejects.toThrow();
  });

  it("surfaces Prometheus's stderr when it cannot start", async () => {
    const rules = "groups:\n  - name: broken\n    rules:\n      - alert: Broken\n        expr: sum(\n";
    await expect(startPrometheus({ rules })).rejects.toThrow(/prometheus exited with code 1 before it was ready:[\s\S]*parse error/);
  });

  it("surfaces promtool's error when the scenario does not backfill", async () => {
    await expect(startPrometheus({ openmetrics: "# TYPE x gauge\nx 1 1767607200\n" })).rejects.toThrow(/promtool could not backfill the scenario:[\s\S]*EOF/);
  });
});
