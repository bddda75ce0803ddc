import { describe, expect, it } from "vitest";
import { firingAlerts } from "../../src/metrics/alerts.js";
import { alertsQuery } from "../../src/playbook/promql.js";
import type { InstantResult, MetricsSource } from "../../src/metrics/types.js";

describe("firing alerts", () => {
  it.each([
    [{}, `ALERTS{alertstate="firing"}`],
    [{ severity: "critical" }, `ALERTS{alertstate="firing", severity="critical"}`],
    [{ service: 'a"b\\c', team: "x" }, `ALERTS{alertstate="firing", service="a\\"b\\\\c", team="x"}`],
  ])("query for %j is %s", (match, query) => {
    expect(alertsQuery(match)).toBe(query);
  });

  it("lists each firing alert's labels without __name__, with the warnings", async () => {
    const sent: string[] = [];
    const source: MetricsSource = {
      instant: async (query, time): Promise<InstantResult> => {
        sent.push(query);
        return {
          query,
          time,
          resultType: "vector",
          samples: [{ labels: { __name__: "ALERTS", alertname: "HighErrorRate", alertstate: "firing" }, value: 1 }],
          warnings: ["partial"],
        };
      },
      range: () => Promise.reject(new Error("not used")),
    };
    const result = await firingAlerts(source, { service: "api" }, new Date(0));
    expect(result).toEqual({
      query: `ALERTS{alertstate="firing", service="api"}`,
      alerts: [{ labels: { alertname: "HighErrorRate", alertstate: "firing" } }],
      warnings: ["partial"],
    });
    expect(sent).toEqual([result.query]);
  });
});
