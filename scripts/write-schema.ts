/** Writes schema/playbook.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { playbookJsonSchemaText, SCHEMA_FILE } from "../src/playbook/json-schema.js";

const target = fileURLToPath(new URL(`../${SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, playbookJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
