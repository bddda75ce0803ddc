/** `deploy-playbook plan FILE [--stage NAME]`: the resolved plan, changing nothing. */
import { formatPlanMarkdown, formatPlanText } from "../playbook/plan-format.js";
import { ConfigurationError, describeValue } from "../errors.js";
import { planAll, planStage, type StagePlan } from "../playbook/plan.js";
import type { Playbook } from "../playbook/types.js";
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
    const plans = values.stage !== undefined ? [stagePlan(pb, values.stage, positionals[0]!)] : planAll(pb);
    if (format === "json") {
      deps.stdout.write(`${JSON.stringify(values.stage !== undefined ? plans[0] : plans, null, 2)}\n`);
    } else {
      const render = format === "markdown" ? formatPlanMarkdown : formatPlanText;
      deps.stdout.write(plans.map(render).join("\n"));
    }
    return 0;
  },
};

/**
 * The plan of the stage --stage names. A name the playbook does not have is well-formed on
 * the command line but wrong for this playbook: a ConfigurationError (exit 1) naming the
 * file and the option, not a usage error (exit 2).
 */
function stagePlan(pb: Playbook, stage: string, file: string): StagePlan {
  try {
    return planStage(pb, stage);
  } catch (error) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(error.problems.map((p) => ({ ...p, file, path: "--stage" })));
    throw error;
  }
}
