/**
 * Rewrites the `inputs` and `outputs` of every `action.yml` from the input table its code
 * parses with (`src/inputs/*.ts`), keeping the rest of the file. The test in
 * `test/actions/action-yml.test.ts` fails when they drift; this makes them agree.
 *
 * Usage: npx tsx scripts/write-action-yml.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { canaryAction } from "../src/inputs/canary.js";
import { gateAction } from "../src/inputs/gate.js";
import { playbookAction } from "../src/inputs/playbook.js";
import { rollbackAction } from "../src/inputs/rollback.js";
import { signoffAction } from "../src/inputs/signoff.js";
import type { ActionInterface } from "../src/inputs/spec.js";
import { type ActionName, actionYmlPath } from "../tools/runner.js";

const actions: [ActionName, ActionInterface][] = [
  ["canary", canaryAction],
  ["gate", gateAction],
  ["rollback", rollbackAction],
  ["signoff", signoffAction],
  ["playbook", playbookAction],
];

for (const [name, iface] of actions) {
  const path = actionYmlPath(name);
  const doc = parseDocument(readFileSync(path, "utf8"));
  const inputs = Object.fromEntries(
    Object.entries(iface.inputs).map(([input, spec]) => [
      input,
      { description: spec.description, required: spec.required ?? false, ...(!spec.required && { default: spec.default ?? "" }) },
    ]),
  );
  const outputs = Object.fromEntries(Object.entries(iface.outputs).map(([output, description]) => [output, { description }]));
  doc.set("inputs", doc.createNode(inputs));
  doc.set("outputs", doc.createNode(outputs));
  // `runs` stays last, where readers look for it.
  const runs = doc.get("runs", true);
  doc.delete("runs");
  doc.set("runs", runs);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  console.log(`wrote ${path}`);
}
