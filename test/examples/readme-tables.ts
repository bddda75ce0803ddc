/**
 * The README's input and output tables of each action, rendered from and parsed back into
 * the rows of its `action.yml`.
 *
 * A table follows a marker line `<!-- inputs: actions/gate/action.yml -->` (or `outputs:`).
 * `npx tsx test/examples/readme-tables.ts --write` rewrites every table from the manifests;
 * the README test fails when a table and its manifest disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ActionManifest, type InputRow, type OutputRow, manifestExists, readManifest } from "./action-manifest.js";

export const README = "README.md";

const MARKER = /^<!-- (inputs|outputs): (\S+) -->$/;

export interface TableSection {
  readonly kind: "inputs" | "outputs";
  readonly path: string;
  /** Line index of the marker. */
  readonly line: number;
  /** The table's rows after the header, each a list of unescaped cells. */
  readonly rows: readonly (readonly string[])[];
  /** Lines the table occupies after the marker (0 when there is none yet). */
  readonly length: number;
}

/** Every marked table in the README text. */
export function tableSections(text: string): TableSection[] {
  const lines = text.split("\n");
  const out: TableSection[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    let end = i + 1;
    while (end < lines.length && lines[end]!.startsWith("|")) end++;
    const table = lines.slice(i + 1, end);
    out.push({ kind: m[1] as "inputs" | "outputs", path: m[2]!, line: i, rows: table.slice(2).map(cells), length: table.length });
  });
  return out;
}

/** Splits `| a | b \| c |` into `["a", "b | c"]`. */
export function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
}

/** A cell's text without the code span around it. */
export function unquote(cell: string): string {
  const m = /^`(.*)`$/.exec(cell);
  return m ? m[1]! : cell;
}

/** The README rows of an inputs table, read back as manifest rows. */
export function inputRows(section: TableSection): InputRow[] {
  return section.rows.map(([name = "", required = "", def = "", description = ""]) => ({
    name: unquote(name),
    required: required === "yes",
    default: unquote(def),
    description,
  }));
}

/** The README rows of an outputs table, read back as manifest rows. */
export function outputRows(section: TableSection): OutputRow[] {
  return section.rows.map(([name = "", description = ""]) => ({ name: unquote(name), description }));
}

const escape = (text: string) => text.replace(/\|/g, "\\|");
const code = (text: string) => (text === "" ? "" : `\`${escape(text)}\``);

/** The inputs table of a manifest, as the README shows it. */
export function renderInputs(m: ActionManifest): string[] {
  return [
    "| Name | Required | Default | Description |",
    "| --- | --- | --- | --- |",
    ...m.inputs.map((i) => `| ${code(i.name)} | ${i.required ? "yes" : "no"} | ${code(i.default)} | ${escape(i.description)} |`),
  ];
}

/** The outputs table of a manifest, as the README shows it. */
export function renderOutputs(m: ActionManifest): string[] {
  return ["| Name | Description |", "| --- | --- |", ...m.outputs.map((o) => `| ${code(o.name)} | ${escape(o.description)} |`)];
}

/** The README text with every marked table rendered afresh from its manifest. */
export function renderReadme(text: string): string {
  const lines = text.split("\n");
  // From the bottom up, so earlier line numbers stay valid.
  for (const s of tableSections(text).reverse()) {
    if (!manifestExists(s.path)) continue;
    const m = readManifest(s.path);
    lines.splice(s.line + 1, s.length, ...(s.kind === "inputs" ? renderInputs(m) : renderOutputs(m)));
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--write")) {
  writeFileSync(README, renderReadme(readFileSync(README, "utf8")));
  console.log(`rewrote the action tables of ${README}`);
}
