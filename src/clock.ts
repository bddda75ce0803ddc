/** Time, injected so a two-hour soak runs in milliseconds under test. */
export interface Clock {
  now(): Date;
  /** Resolves after `ms`, or rejects with an AbortError when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The longest delay `setTimeout` takes (about 24.8 days): past it, Node fires at once.
 * Longer waits are made of pieces this long, or capped where "that long" means "never".
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason ?? new Error("aborted"));
      const end = Date.now() + ms;
      let timer: ReturnType<typeof setTimeout>;
      const wait = () => {
        const left = end - Date.now();
        if (left > MAX_TIMER_MS) {
          timer = setTimeout(wait, MAX_TIMER_MS);
          return;
        }
        timer = setTimeout(() => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        }, Math.max(0, left));
      };
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason ?? new Error("aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      wait();
    }),
};
