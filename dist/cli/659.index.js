export const id = 659;
export const ids = [659];
export const modules = {

/***/ 5659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollout: () => (/* binding */ rollout)
});

// EXTERNAL MODULE: ./src/playbook/digest.ts
var digest = __webpack_require__(739);
// EXTERNAL MODULE: ./src/playbook/plan.ts
var plan = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/state.ts + 4 modules
var src_state = __webpack_require__(3287);
// EXTERNAL MODULE: ./src/targets/types.ts
var types = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/plan-format.ts
var plan_format = __webpack_require__(8099);
;// CONCATENATED MODULE: ./src/app/dry-run.ts

/** The dry run of stages; `plan` is the output (one stage's plan, or the list). */
function dry_run_stagesDryRun(title, plans, plan) {
    return {
        title,
        text: plans.map(plan_format/* formatPlanText */.G9).join("\n"),
        markdown: plans.map(plan_format/* formatPlanMarkdown */.Sc).join("\n"),
        plan,
    };
}
/** Logs the plan and returns the report that puts it in the job summary and the `plan` output. */
function dry_run_dryRunReport(dryRun, log) {
    log.info(`Dry run: ${dryRun.title}. Nothing will be changed.`);
    log.info(dryRun.text);
    return {
        outputs: { plan: JSON.stringify(dryRun.plan) },
        summary: `## Dry run: ${dryRun.title}\n\nNothing was changed.\n\n${dryRun.markdown}\n`,
        annotations: [],
        files: [],
        accepted: true,
        message: `Dry run: ${dryRun.title}. Nothing was changed.`,
    };
}

// EXTERNAL MODULE: ./src/app/gate.ts + 4 modules
var gate = __webpack_require__(2954);
// EXTERNAL MODULE: ./src/app/gate-report.ts + 3 modules
var gate_report = __webpack_require__(8606);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/types.ts
/**
 * The port to GitHub: deployments and their statuses, the approvals of a run, team
 * membership, issues and tags. The use cases see only this; `github/client.ts` implements
 * it with Octokit, and tests use a local server that answers from GitHub's OpenAPI
 * description. Failures come back as {@link GitHubError}, naming the permission a 403 or
 * 404 usually means is missing.
 */
