/**
 * Deployment windows: may a stage move traffic now? Days, hours and freeze dates are read
 * in the playbook's time zone (Intl), so "no Friday afternoons" means Friday afternoon
 * where the team works, across daylight-saving changes.
 */
import type { WeekWindow, Weekday, Windows } from "./types.js";

export interface WindowDecision {
  readonly open: boolean;
  /** Why, for logs and summaries: the rule that decided and the local time it saw. */
  readonly reason: string;
}

const WEEKDAYS: Record<string, Weekday> = { Mon: "mon", Tue: "tue", Wed: "wed", Thu: "thu", Fri: "fri", Sat: "sat", Sun: "sun" };

/** Local calendar date, weekday and minute of the day of `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): { date: string; weekday: Weekday; minute: number; text: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const date = `${parts["year"]}-${parts["month"]}-${parts["day"]}`;
  const weekday = WEEKDAYS[parts["weekday"]!]!;
  const minute = Number(parts["hour"]) * 60 + Number(parts["minute"]);
  return { date, weekday, minute, text: `${parts["weekday"]} ${date} ${parts["hour"]}:${parts["minute"]} ${timeZone}` };
}

/** Decides whether the windows allow a deployment at `now`. No windows: always open. */
export function checkWindow(windows: Windows | undefined, now: Date): WindowDecision {
  if (!windows) return { open: true, reason: "no deployment windows are set" };
  const local = localTime(now, windows.timezone);

  const freeze = windows.freeze.find((f) => f.from <= local.date && local.date <= f.to);
  if (freeze) {
    const why = freeze.reason ? ` (${freeze.reason})` : "";
    return { open: false, reason: `inside the freeze ${freeze.from} to ${freeze.to}${why}; now ${local.text}` };
  }
  const deny = windows.deny.find((w) => contains(w, local));
  if (deny) return { open: false, reason: `inside the denied window ${deny.text}; now ${local.text}` };
  if (windows.allow.length > 0) {
    const allow = windows.allow.find((w) => contains(w, local));
    if (!allow) {
      return { open: false, reason: `outside the allowed windows (${windows.allow.map((w) => w.text).join("; ")}); now ${local.text}` };
    }
    return { open: true, reason: `inside the allowed window ${allow.text}; now ${local.text}` };
  }
  return { open: true, reason: `no window or freeze applies; now ${local.text}` };
}

function contains(w: WeekWindow, local: { weekday: Weekday; minute: number }): boolean {
  return w.days.includes(local.weekday) && w.from <= local.minute && local.minute < w.to;
}
