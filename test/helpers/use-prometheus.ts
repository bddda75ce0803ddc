/**
 * A real Prometheus for the tests of one file: started in `beforeAll`, stopped in `afterAll`.
 *
 *   const prom = usePrometheus({ openmetrics: text });
 *   it("...", async () => { const url = prom().url; ... });
 *
 * The launcher itself is tools/prometheus.ts (`startPrometheus`), shared with the
 * benchmarks and the demo.
 */
import { afterAll, beforeAll } from "vitest";
import { startPrometheus, type PrometheusOptions, type RunningPrometheus } from "../../tools/prometheus.js";

/** Starts Prometheus in `beforeAll` and stops it in `afterAll`; call the returned function inside tests. */
export function usePrometheus(options: PrometheusOptions | (() => PrometheusOptions | Promise<PrometheusOptions>)): () => RunningPrometheus {
  let prometheus: RunningPrometheus | undefined;
  beforeAll(async () => {
    prometheus = await startPrometheus(typeof options === "function" ? await options() : options);
  });
  afterAll(async () => {
    await prometheus?.stop();
  });
  return () => {
    if (!prometheus) throw new Error("Prometheus is not running (use it inside tests, after beforeAll)");
    return prometheus;
  };
}
