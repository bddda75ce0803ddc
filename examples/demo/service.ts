/**
 * The demo's service: one process that stands in for a fleet serving a stable and a canary
 * version. Traffic is simulated, not served: every 100 ms the request counters and the
 * latency histogram of each version move as if a few hundred requests per second had
 * arrived, split between the versions by the canary's share, with 0.3% 5xx answers and a
 * p99 that Prometheus reads near 120 ms. The share starts at 0 (no canary) and is moved
 * through the admin API, as a load balancer's weights would be.
 *
 *   GET  /metrics        Prometheus text format: http_requests_total{version,code},
 *                        http_request_duration_seconds{version} (classic histogram)
 *   GET  /health         {"status":"healthy","version":"canary"}, the canary's health endpoint
 *   GET  /admin/traffic  {"weight":10,"canaryVersion":"1.5.0","stableVersion":"1.4.0"}
 *   PUT  /admin/traffic  {"weight":50,"version":"1.5.0"}: the canary's share, in percent, and
 *                        what it runs; weight 0 takes the canary out ("version" optional)
 *   POST /admin/promote  {"version":"1.5.0"}: the canary's version becomes the stable one
 *                        and takes all the traffic; the canary is emptied
 *
 * `regress()` raises the canary's error rate to 8%, the bad release the gate must stop;
 * `regressAtWeight` does it on its own once the canary's weight reaches that value, a
 * fault that shows only under load.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TrafficControl, type Traffic } from "./admin.js";

export type { Traffic } from "./admin.js";

export type Version = "stable" | "canary";

export interface DemoServiceOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Requests per second over both versions. Default 600. */
  readonly requestsPerSecond?: number;
  /** The canary's weight at start, in percent. Default 0 (no canary). */
  readonly weight?: number;
  /** The canary's version at start, when `weight` is above 0. Default "canary". */
  readonly canaryVersion?: string;
  /** The version the stable side runs. Default "1.4.0". */
  readonly stableVersion?: string;
  /** From this canary weight (percent) on, the canary fails 8% of its requests. */
  readonly regressAtWeight?: number;
  /** Told each change made through the admin API, as one line. */
  readonly onChange?: (line: string, traffic: Traffic) => void;
}

export interface DemoService {
  readonly url: string;
  readonly port: number;
  /** From now on, 8% of the canary's requests fail. */
  regress(): void;
  /** The error ratio each version is answering with now. */
  errorRatio(version: Version): number;
  /** The split as the admin API reports it. */
  traffic(): Traffic;
  stop(): Promise<void>;
}

const TICK_MS = 100;
const HEALTHY_ERROR_RATIO = 0.003;
const REGRESSED_ERROR_RATIO = 0.08;
const CODES = ["200", "500", "503"] as const;
const BUCKETS = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2.5];
// Log-normal latency, median 40 ms, sigma 0.42: the true p99 is 107 ms, and
// histogram_quantile, interpolating inside the 100-150 ms bucket, reads it near 120 ms.
const MEDIAN_SECONDS = 0.04;
const SIGMA = 0.42;

/** Counters of one version, exactly as exposed (cumulative, never reset). */
class VersionCounters {
  readonly requests: Record<(typeof CODES)[number], number> = { "200": 0, "500": 0, "503": 0 };
  readonly buckets = BUCKETS.map(() => 0);
  count = 0;
  sum = 0;
  errorRatio = HEALTHY_ERROR_RATIO;
  // Errors are owed exactly (fractional carry), so a short rate window sees the set ratio, not noise.
  private owed = 0;

  serve(perSecond: number, seconds: number): void {
    // ±10% jitter in the arrivals, so the graphs look like traffic.
    const n = Math.round(perSecond * seconds * (0.9 + Math.random() * 0.2));
    this.owed += n * this.errorRatio;
    const errors = Math.min(n, Math.floor(this.owed));
    this.owed -= errors;
    this.requests["500"] += Math.ceil(errors / 2);
    this.requests["503"] += Math.floor(errors / 2);
    this.requests["200"] += n - errors;
    for (let i = 0; i < n; i++) this.observe(latency());
  }

