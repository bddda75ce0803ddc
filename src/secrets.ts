/**
 * The one way secrets are blanked out of text the suite writes (logs, errors, summaries,
 * evidence, outputs): every occurrence becomes `***`, the runner's own mask.
 */

/** A function that replaces every one of `secrets` in a text by `***`; longest first, so no fragment survives. */
export function secretBlanker(secrets: readonly string[]): (text: string) => string {
  const list = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  return (text) => list.reduce((out, secret) => out.split(secret).join("***"), text);
}

/** Every string inside a value (keys too) passed through `blank`; numbers (NaN and ±Inf too) kept as they are. */
export function blankStrings<T>(value: T, blank: (text: string) => string): T {
  if (typeof value === "string") return blank(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => blankStrings(v, blank)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [blank(k), blankStrings(v, blank)])) as T;
  }
  return value;
}
