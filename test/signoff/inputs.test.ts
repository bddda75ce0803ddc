/** The signoff action's inputs: every problem at once, and the values it reads. */
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { parseSignoffInputs } from "../../src/inputs/signoff.js";

const context = { workspace: "/ws" };

describe("parseSignoffInputs", () => {
  it("reads the change type, accept-conditional and the environment URL", () => {
    const inputs = parseSignoffInputs((name) => ({ "change-type": " hotfix ", "accept-conditional": "true", "environment-url": "https://api.example.com", "github-token": "t0k" })[name], context);
    expect(inputs).toMatchObject({ changeType: "hotfix", acceptConditional: true, environmentUrl: "https://api.example.com", githubToken: "t0k", dryRun: false });
  });

  it("leaves empty inputs absent", () => {
    const inputs = parseSignoffInputs((name) => ({ "change-type": "", "environment-url": "" })[name], context);
    expect(inputs).not.toHaveProperty("changeType");
    expect(inputs).not.toHaveProperty("environmentUrl");
    expect(inputs.acceptConditional).toBe(false);
  });

  it("reports every bad input at once", () => {
    let error: unknown;
    try {
      parseSignoffInputs((name) => ({ "change-type": "Major", "accept-conditional": "yes", "environment-url": "ftp://x" })[name], context);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      `input 'change-type': found "Major"; expected one of configuration, patch, minor, major, hotfix`,
      `input 'accept-conditional': found "yes"; expected one of true, True, TRUE, false, False, FALSE`,
      `input 'environment-url': found "ftp://x"; expected an http(s) URL like https://prometheus.example.internal`,
    ]);
  });
});