/** A GitHub call that failed; `message` says what was asked, what GitHub said and what to do. */
class GitHubError extends Error {
    status;
    name = "GitHubError";
    constructor(message, 
    /** HTTP status, or 0 when no answer came. */
    status) {
        super(message);
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./src/app/deployments.ts

/** The deployments' task for a service, so services sharing an environment stay apart. */
function deploymentTask(service) {
    return `deploy:${service}`;
}
/**
 * The environment a rollout is recorded in when none is named: the one its state says it
 * was recorded in, else the sign-off's, else production.
 */
function defaultEnvironment(playbook, state) {
    return state?.deployment?.environment ?? playbook.signoff?.environment ?? "production";
}
/**
 * The deployment this workflow run already made for the rollout (a re-run of the step):
 * the one whose payload names this run and version.
 */
async function findRunDeployment(github, target, state) {
    const runId = String(github.run.runId);
    for (const deployment of await github.deployments.list(target.environment, { task: deploymentTask(state.service), limit: 30 })) {
        const payload = payloadState(deployment);
        if (payload?.run?.id === runId && payload.targetVersion === state.targetVersion)
            return { deployment, state: payload };
    }
    return undefined;
}
/** A new deployment recording the rollout, with the state (and its record of what was live) as its payload. */
async function createDeployment(github, target, state, log) {
    const deployment = await github.deployments.create({
        ref: github.run.sha,
        environment: target.environment,
        task: deploymentTask(state.service),
        payload: state,
        description: `${state.service} ${state.targetVersion}`.slice(0, 140),
        // A preview or per-branch environment goes away; production is what users see.
        transientEnvironment: false,
        productionEnvironment: /^prod(uction)?$/i.test(target.environment),
    });
    log.info(`GitHub deployment ${deployment.id} of ${target.environment} records the rollout of ${state.targetVersion}.`);
    return deployment;
}
/** Posts a status on the deployment, linking the run's log. */
async function postStatus(github, id, state, description, target) {
    await github.deployments.setStatus(id, {
        state,
        description,
        logUrl: github.run.runUrl,
        ...(state === "success" && target.environmentUrl && { environmentUrl: target.environmentUrl }),
    });
}
/** The state in a deployment's payload, when it holds one (a deployment made by something else does not). */
function payloadState(deployment) {
    try {
        const data = typeof deployment.payload === "string" ? JSON.parse(deployment.payload) : deployment.payload;
        return (0,src_state/* stateFrom */.mh)(data, `the payload of deployment ${deployment.id}`);
    }
    catch {
        return undefined;
    }
}
/** The latest rollout of the service GitHub holds for the environment, newest first. */
async function latestRollouts(github, environment, service) {
    const deployments = await github.deployments.list(environment, { task: deploymentTask(service), limit: 30 });
    return deployments.flatMap((deployment) => {
        const state = payloadState(deployment);
        return state && state.service === service ? [{ deployment, state: { ...state, deployment: { id: deployment.id, environment } } }] : [];
    });
}
/** The status a move leaves while the target moves: `Stage half: moving 10% → 50%`. */
function movingDescription(stage, from, to) {
    return `Stage ${stage}: moving ${from}% → ${to}%`;
}
/** The status a move leaves once the target has moved: `Stage half: 50% on v2`. */
function movedDescription(stage, weight, version) {
    return `Stage ${stage}: ${weight}% on ${version}`.slice(0, 140);
}
const MOVING = /^Stage (\S+): moving [\d.]+% → ([\d.]+)%$/;
const MOVED = /^Stage (\S+): ([\d.]+)% on /;
/**
 * Where the statuses (newest first) say the rollout got to. The payload is written once,
 * before the first move, so only the statuses know the stage reached since; a move that
 * started but did not report done counts as reached, since its traffic may have moved.
 */
function reachedStage(statuses) {
    for (const status of statuses) {
        const found = MOVED.exec(status.description ?? "") ?? MOVING.exec(status.description ?? "");
        if (found)
            return { stage: found[1], weight: Number(found[2]) };
    }
    return undefined;
}
/** The description a rollback leaves on the deployment it undid; how a second rollback knows. */
const ROLLED_BACK = "Rolled back";
/** Whether a rollback marked the deployment, among its statuses. */
function wasRolledBack(statuses) {
    return statuses.some((s) => s.description?.startsWith(ROLLED_BACK) === true);
}

// EXTERNAL MODULE: ./src/app/rollout-state.ts
var rollout_state = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/app/target.ts
var app_target = __webpack_require__(5922);
;// CONCATENATED MODULE: ./src/playbook/window.ts
const WEEKDAYS = { Mon: "mon", Tue: "tue", Wed: "wed", Thu: "thu", Fri: "fri", Sat: "sat", Sun: "sun" };
/** Local calendar date, weekday and minute of the day of `now` in `timeZone`. */
function localTime(now, timeZone) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        weekday: "short",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
    })
        .formatToParts(now)
        .map((p) => [p.type, p.value]));
    const date = `${parts["year"]}-${parts["month"]}-${parts["day"]}`;
    const weekday = WEEKDAYS[parts["weekday"]];
    const minute = Number(parts["hour"]) * 60 + Number(parts["minute"]);
    return { date, weekday, minute, text: `${parts["weekday"]} ${date} ${parts["hour"]}:${parts["minute"]} ${timeZone}` };
}
/** Decides whether the windows allow a deployment at `now`. No windows: always open. */
function checkWindow(windows, now) {
    if (!windows)
        return { open: true, reason: "no deployment windows are set" };
    const local = localTime(now, windows.timezone);
    const freeze = windows.freeze.find((f) => f.from <= local.date && local.date <= f.to);
    if (freeze) {
        const why = freeze.reason ? ` (${freeze.reason})` : "";
        return { open: false, reason: `inside the freeze ${freeze.from} to ${freeze.to}${why}; now ${local.text}` };
    }
    const deny = windows.deny.find((w) => contains(w, local));
    if (deny)
        return { open: false, reason: `inside the denied window ${deny.text}; now ${local.text}` };
    if (windows.allow.length > 0) {
        const allow = windows.allow.find((w) => contains(w, local));
        if (!allow) {
            return { open: false, reason: `outside the allowed windows (${windows.allow.map((w) => w.text).join("; ")}); now ${local.text}` };
        }
        return { open: true, reason: `inside the allowed window ${allow.text}; now ${local.text}` };
    }
    return { open: true, reason: `no window or freeze applies; now ${local.text}` };
}
function contains(w, local) {
    return w.days.includes(local.weekday) && w.from <= local.minute && local.minute < w.to;
}

;// CONCATENATED MODULE: ./src/app/window.ts


/** Throws a {@link Refusal} in a closed window unless `force`; logs the window either way. */
function window_enforceWindow(playbook, force, deps) {
    const window = checkWindow(playbook.windows, deps.clock.now());
    if (window.open) {
        deps.log.info(`Deployment window: open (${window.reason}).`);
        return;
    }
    if (!force) {
        throw new errors/* Refusal */.P_(`The deployment window is closed: ${window.reason}. Nothing was changed. Set force: true to go on anyway.`);
    }
    deps.log.warning(`The deployment window is closed (${window.reason}); going on because force is true.`);
}

;// CONCATENATED MODULE: ./src/app/move.ts
/**
 * Moving a stage's share of traffic to the new version (the canary action, and each stage
 * of a whole rollout): checked against the state and the window, recorded before the first
 * move, moved and waited for through the target, recorded in GitHub. With `promote`, the
 * new version becomes the stable one once its last stage is reached.
 */












