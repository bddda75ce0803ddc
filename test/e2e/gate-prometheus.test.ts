/**
 * The built gate bundle and CLI against a real Prometheus, end to end through the runner's
 * protocol: verdicts, exit codes, outputs, summary, annotations, evidence, cancellation.
 */
import { deployState } from "../fakes/state.js";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { usePrometheus } from "../helpers/use-prometheus.js";
import { canaryValues, errorRatio, playbookYaml, runCli, runGate, scenariosAroundNow } from "./gate-world.js";

const prometheus = usePrometheus(() => ({ openmetrics: scenariosAroundNow() }));

describe.concurrent("the gate end to end", () => {
describe("the gate bundle against a real Prometheus", () => {
  it("holds a healthy canary to a go: exit 0, outputs, summary table, evidence values", async () => {
    const yaml = playbookYaml({ scenario: "healthy", url: prometheus().url });
    const state = deployState(yaml);
    const run = await runGate(yaml, { state: JSON.stringify(state) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "go", "failed-checks": "", "conditional-checks": "", evidence: expect.stringMatching(/out\/evidence\.json$/) });
    expect(JSON.parse(run.outputs["state"]!)).toEqual({ ...state, verdicts: { canary: "go" }, updatedAt: expect.any(String) });
    expect(JSON.parse(run.outputs["plan"]!)).toMatchObject({ stage: "canary", weight: 10 });
    expect(run.summary).toMatch(/^## Gate GO: log-capturer, stage canary \(10%\)/);
    expect(run.summary).toContain("| Check | Canary | Baseline | Delta | Limit | Result |");
    expect(run.summary).toContain("| error-rate | 0.1996% | 0.1996% | +0% | fail &gt; 5%, warn &gt; 1%, max-increase 10% | pass (all 3 rounds) |");
    expect(run.annotations.filter((a) => a.level === "error")).toEqual([]);
    expect(run.stdout).toMatch(/^round 3\/3 /m);
    expect(run.stdout).toContain("not uploaded (the artifact service is not available here");
    expect(run.evidence).toMatchObject({ verdict: "go", cancelled: false, stage: { name: "canary", soak: 6, interval: 2 } });
    const ratios = canaryValues(run.evidence, "error-rate") as number[];
    expect(ratios).toHaveLength(3);
    for (const r of ratios) expect(r).toBeCloseTo(errorRatio("healthy", "canary"), 9);
    for (const t of canaryValues(run.evidence, "throughput") as number[]) expect(t).toBeCloseTo(20.04, 9);
    expect(run.evidence!.rounds[0].measurements[0].queries[0]).toContain('scenario="healthy"');
  });

  it("fails an error spike at the first round: no-go, exit 1, an error annotation naming the check", async () => {
    const run = await runGate(playbookYaml({ scenario: "spike", url: prometheus().url }));
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "no-go", "failed-checks": "error-rate", "conditional-checks": "" });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: "error", title: "error-rate failed (stage canary: no-go)" }));
    expect(run.annotations.at(-1)).toMatchObject({ level: "error", message: expect.stringMatching(/^Gate no-go for stage canary: /) });
    expect(run.evidence!["rounds"]).toHaveLength(1);
    expect(canaryValues(run.evidence, "error-rate")[0]).toBeCloseTo(errorRatio("spike", "canary"), 9);
    expect(run.summary).toMatch(/^## Gate NO-GO/);
  });

  it.each([
    ["false", 1],
    ["true", 0],
  ])("gives errors between warn and fail a conditional; accept-conditional %s exits %s", async (accept, code) => {
    const run = await runGate(playbookYaml({ scenario: "warn", url: prometheus().url }), { "accept-conditional": accept });
    expect(run.exitCode).toBe(code);
    expect(run.outputs).toMatchObject({ verdict: "conditional", "conditional-checks": "error-rate", "failed-checks": "" });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: "warning", title: "error-rate warned (stage canary)" }));
    for (const r of canaryValues(run.evidence, "error-rate") as number[]) expect(r).toBeCloseTo(errorRatio("warn", "canary"), 9);
  });

  it("writes the partial evidence and summary when the job is cancelled mid-soak (SIGTERM)", async () => {
    const controller = new AbortController();
    const run = await runGate(
      playbookYaml({ scenario: "healthy", url: prometheus().url, soak: "1m" }),
      {},
      { signal: controller.signal, onStdout: (chunk) => /^round 1\//m.test(chunk) && controller.abort() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.signal).toBeNull();
    expect(run.evidence).toMatchObject({ cancelled: true, verdict: "inconclusive" });
    expect(run.evidence!["rounds"].length).toBeGreaterThanOrEqual(1);
    expect(run.outputs["verdict"]).toBe("inconclusive");
    expect(run.summary).toMatch(/^## Gate INCONCLUSIVE/);
    expect(run.summary).toContain("cancelled after");
    expect(run.stdout).toContain("SIGTERM received: cancelling the gate");
    expect(run.annotations.at(-1)?.message).toMatch(/^Gate cancelled after \d+ rounds? of stage canary/);
  });
});

describe("deploy-playbook gate against a real Prometheus", () => {
  it.each([
    ["healthy", 0, "Gate go for stage canary: accepted."],
    ["spike", 1, "Gate no-go for stage canary"],
  ] as const)("exits by the verdict: %s → %s", async (scenario, code, message) => {
    const dir = await mkdtemp(join(tmpdir(), "gate-cli-e2e-"));
    try {
      await writeFile(join(dir, "playbook.yml"), playbookYaml({ scenario }));
      const r = await runCli(["gate", "playbook.yml", "--stage", "canary", "--prometheus-url", prometheus().url, "--summary", "summary.md"], dir, {
        PROMETHEUS_TOKEN: "cli-t0ken-secret",
      });
      expect(r.code, r.stderr).toBe(code);
      expect(r.stdout).toMatch(/^round 1\/3 /m);
      expect(r.stdout + r.stderr).toContain(message);
      const evidence = JSON.parse(await readFile(join(dir, "deploy-playbook-evidence.json"), "utf8"));
      expect(evidence.verdict).toBe(code === 0 ? "go" : "no-go");
      expect(await readFile(join(dir, "summary.md"), "utf8")).toMatch(/^## Gate /);
      expect(r.stdout + r.stderr + JSON.stringify(evidence)).not.toContain("cli-t0ken-secret");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("stops on Ctrl-C (SIGINT), writes the partial evidence and exits 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gate-cli-e2e-"));
    try {
      await writeFile(join(dir, "playbook.yml"), playbookYaml({ scenario: "healthy", soak: "1m" }));
      const r = await runCli(["gate", "playbook.yml", "--stage", "canary", "--prometheus-url", prometheus().url], dir, {}, (chunk, kill) => {
        if (/^round 1\//m.test(chunk)) kill("SIGINT");
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^Gate cancelled after \d+ rounds? of stage canary/m);
      const evidence = JSON.parse(await readFile(join(dir, "deploy-playbook-evidence.json"), "utf8"));
      expect(evidence).toMatchObject({ cancelled: true, verdict: "inconclusive" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
});
