/** `deploy-playbook schema`: the playbook's JSON Schema, for editors. */
import { parseOptions, UsageError, type Command } from "./command.js";

export const schemaCommand: Command = {
  name: "schema",
  summary: "print the playbook's JSON Schema",
  usage: "",
  async run(args, deps) {
    const { positionals } = parseOptions(args, {}, schemaCommand);
    if (positionals.length > 0) throw new UsageError(`schema takes no arguments, got ${positionals.join(" ")}`, schemaCommand);
    const { playbookJsonSchemaText } = await import("../playbook/json-schema.js");
    deps.stdout.write(playbookJsonSchemaText());
    return 0;
  },
};