/** Moves the stage's weight of traffic to the version, or shows the plan and the state it would produce in a dry run. */
async function move(request, deps) {
    const { playbook, stage } = request;
    requireTarget(playbook, request.file, "canary");
    if (request.state)
        checkState(request.state, playbook, playbookDigest(playbook), "input 'state'");
    checkMoveOrder(request.state, playbook, stage, "input 'state'");
    checkVersion(request);
    if (request.promote)
        checkPromotion(request.state, playbook, stage);
    const plan = planStage(playbook, stage);
    enforceWindow(playbook, request.force, deps);
    const what = `move ${stage.weight}% of ${playbook.service}'s traffic to version ${request.version} (stage ${stage.name})`;
    const start = request.state ?? newState(request, deps.clock.now());
    if (request.dryRun) {
        const report = dryRunReport(stagesDryRun(`canary would ${what}`, [plan], plan), deps.log);
        return { ...report, outputs: { ...report.outputs, state: serializeState(movedState(start, stage, deps.clock.now())) } };
    }
    let moved;
    try {
        moved = await moveStage(start, request, deps);
    }
    catch (error) {
        if (!(error instanceof MoveFailed))
            throw error;
        // The state goes out all the same: it holds what the rollback must restore.
        return {
            outputs: { state: serializeState(error.state), plan: JSON.stringify(plan) },
            summary: `## Canary failed: ${escapeMarkdown(playbook.service)} at stage ${escapeMarkdown(stage.name)}\n\n${escapeMarkdown(error.message)}\n`,
            annotations: [],
            files: [],
            accepted: false,
            message: error.message,
        };
    }
    return {
        outputs: { state: serializeState(moved), plan: JSON.stringify(plan) },
        summary: moveSummary(moved, request),
        annotations: [],
        files: [],
        accepted: true,
        message: `${playbook.service} ${request.version}: ${stage.weight}% of traffic at stage ${stage.name}${request.promote ? ", promoted" : ""}.`,
    };
}
/**
 * The move itself, shared with the whole-playbook run: record what is live before the
 * first move, open (or find) the GitHub deployment, move, wait, promote when asked. A
 * failing target marks the deployment failed and is thrown with the state it left, so a
 * rollback knows what to restore.
 */
async function moveStage(state, request, deps) {
    const { stage } = request;
    const step = { service: state.service, stage: stage.name, weight: stage.weight, previousWeight: state.weight, version: state.targetVersion };
    const { github } = deps;
    const target = request.deployment;
    let current = state;
    if (github && current.deployment && wasRolledBack(await github.deployments.statuses(current.deployment.id))) {
        // A state output from before a rollback (a re-run job's) must not move traffic again.
        throw new errors/* Refusal */.P_(`GitHub deployment ${current.deployment.id} of ${state.service} ${state.targetVersion} was rolled back, though the state given says it is rolling out; start a new rollout (no state) to move traffic again.`);
    }
    if (github && target && !current.deployment) {
        // A re-run of the step: the record its first attempt took is what was live before the
        // rollout; recording again would take the canary it moved for the stable version.
        const made = await findRunDeployment(github, target, current);
        if (made) {
            deps.log.info(`GitHub deployment ${made.deployment.id} of ${target.environment} was made by this run already; using it.`);
            const previous = current.previous ?? made.state.previous;
            current = { ...current, ...(previous && { previous }), deployment: { id: made.deployment.id, environment: target.environment } };
        }
    }
    const previous = current.previous ?? (await deps.target.record(step));
    if (!current.previous)
        deps.log.info(`Recorded what ${deps.target.description} has live before the first move, for rollback: ${JSON.stringify(previous)}`);
    current = { ...current, previous };
    if (github && target && !current.deployment) {
        const deployment = await createDeployment(github, target, current, deps.log);
        current = { ...current, deployment: { id: deployment.id, environment: target.environment } };
    }
    else if (!github || !target) {
        deps.log.info("No GitHub token: the rollout is not recorded as a GitHub deployment.");
    }
    const status = (state, description) => github && target && current.deployment ? postStatus(github, current.deployment.id, state, description, target) : Promise.resolve();
    await status("in_progress", movingDescription(stage.name, step.previousWeight, stage.weight));
    current = (0,rollout_state/* movedState */.Tt)(current, stage, deps.clock.now());
    try {
        deps.log.info(`Moving ${stage.weight}% of traffic to ${state.targetVersion} through ${deps.target.description} (stage ${stage.name}).`);
        await deps.target.move(step, previous);
        await deps.target.wait(step, previous);
    }
    catch (error) {
        if (error instanceof types/* TargetError */.I) {
            await status("failure", `Stage ${stage.name}: ${error.message.split("\n")[0]}`.slice(0, 140)).catch(() => undefined);
            throw new MoveFailed(error, current);
        }
        throw error;
    }
    if (request.promote)
        return promoteRollout(current, request, deps);
    try {
        await status("in_progress", movedDescription(stage.name, stage.weight, state.targetVersion));
    }
    catch (error) {
        // The traffic has moved: the state must still go out, or nothing knows what to restore.
        if (error instanceof GitHubError)
            throw new MoveFailed(error, current);
        throw error;
    }
    return current;
}
/**
 * Makes the rolled-out version the stable one and marks the GitHub deployment successful.
 * A failing target marks it failed and is thrown with the state, as a failed move is.
 */
async function promoteRollout(state, request, deps) {
    const previous = state.previous;
    const { github } = deps;
    const target = request.deployment;
    const id = state.deployment?.id;
    const status = (s, description) => (github && target && id !== undefined ? postStatus(github, id, s, description, target) : Promise.resolve());
    if (!previous)
        throw new types/* TargetError */.I(`Nothing was moved for ${state.service} ${state.targetVersion}, so there is nothing to promote.`);
    const step = { service: state.service, stage: state.stage, weight: state.weight, previousWeight: state.weight, version: state.targetVersion };
    deps.log.info(`Promoting ${state.targetVersion}: it becomes the stable version.`);
    try {
        await deps.target.promote(step, previous);
    }
    catch (error) {
        if (error instanceof types/* TargetError */.I) {
            await status("failure", `Promotion failed: ${error.message.split("\n")[0]}`.slice(0, 140)).catch(() => undefined);
            throw new MoveFailed(error, state);
        }
        throw error;
    }
    const promoted = { ...state, status: "promoted", updatedAt: deps.clock.now().toISOString() };
    try {
        await status("success", `${state.targetVersion} promoted`);
    }
    catch (error) {
        // The version is the stable one already; only GitHub's record of it is missing.
        if (error instanceof GitHubError)
            throw new MoveFailed(error, promoted, { undo: false });
        throw error;
    }
    return promoted;
}
/**
 * A move stopped half way: the target failed, or GitHub could not record a move the target
 * made. `state` is where the rollout was left, for the rollback; `undo` is false when the
 * target did all it was asked (a promotion GitHub could not record) and undoing it would
 * be wrong.
 */
