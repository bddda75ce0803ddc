import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { runContextFromEnv } from "../../src/github/client.js";

const runner = {
  GITHUB_REPOSITORY: "octo-org/web",
  GITHUB_RUN_ID: "7001",
  GITHUB_RUN_ATTEMPT: "2",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_API_URL: "https://api.github.com",
  GITHUB_ACTOR: "alice",
  GITHUB_SHA: "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678",
  GITHUB_REF: "refs/heads/main",
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    runContextFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error("expected a ConfigurationError");
}

describe("run context from the runner's environment", () => {
  it("reads every variable the runner sets", () => {
    expect(runContextFromEnv(runner)).toEqual({
      owner: "octo-org",
      repo: "web",
      runId: 7001,
      runAttempt: 2,
      runUrl: "https://github.com/octo-org/web/actions/runs/7001",
      actor: "alice",
      sha: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
    });
  });

  it.each([
    ["https://github.com", "https://api.github.com"],
    ["https://ghes.example.com/", "https://ghes.example.com/api/v3"],
  ])("without GITHUB_API_URL, a server %s means the API at %s", (server, api) => {
    expect(runContextFromEnv({ ...runner, GITHUB_API_URL: undefined, GITHUB_SERVER_URL: server }).apiUrl).toBe(api);
  });

  it("names every missing variable at once", () => {
    const problems = problemsOf({ GITHUB_API_URL: "https://api.github.com" });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "env GITHUB_REPOSITORY",
      "env GITHUB_RUN_ID",
      "env GITHUB_RUN_ATTEMPT",
      "env GITHUB_SERVER_URL",
      "env GITHUB_ACTOR",
      "env GITHUB_SHA",
      "env GITHUB_REF",
    ]);
    expect(problems[0]).toBe("env GITHUB_REPOSITORY: is not set; expected OWNER/REPO (the GitHub runner sets it; outside Actions, set it yourself)");
  });

  it.each([
    ["GITHUB_REPOSITORY", "web", 'is "web"; expected OWNER/REPO'],
    ["GITHUB_RUN_ID", "abc", 'is "abc"; expected a positive whole number'],
    ["GITHUB_RUN_ATTEMPT", "0", 'is "0"; expected a positive whole number'],
    ["GITHUB_SERVER_URL", "github.com", 'is "github.com"; expected an http(s) URL'],
    ["GITHUB_API_URL", "ftp://api", 'is "ftp://api"; expected an http(s) URL'],
    ["GITHUB_SHA", "abc123", 'is "abc123"; expected a 40-character commit sha'],
    ["GITHUB_REF", "main", 'is "main"; expected a ref such as refs/heads/main'],
  ])("%s=%s is refused with the form expected", (name, value, message) => {
    expect(problemsOf({ ...runner, [name]: value })).toEqual([expect.stringContaining(`env ${name}: ${message}`)]);
  });
});
