/**
 * One workflow command line, `::command key=value,…::message`, with the runner's escapes:
 * what the action shells write to stdout and what the CLI prints inside GitHub Actions.
 */

/**
 * The command line, without its line end. As in @actions/core, a property without a value
 * (or 0, or "") is left out, and any property object that has keys opens the property
 * list with a space.
 */
export function workflowCommand(command: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const keys = Object.keys(properties);
  const pairs = Object.entries(properties).filter(([, value]) => Boolean(value));
  const head = keys.length > 0 ? ` ${pairs.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}` : "";
  return `::${command}${head}::${escapeData(message)}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
