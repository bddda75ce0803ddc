import { describe, expect, it } from "vitest";
import type { Windows } from "../../src/playbook/types.js";
import { checkWindow, localTime } from "../../src/playbook/window.js";

const weekdays = ["mon", "tue", "wed", "thu", "fri"] as const;
const team = (timezone: string): Windows => ({
  timezone,
  allow: [{ days: weekdays, from: 9 * 60, to: 18 * 60, text: "mon,tue,wed,thu,fri 09:00-18:00" }],
  deny: [{ days: ["fri"], from: 12 * 60, to: 24 * 60, text: "fri 12:00-24:00" }],
  freeze: [{ from: "2025-12-20", to: "2026-01-05", reason: "year-end" }],
});

describe("checkWindow", () => {
  it.each([
    // Sao Paulo has had no daylight saving since 2019: UTC-3 all year.
    ["Sao Paulo, Friday 11:59", "America/Sao_Paulo", "2025-11-07T14:59:00Z", true, "inside the allowed window"],
    ["Sao Paulo, Friday 12:00", "America/Sao_Paulo", "2025-11-07T15:00:00Z", false, "inside the denied window fri 12:00-24:00; now Fri 2025-11-07 12:00"],
    ["Sao Paulo, Friday 23:00 (Saturday in UTC)", "America/Sao_Paulo", "2025-11-08T02:00:00Z", false, "denied window"],
    ["Sao Paulo, Monday 08:59", "America/Sao_Paulo", "2025-11-10T11:59:00Z", false, "outside the allowed windows"],
    // In November 2018 Sao Paulo still observed daylight saving (UTC-2).
    ["Sao Paulo 2018 summer time, Friday 12:30", "America/Sao_Paulo", "2018-11-09T14:30:00Z", false, "now Fri 2018-11-09 12:30"],
    ["Sao Paulo 2019 (no summer time), Friday 11:30", "America/Sao_Paulo", "2019-11-08T14:30:00Z", true, "now Fri 2019-11-08 11:30"],
    ["Tokyo (no DST), Friday 12:00", "Asia/Tokyo", "2025-11-07T03:00:00Z", false, "denied window"],
    ["UTC, Saturday noon", "UTC", "2025-11-08T12:00:00Z", false, "outside the allowed windows"],
    // New York moved to UTC-4 on 2025-03-09: the same UTC time is an hour later locally.
    ["New York before DST, Monday 08:30", "America/New_York", "2025-03-03T13:30:00Z", false, "now Mon 2025-03-03 08:30"],
    ["New York after DST, Monday 09:30", "America/New_York", "2025-03-10T13:30:00Z", true, "now Mon 2025-03-10 09:30"],
    ["the last day of a freeze, local time", "America/Sao_Paulo", "2026-01-06T02:00:00Z", false, "inside the freeze 2025-12-20 to 2026-01-05 (year-end)"],
    ["the day after a freeze", "America/Sao_Paulo", "2026-01-06T12:00:00Z", true, "now Tue 2026-01-06 09:00"],
    ["the first day of a freeze", "America/Sao_Paulo", "2025-12-20T03:00:00Z", false, "inside the freeze"],
  ])("%s", (_, tz, iso, open, reason) => {
    const decision = checkWindow(team(tz), new Date(iso));
    expect(decision.open).toBe(open);
    expect(decision.reason).toContain(reason);
  });

  it("is open without windows", () => {
    expect(checkWindow(undefined, new Date())).toEqual({ open: true, reason: "no deployment windows are set" });
  });

  it("is open with only a deny list, outside it", () => {
    const w: Windows = { timezone: "UTC", allow: [], deny: team("UTC").deny, freeze: [] };
    expect(checkWindow(w, new Date("2025-11-06T13:00:00Z"))).toMatchObject({ open: true, reason: expect.stringContaining("no window or freeze applies") });
  });

  it("reads midnight as minute 0, not 24:00", () => {
    expect(localTime(new Date("2025-11-10T03:00:00Z"), "America/Sao_Paulo")).toMatchObject({ date: "2025-11-10", weekday: "mon", minute: 0 });
  });
});