  private observe(seconds: number): void {
    this.count++;
    this.sum += seconds;
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) this.buckets[i]!++;
    });
  }
}

/** A log-normal draw (Box-Muller). */
function latency(): number {
  const u = 1 - Math.random();
  const v = Math.random();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return MEDIAN_SECONDS * Math.exp(SIGMA * z);
}

function exposition(versions: Readonly<Record<Version, VersionCounters>>): string {
  const lines = [
    "# HELP http_requests_total Requests served, by version and status code.",
    "# TYPE http_requests_total counter",
  ];
  for (const [version, c] of Object.entries(versions)) {
    for (const code of CODES) lines.push(`http_requests_total{version="${version}",code="${code}"} ${c.requests[code]}`);
  }
  lines.push(
    "# HELP http_request_duration_seconds Time to answer a request.",
    "# TYPE http_request_duration_seconds histogram",
  );
  for (const [version, c] of Object.entries(versions)) {
    BUCKETS.forEach((le, i) => lines.push(`http_request_duration_seconds_bucket{version="${version}",le="${le}"} ${c.buckets[i]}`));
    lines.push(`http_request_duration_seconds_bucket{version="${version}",le="+Inf"} ${c.count}`);
    lines.push(`http_request_duration_seconds_sum{version="${version}"} ${c.sum.toFixed(6)}`);
    lines.push(`http_request_duration_seconds_count{version="${version}"} ${c.count}`);
  }
  return `${lines.join("\n")}\n`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

/** Starts the service on 127.0.0.1. Rejects when the port is taken. */
export async function startDemoService(options: DemoServiceOptions): Promise<DemoService> {
  const total = options.requestsPerSecond ?? 600;
  const versions: Record<Version, VersionCounters> = { stable: new VersionCounters(), canary: new VersionCounters() };
  const regress = () => {
    versions.canary.errorRatio = REGRESSED_ERROR_RATIO;
  };
  const weight = options.weight ?? 0;
  const control = new TrafficControl(
    { weight, canaryVersion: weight > 0 ? (options.canaryVersion ?? "canary") : null, stableVersion: options.stableVersion ?? "1.4.0" },
    (line, traffic) => {
      const at = options.regressAtWeight;
      const regressing = at !== undefined && traffic.weight >= at && versions.canary.errorRatio !== REGRESSED_ERROR_RATIO;
      if (regressing) regress();
      options.onChange?.(regressing ? `${line}; under this load the canary now fails ${REGRESSED_ERROR_RATIO * 100}% of its requests` : line, traffic);
    },
  );
  const started = Date.now();

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path.startsWith("/admin/")) {
      control.handle(req, path).then(
        (answer) => (answer ? send(res, answer.status, "application/json", JSON.stringify(answer.body)) : send(res, 404, "text/plain", "not found\n")),
        () => send(res, 400, "text/plain", "the request could not be read\n"),
      );
      return;
    }
    if (req.method !== "GET") return send(res, 405, "text/plain", "method not allowed\n");
    if (path === "/metrics") return send(res, 200, "text/plain; version=0.0.4", exposition(versions));
    if (path === "/health") {
      const uptime = Math.round((Date.now() - started) / 1000);
      return send(res, 200, "application/json", JSON.stringify({ status: "healthy", version: "canary", uptime }));
    }
    send(res, 404, "text/plain", "not found\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });

  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    const share = control.share;
    versions.stable.serve(total * (1 - share), seconds);
    versions.canary.serve(total * share, seconds);
  }, TICK_MS);

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    regress,
    errorRatio: (version) => versions[version].errorRatio,
    traffic: () => control.traffic,
    stop: async () => {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
