/**
 * The command target's scripts as processes: failures named with their exit code and last
 * lines, timeouts that stop the whole process group, output streamed as it comes and kept
 * bounded, abort. Real processes and real time; timeouts are about a second.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Logger } from "../../src/log.js";
import { CommandError } from "../../src/targets/command/error.js";
import { MAX_LINE } from "../../src/targets/command/lines.js";
import { CAPTURE_LIMIT } from "../../src/targets/command/run-script.js";
import { createCommandTarget } from "../../src/targets/command/target.js";
import { commandTarget, eventually, processGone, RUNNER_ENV, step, targetDeps, tempRepo, type Repo } from "./scripts.js";

let repo: Repo;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => repo.remove());

const moved = { kind: "command", weight: 0 } as const;

/** Moves with `body` as the set-weight script and returns what it threw. */
async function moveWith(body: string, options: { timeout?: number; graceMs?: number; log?: Logger; signal?: AbortSignal } = {}): Promise<unknown> {
  const t = commandTarget({ setWeight: repo.script("set-weight.sh", body), rollback: repo.script("rollback.sh", ""), timeout: options.timeout ?? 10 });
  const { deps } = targetDeps({ ...(options.log && { log: options.log }), ...(options.signal && { signal: options.signal }) });
  const target = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV, graceMs: options.graceMs ?? 5000 }, deps);
  return target.move(step(), moved).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe("a script that ends", () => {
  it("is an error naming the script, its exit code and its last 20 lines", async () => {
    const error = await moveWith('for i in $(seq 1 30); do echo "line $i"; done\nexit 3');
    expect(error).toBeInstanceOf(CommandError);
    const e = error as CommandError;
    expect(e.failure).toBe("exit");
    expect(e.message.split("\n")[0]).toBe("./deploy/set-weight.sh (target.command.set-weight) exited with code 3");
    expect(e.tail).toHaveLength(20);
    expect(e.message).toBe(
      ["./deploy/set-weight.sh (target.command.set-weight) exited with code 3", "Last lines of its output:", ...Array.from({ length: 20 }, (_, i) => `  line ${i + 11}`)].join("\n"),
    );
  });

  it("names the signal that killed it", async () => {
    const error = await moveWith('echo "about to crash" >&2\nkill -SEGV $$');
    expect((error as CommandError).failure).toBe("signal");
    expect((error as Error).message).toMatch(/^\.\/deploy\/set-weight\.sh \(target\.command\.set-weight\) was killed by SIGSEGV\nLast lines of its output:\n {2}about to crash$/);
  });

  it("ends when the script exits, even if a background child still holds its output", async () => {
    const error = await moveWith("sleep 60 &\necho $! > seen/child\necho moved");
    const child = Number(repo.read("seen/child"));
    expect(error).toBeUndefined();
    // A successful script's background children are its own business: left running.
    expect(processGone(child)).toBe(false);
    process.kill(child, "SIGKILL");
  });

  it("says why it could not start", async () => {
    const t = commandTarget({ setWeight: "./deploy/gone.sh", rollback: "./deploy/gone.sh" });
    const error = await createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps).move(step(), moved).catch((e: unknown) => e);
    expect((error as CommandError).failure).toBe("start");
    expect((error as Error).message).toMatch(/^\.\/deploy\/gone\.sh \(target\.command\.set-weight\) does not exist in the repository/);
  });
});

describe("a script that runs past its timeout", () => {
  it("has its whole process group stopped, children included, and says so", async () => {
    const error = await moveWith('sleep 60 &\necho $! > seen/child\necho "waiting for the load balancer"\nwait', { timeout: 1 });
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).failure).toBe("timeout");
    expect((error as Error).message).toMatch(/^\.\/deploy\/set-weight\.sh \(target\.command\.set-weight\) ran past its timeout of 1s; its process group was stopped \(SIGTERM, then SIGKILL after 5s\)\nLast lines of its output:\n {2}waiting for the load balancer$/);
    const child = Number(repo.read("seen/child"));
    expect(await eventually(() => processGone(child))).toBe(true);
  });

  it("is killed with SIGKILL after the grace period when it ignores SIGTERM", async () => {
    const error = await moveWith("trap '' TERM\nsleep 60 &\necho $! > seen/child\nwhile :; do wait; done", { timeout: 1, graceMs: 200 });
    expect((error as CommandError).failure).toBe("timeout");
    expect(await eventually(() => processGone(Number(repo.read("seen/child"))))).toBe(true);
  });
});

