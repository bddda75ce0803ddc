/**
 * Quantities with units, parsed once into base units: seconds, bytes, ratios, plain numbers.
 *
 * The playbooks this suite automates write `5%`, `500ms`, `2h`, `20MB`; a number never
 * travels through the code with its unit still attached as text.
 */

/** The dimension of a quantity, which decides its base unit. */
export type Dimension = "ratio" | "duration" | "bytes" | "number";

export interface Quantity {
  /** Value in base units: ratio (5% is 0.05), seconds, bytes, or the plain number. */
  readonly value: number;
  readonly dimension: Dimension;
  /** The text as the user wrote it, for messages and reports. */
  readonly text: string;
}

const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
};

const BYTE_UNITS: Record<string, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
};

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NUMBER_RE = new RegExp(`^${NUMBER}$`);
const PERCENT_RE = new RegExp(`^(${NUMBER})\\s*%$`);
const BYTES_RE = new RegExp(`^(${NUMBER})\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$`);
// One or more duration parts, as Prometheus writes them: 1h30m, 500ms, 2h.
const DURATION_PART = String.raw`(\d+(?:\.\d+)?)(ms|s|m|h|d|w)`;
const DURATION_RE = new RegExp(`^(?:${DURATION_PART})+$`);

/** The forms accepted, for error messages. */
export const QUANTITY_FORMS =
  "a number with a unit: a percentage (5%), a duration (500ms, 30s, 5m, 2h, 1d), a size (20MB, 20MiB), or a plain number (1000)";

/** Parses a quantity, or returns undefined when the text is not one. */
export function parseQuantity(raw: string | number): Quantity | undefined {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { value: raw, dimension: "number", text: String(raw) } : undefined;
  }
  const text = raw.trim();
  if (NUMBER_RE.test(text)) return { value: Number(text), dimension: "number", text };
  let m = PERCENT_RE.exec(text);
  if (m) return { value: Number(m[1]) / 100, dimension: "ratio", text };
  m = BYTES_RE.exec(text);
  if (m) return { value: Number(m[1]) * BYTE_UNITS[m[2]!]!, dimension: "bytes", text };
  if (DURATION_RE.test(text)) {
    let seconds = 0;
    for (const part of text.matchAll(new RegExp(DURATION_PART, "g"))) {
      seconds += Number(part[1]) * DURATION_UNITS[part[2]!]!;
    }
    return { value: seconds, dimension: "duration", text };
  }
  return undefined;
}

/** Parses a duration (`5m`, `2h`, `1h30m`, `500ms`) into seconds, or undefined. */
export function parseDuration(raw: string): number | undefined {
  const q = parseQuantity(raw);
  return q && q.dimension === "duration" ? q.value : undefined;
}

export type Comparator = ">" | ">=" | "<" | "<=";

/**
 * A limit as the reference playbooks write it: `"> 5%"` means the limit is crossed when
 * the measured value is above 5%.
 */
export interface Limit {
  readonly op: Comparator;
  readonly quantity: Quantity;
  readonly text: string;
}

const LIMIT_RE = /^(>=|<=|>|<)\s*(.+)$/;

export const LIMIT_FORMS = `a comparison and a quantity with its unit, like "> 5%", "< 500ms", ">= 20MB" or "> 1000"`;

/** Parses a limit such as `"> 5%"`, or returns undefined. */
export function parseLimit(raw: string): Limit | undefined {
  const m = LIMIT_RE.exec(raw.trim());
  if (!m) return undefined;
  const quantity = parseQuantity(m[2]!);
  if (!quantity) return undefined;
  return { op: m[1] as Comparator, quantity, text: raw.trim() };
}

/** True when `value` crosses the limit. NaN never crosses: callers treat it as no data. */
export function crosses(limit: Limit, value: number): boolean {
  const t = limit.quantity.value;
  switch (limit.op) {
    case ">":
      return value > t;
    case ">=":
      return value >= t;
    case "<":
      return value < t;
    case "<=":
      return value <= t;
  }
}

/** Formats a base-unit value for people, in the unit its dimension suggests. */
export function formatValue(value: number, dimension: Dimension): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  switch (dimension) {
    case "ratio":
      return `${round(value * 100)}%`;
    case "duration":
      return formatSeconds(value);
    case "bytes":
      return formatBytes(value);
    case "number":
      return String(round(value));
  }
}

function round(v: number): number {
  if (v === 0) return 0;
  const digits = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 3 : 4;
  return Number(v.toPrecision(Math.max(digits, Math.ceil(Math.log10(Math.abs(v) + 1)) + 1)));
}

/** `7200` → `2h`, `0.25` → `250ms`, `90` → `1m30s`. */
export function formatSeconds(seconds: number): string {
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  if (s < 1) return `${sign}${round(s * 1000)}ms`;
  if (s < 60) return `${sign}${round(s)}s`;
  const parts: string[] = [];
  let rest = Math.round(s);
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return sign + parts.join("");
}

function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? "-" : "";
  const b = Math.abs(bytes);
  for (const [unit, size] of [
    ["GB", 1e9],
    ["MB", 1e6],
    ["KB", 1e3],
  ] as const) {
    if (b >= size) return `${sign}${round(b / size)}${unit}`;
  }
  return `${sign}${round(b)}B`;
}
