/** `deploy-playbook schema`: the playbook's JSON Schema, for editors. */
import { playbookJsonSchemaText } from "../playbook/json-schema.js";
import { parseOptions, UsageError, type Command } from "./command.js";

export const schemaCommand: Command = {
  name: "schema",
  summary: "print the playbook's JSON Schema",
  usage: "",
  async run(args, deps) {
    const { positionals } = parseOptions(args, {}, schemaCommand);
    if (positionals.length > 0) throw new UsageError(`schema takes no arguments, got ${positionals.join(" ")}`, schemaCommand);
    deps.stdout.write(playbookJsonSchemaText());
    return 0;
  },
};
