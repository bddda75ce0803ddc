/** Cancellation: SIGINT or SIGTERM aborts the gate once; the handlers go away afterwards. */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { abortOnSignals, CancelledError, type SignalSource } from "../../src/app/interrupt.js";
import { memoryLogger } from "../fakes/log.js";

const source = () => new EventEmitter() as EventEmitter & SignalSource;

describe("abortOnSignals", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("aborts on %s with a CancelledError naming it", (signal) => {
    const controller = new AbortController();
    const log = memoryLogger();
    const signals = source();
    abortOnSignals(controller, "the gate", log, signals);
    signals.emit(signal, signal);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBeInstanceOf(CancelledError);
    expect((controller.signal.reason as CancelledError).message).toBe(`cancelled by ${signal}`);
    expect(log.lines).toEqual([`warning: ${signal} received: cancelling the gate and writing the partial evidence`]);
  });

  it("keeps the first reason when the runner follows SIGINT with SIGTERM", () => {
    const controller = new AbortController();
    const log = memoryLogger();
    const signals = source();
    abortOnSignals(controller, "the gate", log, signals);
    signals.emit("SIGINT", "SIGINT");
    signals.emit("SIGTERM", "SIGTERM");
    expect((controller.signal.reason as CancelledError).signal).toBe("SIGINT");
    expect(log.lines[1]).toBe("warning: SIGTERM received again: still writing the partial evidence");
  });

  it("removes its listeners when undone", () => {
    const signals = source();
    const undo = abortOnSignals(new AbortController(), "the gate", memoryLogger(), signals);
    expect([signals.listenerCount("SIGINT"), signals.listenerCount("SIGTERM")]).toEqual([1, 1]);
    undo();
    expect([signals.listenerCount("SIGINT"), signals.listenerCount("SIGTERM")]).toEqual([0, 0]);
  });
});