class MoveFailed extends Error {
    failure;
    state;
    name = "MoveFailed";
    undo;
    constructor(failure, state, options = {}) {
        super(failure.message);
        this.failure = failure;
        this.state = state;
        this.undo = options.undo ?? true;
    }
}
/** The state of a rollout that has not moved yet. */
function newState(request, now) {
    return {
        version: 1,
        service: request.playbook.service,
        stage: request.stage.name,
        weight: 0,
        targetVersion: request.version,
        status: "rolling-out",
        digest: (0,digest/* playbookDigest */.a)(request.playbook),
        startedAt: now.toISOString(),
        updatedAt: now.toISOString(),
        verdicts: {},
        ...(request.run && { run: request.run }),
    };
}
/** A rollout carries one version from its first stage to its last. */
function checkVersion(request) {
    const state = request.state;
    if (state && state.targetVersion !== request.version) {
        throw new ConfigurationError([
            {
                path: "input 'version'",
                message: `found ${JSON.stringify(request.version)}, but the state is the rollout of ${JSON.stringify(state.targetVersion)}; a rollout moves one version through its stages (start a new rollout, without a state, for ${JSON.stringify(request.version)})`,
            },
        ]);
    }
}
function moveSummary(state, request) {
    const lines = [
        `## Canary: ${escapeMarkdown(state.service)} ${code(state.targetVersion)} at ${state.weight}% (stage ${escapeMarkdown(state.stage)})`,
        "",
        request.promote ? `Promoted: ${code(state.targetVersion)} is now the stable version.` : `The gate holds this stage next.`,
        "",
    ];
    if (state.deployment)
        lines.push(`GitHub deployment ${state.deployment.id} in ${code(state.deployment.environment)}.`, "");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./src/judge/wait-for.ts
var wait_for = __webpack_require__(7832);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/playbook/quantity.ts
var quantity = __webpack_require__(7802);
;// CONCATENATED MODULE: ./src/app/incident.ts


/** Whether the service came back: no verify checks is "not checked", never "recovered". */
function recovery(incident) {
    if (!incident.verify)
        return "not checked";
    return incident.verify.failing ? "not recovered" : "recovered";
}
/** The report as Markdown. */
function renderIncident(incident) {
    const { before, after } = incident;
    const health = recovery(incident);
    const trigger = incident.trigger.kind === "manual"
        ? "manual"
        : `automatic: stage ${(0,report_markdown/* escapeMarkdown */.FV)(incident.trigger.stage)} judged **${incident.trigger.verdict}**`;
    const by = incident.by ? `${incident.by.actor ? `@${(0,report_markdown/* escapeMarkdown */.FV)(incident.by.actor)}, ` : ""}[run ${(0,report_markdown/* escapeMarkdown */.FV)(incident.by.id)}](${incident.by.url})` : "not recorded";
    const seconds = Math.round((incident.endedAt.getTime() - incident.startedAt.getTime()) / 1000);
    const out = [
        `## Rollback of ${(0,report_markdown/* escapeMarkdown */.FV)(incident.service)}: ${(0,report_markdown/* escapeMarkdown */.FV)(incident.reason)}`,
        "",
        `**${health === "recovered" ? "Recovered" : health === "not recovered" ? "NOT RECOVERED" : "Rolled back"}**: ${summaryLine(incident, health)}`,
        "",
        "| | |",
        "| --- | --- |",
        (0,report_markdown/* row */.nM)(["Trigger", trigger]),
        (0,report_markdown/* row */.nM)(["Started by", by]),
        (0,report_markdown/* row */.nM)(["Reason", (0,report_markdown/* escapeMarkdown */.FV)(incident.reason)]),
        (0,report_markdown/* row */.nM)(["Rollout undone", `${(0,report_markdown/* code */.aY)(before.targetVersion)} at ${before.weight}% (stage ${(0,report_markdown/* escapeMarkdown */.FV)(before.stage)}), started ${before.startedAt}`]),
        (0,report_markdown/* row */.nM)(["State from", (0,report_markdown/* escapeMarkdown */.FV)(incident.source)]),
        (0,report_markdown/* row */.nM)(["Rolled back", `${iso(incident.startedAt)} → ${iso(incident.endedAt)} (${(0,quantity/* formatSeconds */.Xo)(seconds)})`]),
        (0,report_markdown/* row */.nM)(["After", `${after.weight}% on ${(0,report_markdown/* code */.aY)(before.targetVersion)}: the target as recorded before the rollout`]),
        "",
        "### What was restored",
        "",
        ...incident.restore.actions.map((a) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(a)}`),
    ];
    if (incident.restore.drift.length > 0) {
        out.push("", "### Drift since the record was taken", "", ...incident.restore.drift.map((d) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(d)}`));
    }
    if (incident.verify) {
        out.push("", "### Verify after the rollback", "", "| Check | Result | Detail |", "| --- | --- | --- |");
        for (const m of incident.verify.measurements)
            out.push((0,report_markdown/* row */.nM)([(0,report_markdown/* escapeMarkdown */.FV)(m.check), m.outcome === "pass" ? "pass" : `**${m.outcome}**`, (0,report_markdown/* escapeMarkdown */.FV)(m.detail)]));
    }
    if (incident.gate) {
        const g = incident.gate;
        out.push("", `### The gate that failed: stage ${(0,report_markdown/* escapeMarkdown */.FV)(g.stage)} (${g.weight}%)`, "", `**${g.verdict}**: ${(0,report_markdown/* escapeMarkdown */.FV)(g.reason)}`, "");
        const last = g.rounds.at(-1);
        if (last) {
            out.push(`Round ${last.index} (${(0,quantity/* formatSeconds */.Xo)(last.elapsed)}):`, "", "| Check | Result | Canary | Baseline | Detail |", "| --- | --- | --- | --- | --- |");
            for (const m of last.measurements) {
                out.push((0,report_markdown/* row */.nM)([(0,report_markdown/* escapeMarkdown */.FV)(m.check), m.outcome, value(m.canary), value(m.baseline), (0,report_markdown/* escapeMarkdown */.FV)(m.detail)]));
            }
        }
    }
    if (incident.github.length > 0)
        out.push("", "### GitHub", "", ...incident.github.map((l) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(l)}`));
    return `${out.join("\n")}\n`;
}
function summaryLine(incident, health) {
    const verify = incident.verify;
    if (!verify)
        return "the target is back as recorded; the playbook has no rollback.verify checks, so recovery was not checked.";
    if (verify.failing)
        return `the target is back as recorded, but ${(0,report_markdown/* escapeMarkdown */.FV)(verify.failing.check)} still does not pass: ${(0,report_markdown/* escapeMarkdown */.FV)(verify.failing.detail)}.`;
    return `the target is back as recorded and ${verify.measurements.map((m) => (0,report_markdown/* escapeMarkdown */.FV)(m.check)).join(", ")} ${verify.measurements.length === 1 ? "passes" : "pass"} (${health}).`;
}
function value(v) {
    return v === undefined ? "" : String(Number(v.toPrecision(4)));
}
function iso(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

;// CONCATENATED MODULE: ./src/app/rollback-plan.ts
/** What a rollback would do, resolved from the playbook and the state, for the dry run. */



/** The rollback plan; a playbook without a target cannot be rolled back. */
function planRollback(playbook, request) {
    const target = (0,app_target/* requireTarget */.F)(playbook, request.file, "rollback");
    const state = request.state;
    return {
        service: playbook.service,
        reason: request.reason,
        source: state ? "state" : "latest-deployment",
        ...(state && { rollout: { stage: state.stage, weight: state.weight, version: state.targetVersion, startedAt: state.startedAt } }),
        recorded: state?.previous !== undefined,
        target: describeTarget(target),
        verify: playbook.rollback.verify,
        timeout: (0,quantity/* formatSeconds */.Xo)(playbook.rollback.timeout),
    };
}
/** The target in a few words, for plans and logs. */
function describeTarget(target) {
    return target.kind === "kubernetes"
        ? `Kubernetes Deployment ${target.namespace}/${target.deployment} (traffic by ${target.traffic})`
        : `command ${target.rollback}`;
}
/** What the rollback would do, in one phrase: "undo stage canary at 10% of version v2, …". */
function describeRollback(plan) {
    return `undo ${undone(plan)} on ${plan.target}`;
}
function undone(plan) {
    return plan.rollout
        ? `stage ${plan.rollout.stage} at ${plan.rollout.weight}% of version ${plan.rollout.version}, started ${plan.rollout.startedAt}`
        : `the latest deployment of ${plan.service} recorded in GitHub`;
}
/** The dry run of a rollback plan. */
function rollbackDryRun(plan) {
    const from = undone(plan);
    const restore = plan.recorded ? "the settings the state recorded" : "the settings recorded with the deployment";
    const verify = plan.verify.length > 0 ? plan.verify.join(", ") : "none";
    const title = `rollback would ${describeRollback(plan)}`;
    const text = [
        `${plan.service}: rollback (${plan.reason})`,
        `  undo:    ${from}`,
        `  target:  ${plan.target}, restored to ${restore}`,
        `  verify:  ${verify} (within ${plan.timeout})`,
    ].join("\n");
    const markdown = [
        `### Rollback of ${(0,report_markdown/* escapeMarkdown */.FV)(plan.service)}`,
        "",
        "| Reason | Undo | Target | Restore | Verify after | Timeout |",
        "| --- | --- | --- | --- | --- | --- |",
        `| ${(0,report_markdown/* escapeMarkdown */.FV)(plan.reason)} | ${(0,report_markdown/* escapeMarkdown */.FV)(from)} | ${(0,report_markdown/* escapeMarkdown */.FV)(plan.target)} | ${restore} | ${(0,report_markdown/* escapeMarkdown */.FV)(verify)} | ${plan.timeout} |`,
        "",
    ].join("\n");
    return { title, text: `${text}\n`, markdown, plan };
}

