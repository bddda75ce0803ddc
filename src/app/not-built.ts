/** The plain refusal of an operation whose real work is not in this version. */
import { Refusal } from "../errors.js";

/** It never pretends to succeed: it says what it would have done. */
export function notBuiltYet(action: string, wouldDo: string): Refusal {
  return new Refusal(`The ${action} action is not built yet in this version: it would ${wouldDo}. Run with dry-run: true to see the plan.`);
}
