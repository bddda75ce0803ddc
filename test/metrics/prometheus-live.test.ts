import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { firingAlerts } from "../../src/metrics/alerts.js";
import { createPrometheusClient } from "../../src/metrics/prometheus.js";
import type { MetricsSource } from "../../src/metrics/types.js";
import { sendText, startHttpServer, type TestServer } from "../helpers/http-server.js";
import { startPrometheus, type RunningPrometheus } from "../../tools/prometheus.js";

// Alert rules are evaluated on live data only (backfilled blocks never produce ALERTS), so
// this Prometheus scrapes a small test service every second and evaluates rules every second.
const rules = `
groups:
  - name: test
    rules:
      - alert: AlwaysFiring
        expr: vector(1)
        labels: { severity: critical, team: "payments \\"core\\"" }
      - alert: QueueTooDeep
        expr: deploy_test_queue_depth > 40
        labels: { severity: warning }
      - alert: NeverFiring
        expr: vector(1) == 2
        labels: { severity: critical }
`;

/** Polls until `read` gives a non-empty list, for at most 20 s. */
async function eventually<T>(read: () => Promise<readonly T[]>): Promise<readonly T[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await read();
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("Prometheus client against a Prometheus scraping a live service", () => {
  let service: TestServer;
  let prometheus: RunningPrometheus;
  let client: MetricsSource;

  beforeAll(async () => {
    service = await startHttpServer((_req, res) =>
      sendText(res, 200, "# TYPE deploy_test_queue_depth gauge\ndeploy_test_queue_depth 42\n"),
    );
    prometheus = await startPrometheus({ scrape: [{ target: `${service.url}/metrics`, interval: "1s", job: "service" }], rules });
    client = createPrometheusClient({ url: prometheus.url, timeoutSeconds: 5 }, { clock: systemClock, log: memoryLogger() });
  });

  afterAll(async () => {
    await prometheus?.stop();
    await service?.close();
  });

  it("reads the value Prometheus scraped from the service", async () => {
    const samples = await eventually(async () => (await client.instant("deploy_test_queue_depth", new Date())).samples);
    expect(samples).toEqual([
      { labels: { __name__: "deploy_test_queue_depth", instance: new URL(service.url).host, job: "service" }, value: 42 },
    ]);
  });

  it("finds a firing alert by its labels, with escaped label values", async () => {
    const match = { alertname: "AlwaysFiring", team: 'payments "core"' };
    const alerts = await eventually(async () => (await firingAlerts(client, match, new Date())).alerts);
    expect(alerts).toEqual([
      { labels: { alertname: "AlwaysFiring", alertstate: "firing", severity: "critical", team: 'payments "core"' } },
    ]);
  });

  it("finds an alert that fires on scraped data", async () => {
    const alerts = await eventually(async () => (await firingAlerts(client, { severity: "warning" }, new Date())).alerts);
    expect(alerts.map((a) => a.labels.alertname)).toEqual(["QueueTooDeep"]);
  });

  it("finds nothing for alerts that do not fire", async () => {
    // Rules have been evaluated by now: the tests above waited for them.
    const result = await firingAlerts(client, { alertname: "NeverFiring" }, new Date());
    expect(result).toEqual({ query: `ALERTS{alertstate="firing", alertname="NeverFiring"}`, alerts: [], warnings: [] });
  });
});