;// CONCATENATED MODULE: ./src/app/restore.ts
/**
 * Putting the target back as it was recorded (the rollback action, and a whole rollout's
 * automatic undo). The record comes from the state, or, for the manual "undo" button, from
 * the latest deployment GitHub holds for the environment. Deployment windows never apply:
 * an undo must always be possible. A second rollback finds nothing to undo and says so.
 */












/** Restores the recorded state, checks the service recovered, and reports the incident; or shows the plan in a dry run. */
async function restore(request, deps, signal) {
    const { playbook } = request;
    // A dry run reads nothing remote: the plan says where the record would come from.
    if (request.dryRun)
        return dry_run_dryRunReport(rollbackDryRun(planRollback(playbook, request)), deps.log);
    const found = await findRollout(request, deps);
    const { state } = found;
    const blank = (0,secrets/* secretBlanker */.G)(request.secrets);
    const previous = state.previous;
    const nothing = nothingToUndo(state, found.rolledBack);
    if (nothing || !previous) {
        const why = nothing ?? "nothing was recorded before a first move.";
        deps.log.info(`Nothing to undo: ${why}`);
        return {
            outputs: { state: (0,src_state/* serializeState */.sU)(state), report: "" },
            summary: `## Rollback of ${(0,report_markdown/* escapeMarkdown */.FV)(playbook.service)}: nothing to undo\n\n${(0,report_markdown/* escapeMarkdown */.FV)(why)}\n`,
            annotations: [],
            files: [],
            accepted: true,
            message: `Nothing to undo: ${why}`,
            state,
            report: "",
        };
    }
    const startedAt = deps.clock.now();
    deps.log.info(blank(`Rolling back ${state.service} ${state.targetVersion} from ${state.weight}% (stage ${state.stage}) through ${deps.target.description}: ${request.reason}`));
    const result = await deps.target.restore(previous, { service: state.service, stage: state.stage, weight: state.weight, previousWeight: previous.weight, version: state.targetVersion });
    for (const line of result.drift)
        deps.log.warning(`drift: ${line}`);
    const verify = playbook.rollback.verify.length > 0 ? await verifyRecovery(request, deps, signal) : undefined;
    const endedAt = deps.clock.now();
    const after = { ...state, status: "rolled-back", weight: previous.weight, updatedAt: endedAt.toISOString() };
    const github = await recordInGitHub(request, deps, found, after, blank);
    const incident = {
        service: state.service,
        reason: request.reason,
        trigger: request.trigger,
        ...(request.run && { by: request.run }),
        before: state,
        after,
        source: found.source,
        startedAt,
        endedAt,
        restore: result,
        ...(verify && { verify }),
        ...(request.gate && { gate: request.gate }),
        github: github.lines,
    };
    const report = blank(renderIncident(incident));
    let fault = github.fault;
    if (request.openIssue && deps.github) {
        try {
            const issue = await deps.github.issues.create({ title: blank(`Rollback of ${state.service} ${state.targetVersion}: ${request.reason}`).slice(0, 200), body: report });
            deps.log.info(`Incident report filed as issue #${issue.number}: ${issue.url}`);
        }
        catch (error) {
            if (!(error instanceof GitHubError))
                throw error;
            fault ??= error;
        }
    }
    const failing = verify?.failing;
    if (fault) {
        // The target is back; the step still fails, since GitHub does not say so.
        return {
            outputs: { state: (0,src_state/* serializeState */.sU)(after), report },
            summary: report,
            annotations: [],
            files: [],
            accepted: false,
            message: blank(`Rolled back ${state.service} ${state.targetVersion} from ${state.weight}% to ${previous.weight}%, but GitHub could not record it: ${fault.message}`),
            state: after,
            report,
        };
    }
    return {
        outputs: { state: (0,src_state/* serializeState */.sU)(after), report },
        summary: report,
        annotations: failing ? [{ level: "error", title: "Not recovered after rollback", message: blank(`${failing.check}: ${failing.detail}`) }] : [],
        files: [],
        accepted: !failing,
        message: failing
            ? blank(`Rolled back ${state.service} to ${previous.weight}%, but the service did not recover: ${failing.check} ${failing.detail}.`)
            : `Rolled back ${state.service} ${state.targetVersion} from ${state.weight}% to ${previous.weight}%${recovery(incident) === "recovered" ? "; the verify checks pass" : ""}.`,
        state: after,
        report,
    };
}
/** The state from the input, or from the latest rollout GitHub holds; checked against the playbook. */
async function findRollout(request, deps) {
    const { playbook, deployment } = request;
    let found;
    if (request.state) {
        // A state output from before a rollback (a re-run job's) is stale: GitHub knows better.
        const id = request.state.deployment?.id;
        const rolledBack = deps.github && id !== undefined && request.trigger.kind === "manual" ? await rolledBackInGitHub(deps.github, id, deps.log) : false;
        found = { state: request.state, source: request.trigger.kind === "automatic" ? "this run's own state" : "the state input", rolledBack };
    }
    else {
        if (!deps.github || !deployment) {
            throw new errors/* ConfigurationError */.j1([
                { path: "input 'state'", message: "is empty and there is no GitHub token to find the latest deployment with; expected the state output of the canary or gate step, or a github-token with deployments: read" },
            ]);
        }
        const rollouts = await latestRollouts(deps.github, deployment.environment, playbook.service);
        const latest = rollouts[0];
        if (!latest)
            throw new errors/* Refusal */.P_(`GitHub holds no deployment of ${playbook.service} made by deploy-playbook in environment ${deployment.environment}: nothing to roll back.`);
        const statuses = await deps.github.deployments.statuses(latest.deployment.id);
        found = {
            state: { ...latest.state, ...reachedStage(statuses) },
            source: `the payload of GitHub deployment ${latest.deployment.id} in ${deployment.environment}`,
            rolledBack: wasRolledBack(statuses),
            older: rollouts.slice(1).map((r) => ({ id: r.deployment.id, version: r.state.targetVersion })),
        };
    }
    // A playbook changed since the rollout started must not stand in the way of an undo:
    // the record of what to restore is the target's own. Other mismatches are refused.
    const problems = (0,rollout_state/* stateProblems */.Yk)(found.state, playbook, (0,digest/* playbookDigest */.a)(playbook), request.state ? "input 'state'" : found.source);
    const digestOnly = problems.filter((p) => p.message.includes("another version of the playbook"));
    for (const p of digestOnly)
        deps.log.warning(`${p.path} ${p.message.split(";")[0]}; rolling back all the same, from the target's own record.`);
    const rest = problems.filter((p) => !digestOnly.includes(p));
    if (rest.length > 0)
        throw new errors/* ConfigurationError */.j1(rest);
    return found;
}
/** Whether GitHub says the deployment was rolled back; an undo never waits on GitHub, so a failed read says no. */
async function rolledBackInGitHub(github, id, log) {
    try {
        return wasRolledBack(await github.deployments.statuses(id));
    }
    catch (error) {
        if (!(error instanceof GitHubError))
            throw error;
        log.warning(`Could not read the statuses of deployment ${id}, rolling back all the same: ${error.message}`);
        return false;
    }
}
function nothingToUndo(state, rolledBack) {
    if (state.status === "rolled-back" || rolledBack)
        return `the rollout of ${state.service} ${state.targetVersion} was rolled back already.`;
    if (!state.previous)
        return `the rollout of ${state.service} ${state.targetVersion} never moved traffic (nothing was recorded before a first move).`;
    return undefined;
}
/** Evaluates the playbook's verify checks until they all pass, or `rollback.timeout`. */
async function verifyRecovery(request, deps, signal) {
    const { playbook } = request;
    const checks = playbook.rollback.verify.flatMap((name) => playbook.checks[name] ?? []);
    const metrics = request.connection ? deps.connect(request.connection) : noPrometheus;
    deps.log.info(`Verifying recovery: ${checks.map((c) => c.name).join(", ")}, for up to ${playbook.rollback.timeout}s.`);
    return (0,wait_for/* waitForPassing */.y)(checks, playbook, { timeout: playbook.rollback.timeout, step: 10, label: "verify", ...(signal && { signal }) }, { ...deps, metrics });
}
const noPrometheus = {
    instant: () => Promise.reject(new Error("no Prometheus is configured for the verify checks")),
    range: () => Promise.reject(new Error("no Prometheus is configured for the verify checks")),
};
/** Marks the undone deployment failed and the restored version's deployment successful again. */
async function recordInGitHub(request, deps, found, after, blank) {
    const lines = [];
    try {
        await markDeployments(request, deps, found, after, blank, lines);
    }
    catch (error) {
        // The target is already back as recorded: the incident report must still go out.
        if (!(error instanceof GitHubError))
            throw error;
        lines.push(`not recorded: ${error.message}`);
        return { lines, fault: error };
    }
    return { lines };
}
async function markDeployments(request, deps, found, after, blank, lines) {
    const { github } = deps;
    const target = request.deployment;
    const id = after.deployment?.id;
    if (!github || !target || id === undefined)
        return;
    // The status is public to everyone who can read the repository: no secret in the reason.
    await postStatus(github, id, "failure", blank(`${ROLLED_BACK}: ${request.reason}`).slice(0, 140), target);
    lines.push(`deployment ${id} (${after.targetVersion}) marked failure: ${ROLLED_BACK.toLowerCase()}`);
    // The rollout's own environment: the input may name none, or another one.
    const environment = after.deployment?.environment ?? target.environment;
    const older = found.older ?? (await latestRollouts(github, environment, after.service)).filter((r) => r.deployment.id < id).map((r) => ({ id: r.deployment.id, version: r.state.targetVersion }));
    const restored = older.find((d) => d.id < id && d.version !== after.targetVersion);
    if (restored) {
        await postStatus(github, restored.id, "success", `Restored by rolling back ${after.targetVersion}`.slice(0, 140), target);
        lines.push(`deployment ${restored.id} (${restored.version}) marked success again: its version is live`);
    }
}