// Kept out of the test above: the script itself ends at SIGTERM, one of its children does not.
describe("a child that ignores SIGTERM", () => {
  it("is killed with SIGKILL after the grace period even though the script has ended", async () => {
    const error = await moveWith(`sh -c 'trap "" TERM; sleep 60 & echo $! > seen/child; wait' &\nwait`, { timeout: 1, graceMs: 200 });
    expect((error as CommandError).failure).toBe("timeout");
    expect(await eventually(() => repo.exists("seen/child") && processGone(Number(repo.read("seen/child"))))).toBe(true);
  });
});

describe("a script's output", () => {
  it("reaches the log line by line while the script still runs", async () => {
    // The script waits for a file that the log creates when it sees the first line.
    const log = loggerThat((line) => line === "[set-weight.sh] ready" && repo.write("seen/go", ""));
    const error = await moveWith('echo ready\ni=0\nwhile [ ! -f seen/go ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done\n[ -f seen/go ] && echo "saw go"', { log });
    expect(error).toBeUndefined();
    expect(log.lines).toEqual(expect.arrayContaining(["[set-weight.sh] ready", "[set-weight.sh] saw go"]));
  });

  it("is passed on whole however much there is, keeping only the last lines", async () => {
    let count = 0;
    let last = "";
    const log = loggerThat((line) => {
      if (line.startsWith("[set-weight.sh] ")) count++, (last = line);
    });
    const error = (await moveWith("seq 1 200000\nexit 1", { log })) as CommandError;
    expect(count).toBe(200000);
    expect(last).toBe("[set-weight.sh] 200000");
    expect(error.tail).toEqual(Array.from({ length: 20 }, (_, i) => String(199981 + i)));
  });

  it("cuts a line with no end into pieces, so one line cannot fill memory", async () => {
    const lengths: number[] = [];
    const log = loggerThat((line) => line.startsWith("[set-weight.sh] ") && lengths.push(line.length));
    await moveWith("head -c 1000000 /dev/zero | tr '\\0' x\necho\necho done", { log });
    const prefix = "[set-weight.sh] ".length;
    expect(Math.max(...lengths)).toBe(MAX_LINE + prefix);
    expect(lengths.reduce((a, b) => a + b - prefix, 0)).toBe(1000000 + "done".length);
  });

  it("keeps characters split across chunks whole", async () => {
    const log = loggerThat(() => {});
    await moveWith(`i=0; while [ $i -lt 3000 ]; do printf '☃'; i=$((i+1)); done; echo`, { log });
    expect(log.lines.join("")).not.toContain("\uFFFD");
  });

  it("of current is refused past the size a state can carry", async () => {
    const t = commandTarget({ current: repo.script("current.sh", `printf '"%s"' "$(head -c ${CAPTURE_LIMIT + 10} /dev/zero | tr '\\0' x)"`), setWeight: repo.script("s.sh", ""), rollback: repo.script("r.sh", "") });
    const error = await createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps).record(step()).catch((e: unknown) => e);
    expect((error as CommandError).failure).toBe("output");
    expect((error as Error).message).toBe(`./deploy/current.sh (target.command.current) printed ${CAPTURE_LIMIT + 12} bytes on stdout; expected a JSON document of at most ${CAPTURE_LIMIT} bytes (send logs to stderr)`);
  });
});

describe("abort", () => {
  it("stops a running script and its children, and rejects with the abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error("cancelled by SIGTERM");
    const log = loggerThat((line) => line === "[set-weight.sh] started" && controller.abort(reason));
    const error = await moveWith("sleep 60 &\necho $! > seen/child\necho started\nwait", { log, signal: controller.signal });
    expect(error).toBe(reason);
    expect(await eventually(() => processGone(Number(repo.read("seen/child"))))).toBe(true);
  });

  it("runs nothing once aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    const error = await moveWith("touch seen/ran", { signal: controller.signal });
    expect((error as Error).message).toBe("cancelled");
    expect(repo.exists("seen/ran")).toBe(false);
  });
});

/** A logger that keeps its lines and calls `onLine` with each info line. */
function loggerThat(onLine: (line: string) => unknown): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (m: string) => {
    if (lines.length < 1000) lines.push(m);
  };
  return {
    lines,
    debug: keep,
    info: (m) => {
      keep(m);
      onLine(m);
    },
    warning: keep,
    error: keep,
  };
}
