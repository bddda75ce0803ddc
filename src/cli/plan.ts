/** `deploy-playbook plan FILE [--stage NAME]`: the resolved plan, changing nothing. */
import { formatPlanMarkdown, formatPlanText } from "../report/plan-format.js";
import { describeValue } from "../errors.js";
import { findStage } from "../playbook/stages.js";
import { planAll, planStage } from "../playbook/plan.js";
import { parseOptions, readPlaybook, UsageError, type Command } from "./command.js";

const FORMATS = ["text", "markdown", "json"] as const;

export const planCommand: Command = {
  name: "plan",
  summary: "show what a stage would do: weight, soak, each check with its canary and baseline query",
  usage: "FILE [--stage NAME] [--format text|markdown|json]",
  details: [
    "Without --stage, every stage is shown in order.",
    "Exit code 0 when shown; 1 when the playbook has a problem or --stage names a stage it does not have (a playbook mistake, printed like lint's); 2 when the command line cannot be understood.",
  ].join("\n"),
  async run(args, deps) {
    const { positionals, values } = parseOptions(
      args,
      { stage: { type: "string", short: "s" }, format: { type: "string", short: "f", default: "text" } },
      planCommand,
    );
    if (positionals.length !== 1) throw new UsageError(`plan needs exactly one playbook file, got ${positionals.length}`, planCommand);
    const format = values.format as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${describeValue(format)}`, planCommand);
    }
    const pb = await readPlaybook(positionals[0]!, deps);
    const plans = values.stage !== undefined ? [planStage(pb, findStage(pb, values.stage, "--stage", positionals[0]!))] : planAll(pb);
    if (format === "json") {
      deps.stdout.write(`${JSON.stringify(values.stage !== undefined ? plans[0] : plans, null, 2)}\n`);
    } else {
      const render = format === "markdown" ? formatPlanMarkdown : formatPlanText;
      deps.stdout.write(plans.map(render).join("\n"));
    }
    return 0;
  },
};