;// CONCATENATED MODULE: ./src/app/rollout.ts













/** Runs the stages, rolling back on a failed gate, or shows their plans in a dry run. */
async function rollout(request, deps, signal) {
    const { playbook } = request;
    (0,app_target/* requireTarget */.F)(playbook, request.file, "deploy-playbook");
    const first = request.stages[0];
    if (request.state)
        (0,rollout_state/* checkState */.We)(request.state, playbook, (0,digest/* playbookDigest */.a)(playbook), "input 'state'");
    if (first)
        (0,rollout_state/* checkMoveOrder */.YG)(request.state, playbook, first, "input 'state'");
    const plans = request.stages.map((s) => (0,plan/* planStage */.c)(playbook, s));
    window_enforceWindow(playbook, request.force, deps);
    const what = `roll ${playbook.service} out to version ${request.version} through ${plans.map((p) => `${p.stage} (${p.weight}%)`).join(", ")}`;
    if (request.dryRun || !first)
        return dry_run_dryRunReport(dry_run_stagesDryRun(`deploy-playbook would ${what}`, plans, plans), deps.log);
    let state = request.state ?? newState({ ...request, stage: first }, deps.clock.now());
    const summaries = [];
    const files = [];
    const end = (accepted, message, extra = {}) => ({
        outputs: { ...(extra.verdict && { verdict: extra.verdict }), state: (0,src_state/* serializeState */.sU)(state), plan: JSON.stringify(plans), ...(extra.report !== undefined && { report: extra.report }) },
        summary: summaries.join("\n"),
        annotations: [],
        files,
        accepted,
        message,
    });
    const undo = async (reason, trigger, gateResult) => {
        try {
            return { done: true, ...(await restoreNow(reason, trigger, gateResult)) };
        }
        catch (error) {
            // The run still says what failed first, and hands out the state to roll back by hand.
            if (!(error instanceof types/* TargetError */.I))
                throw error;
            const first = error.message.split("\n")[0];
            summaries.push(`## Automatic rollback of ${(0,report_markdown/* escapeMarkdown */.FV)(playbook.service)} failed\n\n${(0,report_markdown/* escapeMarkdown */.FV)(error.message)}\n`);
            return { done: false, message: `The automatic rollback failed: ${first.replace(/\.$/, "")}. Traffic may still be on ${state.targetVersion}: roll back by hand with this step's state output.`, report: "" };
        }
    };
    const restoreNow = async (reason, trigger, gateResult) => {
        const rolledBack = await restore({
            playbook,
            file: request.file,
            reason,
            state,
            dryRun: false,
            trigger: { kind: "automatic", ...trigger },
            ...(request.deployment && { deployment: request.deployment }),
            openIssue: request.openIssue,
            ...(gateResult && { gate: gateResult }),
            ...(request.connection && { connection: request.connection }),
            secrets: request.secrets,
            ...(request.run && { run: request.run }),
        }, deps, signal);
        summaries.push(rolledBack.summary);
        if (rolledBack.state)
            state = rolledBack.state;
        return rolledBack;
    };
    let verdict;
    for (const stage of request.stages) {
        try {
            state = await moveStage(state, { ...request, stage, promote: false }, deps);
        }
        catch (error) {
            if (!(error instanceof MoveFailed))
                throw error;
            state = error.state;
            const undone = await undo(`stage ${stage.name}: the move failed: ${error.message.split("\n")[0]}`, { stage: stage.name, verdict: "no-go" });
            return end(false, `The move to stage ${stage.name} failed${undone.done ? " and was rolled back" : ""}: ${error.message.split("\n")[0]} ${undone.message}`, { report: undone.report ?? "" });
        }
        const judged = await (0,gate.gate)({
            playbook,
            stage,
            ...(request.connection && { connection: request.connection }),
            secrets: request.secrets,
            acceptConditional: request.acceptConditional,
            state,
            evidence: { path: `${request.evidence.dir}/deploy-playbook-evidence-${stage.name}.json`, upload: request.evidence.upload },
            meta: { ...request.meta, version: state.targetVersion },
        }, deps, signal);
        verdict = judged.result.verdict;
        state = { ...(0,gate_report/* recordVerdict */.p0)(state, stage.name, verdict), updatedAt: deps.clock.now().toISOString() };
        summaries.push(judged.summary);
        files.push(...judged.files);
        if (judged.result.cancelled)
            return end(false, judged.message, { verdict });
        const rollBackOn = playbook.rollback.on;
        if (rollBackOn.includes(verdict)) {
            const undone = await undo(`stage ${stage.name} judged ${verdict}: ${judged.result.reason}`, { stage: stage.name, verdict }, judged.result);
            const how = undone.done ? "Rolled back automatically" : "Rolling back automatically";
            return end(false, `${judged.message} ${how} (rollback.on: ${rollBackOn.join(", ")}). ${undone.message}`, { verdict, report: undone.report ?? "" });
        }
        if (!judged.accepted) {
            return end(false, `${judged.message} Traffic stays at ${stage.weight}% on ${state.targetVersion} (${verdict} is not in rollback.on): roll back or go on by hand.`, { verdict });
        }
    }
    const last = playbook.stages.at(-1);
    if (last && request.stages.at(-1) === last) {
        try {
            state = await promoteRollout(state, request, deps);
        }
        catch (error) {
            if (!(error instanceof MoveFailed))
                throw error;
            if (!error.undo) {
                state = error.state;
                return end(false, `${playbook.service} ${state.targetVersion} was promoted, but GitHub could not record it: ${error.message}`, { ...(verdict && { verdict }) });
            }
            const undone = await undo(`the promotion failed: ${error.message.split("\n")[0]}`, { stage: last.name, verdict: "no-go" });
            return end(false, `Promoting ${state.targetVersion} failed${undone.done ? " and the rollout was rolled back" : ""}. ${undone.message}`, { ...(verdict && { verdict }), report: undone.report ?? "" });
        }
        summaries.push(`## Promoted: ${playbook.service} ${state.targetVersion} is the stable version\n`);
        return end(true, `${playbook.service} ${state.targetVersion} went through ${request.stages.map((s) => s.name).join(", ")} and was promoted.`, { ...(verdict && { verdict }) });
    }
    return end(true, `${playbook.service} ${state.targetVersion} went through ${request.stages.map((s) => s.name).join(", ")}; the playbook's last stage was not run, so it is not promoted.`, {
        ...(verdict && { verdict }),
    });
}


/***/ })

};
