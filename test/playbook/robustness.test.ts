import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isScalar, parseDocument, visit } from "yaml";
import { ConfigurationError } from "../../src/errors.js";
import { parsePlaybook } from "../../src/playbook/load.js";

const FULL = readFileSync("test/fixtures/playbooks/full.yml", "utf8");

/** full.yml with its n-th scalar value replaced, or undefined past the last one. */
function mangled(n: number, replacement: unknown): string | undefined {
  const doc = parseDocument(FULL);
  let i = 0;
  let done = false;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.value) && i++ === n) {
        pair.value = doc.createNode(replacement);
        done = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return done ? doc.toString() : undefined;
}

describe("a mangled playbook", () => {
  it.each([[null], ["x"], [{ a: 1 }]])("with any value replaced by %j fails only with located problems", (replacement) => {
    let cases = 0;
    for (let n = 0; ; n++) {
      const text = mangled(n, replacement);
      if (text === undefined) break;
      cases++;
      try {
        parsePlaybook(text, "pb.yml");
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        for (const p of (error as ConfigurationError).problems) {
          expect(p.line, `${p.path}: ${p.message}`).toBeGreaterThan(0);
          expect(p.message).not.toMatch(/^Invalid input|undefined|\[object Object\]/);
        }
      }
    }
    expect(cases).toBeGreaterThan(50);
  });
});
