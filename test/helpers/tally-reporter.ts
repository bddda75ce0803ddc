/**
 * Ends a test run with one plain line, `N passed, N failed` (and `, N skipped` when any
 * were), that any log reader can find without knowing vitest's colored summary.
 */
import type { Reporter, TestModule } from "vitest/node";

export default class TallyReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) count[test.result().state] += 1;
    }
    const skipped = count.skipped + count.pending;
    process.stdout.write(`\n${count.passed} passed, ${count.failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`);
  }
}
