/**
 * A problem found in the playbook before it is located in the file. Schema issues, PromQL
 * errors and semantic checks all produce findings; the loader turns each into a located
 * {@link Problem} (file, line, column) from the YAML node the path leads to.
 */
import { quote } from "../errors.js";

/** A path into the document: keys and list indices, as zod reports them. */
export type DocPath = readonly (string | number)[];

export interface Finding {
  readonly path: DocPath;
  readonly message: string;
  /**
   * Which part of the node to point at: the value (default), the key itself (an unknown
   * key), or the mapping holding the path (a missing key has no node of its own).
   */
  readonly at?: "value" | "key" | "parent";
  /** Offset inside a string value (a PromQL error's position inside the query). */
  readonly offset?: number;
}

const SIMPLE_KEY = /^[A-Za-z0-9_$-]{1,60}$/;

/** Renders a path the way messages show it: `stages[1].soak`, `checks.error-rate.query`. */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (SIMPLE_KEY.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${quote(segment, 30)}]`;
  }
  return out;
}
