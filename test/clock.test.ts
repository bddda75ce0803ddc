import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_TIMER_MS, systemClock } from "../src/clock.js";

describe("systemClock.sleep", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits the whole of a delay longer than setTimeout takes (30 days), not 1 ms", async () => {
    const day = 86_400_000;
    expect(30 * day).toBeGreaterThan(MAX_TIMER_MS);
    let done = false;
    void systemClock.sleep(30 * day).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(29 * day);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(day);
    expect(done).toBe(true);
  });

  it("stops a long wait when the signal aborts", async () => {
    const controller = new AbortController();
    const sleep = systemClock.sleep(40 * 86_400_000, controller.signal);
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS + 5);
    controller.abort(new Error("cancelled"));
    await expect(sleep).rejects.toThrow("cancelled");
  });

  it("resolves a short wait on time", async () => {
    let done = false;
    void systemClock.sleep(250).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
