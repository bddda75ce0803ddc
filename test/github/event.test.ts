import { describe, expect, it } from "vitest";
import { changeMakers, parseEvent } from "../../src/github/event.js";

describe("changeMakers", () => {
  it.each([
    ["a push: the pusher and the head commit's author", { pusher: { name: "pat", email: "pat@example.com" }, sender: { login: "pat" }, head_commit: { author: { name: "Ann", username: "ann" } } }, { pusher: "pat", author: "ann" }],
    ["a push by an author without a GitHub account", { pusher: { name: "pat" }, head_commit: { author: { name: "Ann", email: "ann@elsewhere" } } }, { pusher: "pat" }],
    ["a workflow_dispatch: the sender", { sender: { login: "dora" }, inputs: {} }, { pusher: "dora" }],
    ["a bot", { sender: { login: "renovate[bot]" } }, { pusher: "renovate[bot]" }],
    ["an empty event", {}, {}],
    ["fields that are not logins", { pusher: { name: "Pat Smith" }, sender: { login: 42 }, head_commit: null }, {}],
  ])("%s", (_, event, expected) => {
    expect(changeMakers(event)).toEqual(expected);
  });
});

describe("parseEvent", () => {
  it.each([
    ['{"sender":{"login":"dora"}}', { sender: { login: "dora" } }],
    ["not json", {}],
    ["[1,2]", {}],
    ["null", {}],
  ])("reads %j", (text, expected) => {
    expect(parseEvent(text)).toEqual(expected);
  });
});
