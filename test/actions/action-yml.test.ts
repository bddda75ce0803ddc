/** Each action.yml and the input table its code parses with must agree, name for name. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { canaryAction } from "../../src/inputs/canary.js";
import { gateAction } from "../../src/inputs/gate.js";
import { playbookAction } from "../../src/inputs/playbook.js";
import { rollbackAction } from "../../src/inputs/rollback.js";
import { signoffAction } from "../../src/inputs/signoff.js";
import type { ActionInterface } from "../../src/inputs/spec.js";
import { type ActionName, actionYmlPath, ROOT } from "../../tools/runner.js";

interface ActionYml {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const actions: [ActionName, ActionInterface][] = [
  ["canary", canaryAction],
  ["gate", gateAction],
  ["rollback", rollbackAction],
  ["signoff", signoffAction],
  ["playbook", playbookAction],
];

const read = (name: ActionName) => parse(readFileSync(actionYmlPath(name), "utf8")) as ActionYml;

describe.each(actions)("%s action.yml", (name, iface) => {
  const yml = read(name);

  it("declares the same inputs, in the same order, as the input table", () => {
    expect(Object.keys(yml.inputs ?? {})).toEqual(Object.keys(iface.inputs));
  });

  it.each(Object.entries(iface.inputs))("input %s has the table's description, default and required flag", (input, spec) => {
    const declared = yml.inputs?.[input];
    expect(declared?.description).toBe(spec.description);
    expect(declared?.required ?? false).toBe(spec.required ?? false);
    if (spec.required) expect(declared).not.toHaveProperty("default");
    else expect(declared?.default).toBe(spec.default ?? "");
  });

  it("declares the outputs the code sets, each with its description", () => {
    expect(yml.outputs).toEqual(Object.fromEntries(Object.entries(iface.outputs).map(([o, d]) => [o, { description: d }])));
  });

  it("runs its own bundle on node24, with a name, description and branding", () => {
    expect(yml.runs?.using).toBe("node24");
    expect(resolve(dirname(actionYmlPath(name)), yml.runs?.main ?? "")).toBe(resolve(ROOT, "dist", name, "index.js"));
    expect(yml.name).toMatch(/^Deploy Playbook/);
    expect(yml.description?.length).toBeGreaterThan(20);
    expect(yml.branding?.icon).toBeTruthy();
    expect(yml.branding?.color).toBeTruthy();
  });
});

describe("the action set", () => {
  it("has one action.yml per action directory and no other", () => {
    for (const [name] of actions) expect(existsSync(actionYmlPath(name))).toBe(true);
    expect(existsSync(resolve(ROOT, "actions", "playbook"))).toBe(false);
  });
});
