/**
 * The runner's two output channels as @actions/core writes them: file commands
 * (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV) and workflow commands on stdout
 * (`::error file=…::`, `::add-mask::`), read back for tests, and shown as the runner's
 * log shows them for the demo.
 */

export interface Annotation {
  readonly level: "error" | "warning" | "notice";
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly title?: string;
  readonly message: string;
}

/**
 * Parses a file-command file: `name<<DELIMITER` … `DELIMITER` blocks (what @actions/core
 * writes) and single `name=value` lines.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`file command for ${key} is missing its closing delimiter ${delimiter}`);
      values[key!] = body.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0) throw new Error(`not a file command line: ${JSON.stringify(line)}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** The `::error …::`, `::warning …::` and `::notice …::` commands printed on stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, level, props, data] = match;
    const properties: Record<string, string> = {};
    for (const pair of props ? props.split(",") : []) {
      const eq = pair.indexOf("=");
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    annotations.push({
      level: level as Annotation["level"],
      ...(properties["file"] !== undefined && { file: properties["file"] }),
      ...(properties["line"] !== undefined && { line: Number(properties["line"]) }),
      ...(properties["col"] !== undefined && { col: Number(properties["col"]) }),
      ...(properties["title"] !== undefined && { title: properties["title"] }),
      message: unescapeData(data ?? ""),
    });
  }
  return annotations;
}

/** The values registered with `::add-mask::`. */
export function parseMasks(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .flatMap((line) => (line.startsWith("::add-mask::") ? [unescapeData(line.slice("::add-mask::".length))] : []));
}

/**
 * One stdout line as the runner's log shows it: annotations as `Error: …`, `Warning: …`,
 * `Notice: …`, groups as `▸ title`; undefined for the commands the log hides (masks,
 * debug, `::endgroup::`, state). Other lines are shown as they are.
 */
export function logLine(line: string): string | undefined {
  const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
  if (!command) return line;
  const [, name, data = ""] = command;
  const text = unescapeData(data);
  if (name === "error") return `Error: ${text}`;
  if (name === "warning") return `Warning: ${text}`;
  if (name === "notice") return `Notice: ${text}`;
  if (name === "group") return `▸ ${text}`;
  return undefined;
}

// The escapes of @actions/core's command.ts, undone (`%25` last so `%250A` stays `%0A`).
function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}
