import { describe, expect, it } from "vitest";
import { logLine } from "../../tools/workflow-commands.js";

describe("logLine: stdout as the runner's log shows it", () => {
  it.each([
    ["plain text", "soaking canary for 40s", "soaking canary for 40s"],
    ["an error annotation", "::error file=deploy.yml,line=3::p99 %25 too high%0Anext", "Error: p99 % too high\nnext"],
    ["a warning", "::warning::window closes soon", "Warning: window closes soon"],
    ["a notice", "::notice title=Gate::go", "Notice: go"],
    ["a group", "::group::round 1", "▸ round 1"],
    ["a mask", "::add-mask::s3cr3t", undefined],
    ["a debug line", "::debug::raw response", undefined],
    ["the end of a group", "::endgroup::", undefined],
  ])("%s", (_, line, shown) => {
    expect(logLine(line)).toBe(shown);
  });
});
