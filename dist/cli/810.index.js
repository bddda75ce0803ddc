export const id = 810;
export const ids = [810];
export const modules = {

/***/ 3919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ headerName),
/* harmony export */   z6: () => (/* binding */ check)
/* harmony export */ });
/* unused harmony export DEFAULT_ALPHA */
/* harmony import */ var _http_headers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7168);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/**
 * The schemas of the four kinds of check (PromQL, HTTP probe, firing alerts, sequential), part of
 * the playbook schema in `schema.ts`.
 */




/** An HTTP header name: RFC 9110 token characters. */
const headerName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(_http_headers_js__WEBPACK_IMPORTED_MODULE_3__/* .HEADER_NAME */ .E, {
    error: (i) => `expected an HTTP header name like X-Scope-OrgID, found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(i.input)}`,
});
const baseline = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    "max-increase": (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quantity */ .au)("Canary may exceed baseline by at most this much, in the check's units.").optional(),
    "max-decrease": (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quantity */ .au)("Canary may fall below baseline by at most this much, in the check's units.").optional(),
    "max-increase-ratio": (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quantity */ .au)("Canary may exceed baseline by at most this share of the baseline (10%).", ["ratio"]).optional(),
    "max-decrease-ratio": (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quantity */ .au)("Canary may fall below baseline by at most this share of the baseline (10%).", ["ratio"]).optional(),
    severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["fail", "warn"]).optional().meta({ description: "Outcome when out of tolerance. Default fail." }),
})
    .meta({
    description: "Compare canary with baseline. When both an absolute and a ratio tolerance are given for one direction, the canary is out of tolerance only when it exceeds both (\"within 1s or 10%\").",
});
const spread = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    by: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .labelName */ ._H, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .labelName */ ._H).min(1)]).optional().meta({ description: "Labels telling instances apart. Default instance." }),
    fail: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .limit */ .AB)("Limit on the largest relative deviation of an instance from the median, e.g. \"> 10%\".").optional(),
    warn: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .limit */ .AB)("Warning limit on the same deviation.").optional(),
})
    .meta({ description: "Compare instances of the canary with each other (all hosts within 10%)." });
const metricCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    query: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).meta({
        description: "PromQL. Write $selector inside braces where the canary or baseline label matchers go: rate(x_total{code=~\"5..\", $selector}[5m]).",
    }).register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: "a PromQL query" }),
    fail: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .limit */ .AB)("The check fails (IMMEDIATE rollback) when the value crosses this limit.").optional(),
    warn: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .limit */ .AB)("The check warns (CONSIDER rollback; the verdict becomes conditional) when the value crosses this limit.").optional(),
    per: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)("Trend: the query returns a per-second slope (deriv, rate); it is scaled to this period before the limits apply, e.g. 1h for MB/hour.").optional(),
    baseline: baseline.optional(),
    spread: spread.optional(),
})
    .transform((c) => ({
    kind: "metric",
    ...(c.description !== undefined && { description: c.description }),
    query: c.query,
    ...(c.fail && { fail: c.fail }),
    ...(c.warn && { warn: c.warn }),
    ...(c.per !== undefined && { per: c.per }),
    ...(c.baseline && {
        baseline: {
            ...(c.baseline["max-increase"] && { maxIncrease: c.baseline["max-increase"] }),
            ...(c.baseline["max-decrease"] && { maxDecrease: c.baseline["max-decrease"] }),
            ...(c.baseline["max-increase-ratio"] && { maxIncreaseRatio: c.baseline["max-increase-ratio"] }),
            ...(c.baseline["max-decrease-ratio"] && { maxDecreaseRatio: c.baseline["max-decrease-ratio"] }),
            severity: c.baseline.severity ?? "fail",
        },
    }),
    ...(c.spread && {
        spread: {
            by: c.spread.by === undefined ? ["instance"] : typeof c.spread.by === "string" ? [c.spread.by] : c.spread.by,
            ...(c.spread.fail && { fail: c.spread.fail }),
            ...(c.spread.warn && { warn: c.spread.warn }),
        },
    }),
}));
const jsonScalar = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ()]);
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    http: zod__WEBPACK_IMPORTED_MODULE_2__/* .url */ .OZ5({ protocol: /^https?$/, error: "expected an http(s) URL" }).meta({ description: "URL to probe, like the runbooks' curl /health." }).register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: "an http(s) URL" }),
    method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["GET", "HEAD", "POST"]).optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(headerName, zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    expect: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        status: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(599), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(100).max(599)).min(1)]).optional()
            .meta({ description: "Expected status code or codes. Default 200." }),
        json: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), jsonScalar).optional()
            .meta({ description: "JSON fields by dotted path and the value each must equal: { status: healthy, checks.db.ok: true }." }),
    })
        .optional(),
    timeout: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)("Timeout of one request. Default 10s.").optional(),
    retries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(10).optional().meta({ description: "Retries after a failed attempt within one round. Default 2." }),
})
    .transform((c) => ({
    kind: "http",
    ...(c.description !== undefined && { description: c.description }),
    url: c.http,
    method: c.method ?? "GET",
    headers: c.headers ?? {},
    status: c.expect?.status === undefined ? [200] : typeof c.expect.status === "number" ? [c.expect.status] : c.expect.status,
    json: c.expect?.json ?? {},
    timeout: c.timeout ?? 10,
    retries: c.retries ?? 2,
}));
const alertsCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    alerts: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        match: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .labelSet */ .V7)("Labels an alert must carry to count, e.g. { service: log-capturer }."),
        severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["fail", "warn"]).optional().meta({ description: "Outcome while a matching alert fires. Default fail." }),
        preflight: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().meta({ description: "Also check before the stage moves traffic. Default true." }),
    })
        .meta({ description: "No alert matching these labels may be firing (ALERTS{alertstate=\"firing\"})." })
        .register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: "a mapping with match: { label: value }" }),
})
    .transform((c) => ({
    kind: "alerts",
    ...(c.description !== undefined && { description: c.description }),
    match: c.alerts.match,
    severity: c.alerts.severity ?? "fail",
    preflight: c.alerts.preflight ?? true,
}));
const counter = (description) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).meta({ description }).register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: 'a counter selector like http_requests_total{code=~"5..", $selector}' });
/** The default confidence of a sequential check: a wrong decision at most 1% of the time. */
const DEFAULT_ALPHA = 0.01;
const sequentialCheck = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    sequential: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        events: counter('Counter of the events (errors): a selector with $selector, like http_requests_total{code=~"5..", $selector}. Give events or good.').optional(),
        good: counter('Counter of the requests that are not events, like http_request_duration_seconds_bucket{le="0.5", $selector} (requests within 500ms); the events are total minus good. Give events or good.').optional(),
        total: counter("Counter of every request: a selector with $selector, like http_requests_total{$selector}."),
        "max-ratio": zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .gt(1, { error: (i) => `expected a ratio above 1 like 1.5 (the canary may have up to 1.5 times the baseline's event rate), found ${JSON.stringify(i.input)}` })
            .refine(Number.isFinite, { error: "expected a finite ratio like 1.5" })
            .meta({ description: "The largest tolerated ratio of the canary's event rate to the baseline's, above 1: 1.5 fails a canary surely 50% worse." })
            .register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: "a ratio above 1 like 1.5" }),
        confidence: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quantity */ .au)("Confidence of each decision, above 50% and below 100%. Default 99%. Give confidence or alpha.", ["ratio"])
            .superRefine((q, ctx) => {
            if (!(q.value > 0.5 && q.value < 1))
                ctx.addIssue({ code: "custom", input: q.text, message: `expected a confidence above 50% and below 100% like 99%, found ${JSON.stringify(q.text)}` });
        })
            .optional(),
        alpha: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(0.5).optional()
            .meta({ description: "1 - confidence: the chance of a wrong decision, however often the gate looks, like 0.01. Give confidence or alpha." })
            .register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: "a number between 0 and 0.5 like 0.01" }),
    })
        .meta({ description: "Canary against baseline on counts, anytime-valid: fails once the canary's event rate is surely above max-ratio times the baseline's, passes once surely below." })
        .register(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .forms */ .uO, { expected: "a mapping with events (or good), total and max-ratio" }),
})
    // Events or good, and the counters' form, are checked on the raw document (semantics.ts).
    .transform((c, ctx) => {
    const s = c.sequential;
    if (s.confidence && s.alpha !== undefined) {
        ctx.addIssue({ code: "custom", path: ["sequential", "alpha"], input: s.alpha, message: `expected confidence or alpha, found both (confidence ${s.confidence.text}, alpha ${s.alpha}); alpha is 1 - confidence` });
    }
    const confidence = s.confidence?.value;
    return {
        kind: "sequential",
        ...(c.description !== undefined && { description: c.description }),
        ...(s.events !== undefined && { events: s.events }),
        ...(s.good !== undefined && { good: s.good }),
        total: s.total,
        maxRatio: s["max-ratio"],
        alpha: s.alpha ?? (confidence !== undefined ? roundAlpha(1 - confidence) : DEFAULT_ALPHA),
    };
});
/** 1 - 0.99 is 0.010000000000000009 in binary: keep the alpha the user meant. */
function roundAlpha(alpha) {
    return Number(alpha.toPrecision(12));
}
/**
 * A check's kind is told by the key it carries (`query`, `http`, `alerts` or `sequential`), as the
 * reference playbooks read. A plain union keeps all three shapes visible in the JSON
 * Schema; the loader reports only the issues of the branch whose key is present, not
 * every branch's complaints.
 */
const check = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([metricCheck, httpCheck, alertsCheck, sequentialCheck])
    .meta({ description: "A check: a PromQL query with limits, an HTTP probe, firing alerts, or a sequential comparison of counts." });


/***/ }),

/***/ 8126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ limit),
/* harmony export */   UU: () => (/* binding */ name),
/* harmony export */   V7: () => (/* binding */ labelSet),
/* harmony export */   _H: () => (/* binding */ labelName),
/* harmony export */   au: () => (/* binding */ quantity),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   uO: () => (/* binding */ forms)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9396);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7802);
/**
 * Field schemas shared by the playbook schema: quantities, limits, names, label sets.
 * Each validates the text as written (so the JSON Schema shows editors the pattern) and
 * turns it into base units once.
 */



/**
 * What a field expects, in words, for error messages ("missing required key 'soak' (a
 * duration like 5m)"). A registry of its own keeps these out of the JSON Schema.
 */
const forms = zod__WEBPACK_IMPORTED_MODULE_2__/* .registry */ .u5();
const DURATION_PATTERN = "^(\\d+(\\.\\d+)?(ms|s|m|h|d|w))+$";
/** A duration such as `5m`, `2h`, `1h30m`, `500ms`, parsed into seconds. */
const duration = (description) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(new RegExp(DURATION_PATTERN), {
    error: (iss) => `expected a duration like 30s, 5m, 2h or 1h30m (units ms, s, m, h, d, w), found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(iss.input)}`,
})
    .transform((text) => (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuantity */ .Lf)(text).value)
    .meta({ description, examples: ["5m", "2h"] })
    .register(forms, { expected: "a duration like 30s, 5m, 2h or 1h30m" });
/** A quantity of the given dimensions (`5%`, `1s`, `20MB`, `1000`). */
const quantity = (description, dimensions) => zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()])
    .transform((raw, ctx) => {
    const q = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuantity */ .Lf)(raw);
    if (!q || (dimensions && !dimensions.includes(q.dimension))) {
        ctx.addIssue({
            code: "custom",
            input: raw,
            message: `expected ${dimensions ? dimensions.map(describeDimension).join(" or ") : "a quantity"} like ${examplesFor(dimensions)}, found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(raw)}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return q;
})
    .meta({ description })
    .register(forms, { expected: `${dimensions ? dimensions.map(describeDimension).join(" or ") : "a quantity"} like ${examplesFor(dimensions)}` });
/** A limit as the reference playbooks write it: `"> 5%"`, `"< 500ms"`. */
const limit = (description) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .transform((raw, ctx) => {
    const l = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLimit */ .Fv)(raw);
    if (!l) {
        ctx.addIssue({
            code: "custom",
            input: raw,
            message: `expected ${_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .LIMIT_FORMS */ ._M}, found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(raw)}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return l;
})
    .meta({
    description,
    examples: ["> 5%", "> 500ms", "> 20MB", "< 100"],
})
    .register(forms, { expected: 'a limit like "> 5%" or "< 500ms" (quoted: YAML reads a leading > as folded text)' });
/** A name used as a key or reference: lower-case words joined by `-` or `_`. */
const name = (what) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(/^[a-z0-9][a-z0-9_-]*$/i, {
    error: (iss) => `expected a ${what} name of letters, digits, '-' and '_', found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(iss.input)}`,
})
    .meta({ description: `Name of a ${what}.` })
    .register(forms, { expected: `a ${what} name of letters, digits, '-' and '_'` });
/** A Prometheus label name. */
const labelName = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, {
    error: (iss) => `expected a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(iss.input)}`,
});
/** Label equality matchers `{ version: canary }`; values are escaped when put into PromQL. */
const labelSet = (description) => zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(labelName, zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().register(forms, { expected: 'a label value as a string (quote numbers: "2")' }))
    .meta({ description }).register(forms, { expected: "label matchers like { version: canary }" });
function describeDimension(d) {
    return { ratio: "a percentage", duration: "a duration", bytes: "a size", number: "a plain number" }[d];
}
function examplesFor(dims) {
    const ex = { ratio: "5%", duration: "500ms", bytes: "20MB", number: "100" };
    return (dims ?? ["ratio", "duration", "bytes", "number"]).map((d) => ex[d]).join(", ");
}


/***/ }),

/***/ 1810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ playbookSchema),
  $: () => (/* binding */ toPlaybook)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/playbook/check-schema.ts
var check_schema = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/playbook/fields.ts
var fields = __webpack_require__(8126);
;// CONCATENATED MODULE: ./src/playbook/tag.ts
/**
 * The release tag template of `signoff.tag` (`v{version}`): which placeholders it may hold,
 * and whether the name it yields is one git accepts as a tag.
 */
/** Placeholders a tag template may hold, and what each stands for. */
const TAG_PLACEHOLDERS = {
    version: "the version rolled out",
    service: "the playbook's service",
};
const PLACEHOLDER = /\{([^{}]*)\}/g;
/** Why a template cannot make a tag, or undefined when it can. */
function tagTemplateProblem(template) {
    const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
    const unknown = names.filter((n) => !(n in TAG_PLACEHOLDERS));
    if (unknown.length > 0) {
        return `unknown placeholder ${unknown.map((n) => `{${n}}`).join(", ")}; expected ${Object.keys(TAG_PLACEHOLDERS).map((n) => `{${n}}`).join(" or ")}`;
    }
    // Without the version every release would ask for the same tag.
    if (!names.includes("version"))
        return `expected a template holding {version}, like v{version}, found ${JSON.stringify(template)}`;
    // Placeholders stand in as plain letters, so only the literal text is judged here.
    const problem = refNameProblem(template.replace(PLACEHOLDER, "x"));
    return problem && `${problem}, found ${JSON.stringify(template)}`;
}
/** The tag a template yields for these values. */
function renderTag(template, values) {
    return template.replace(PLACEHOLDER, (_, n) => values[n] ?? `{${n}}`);
}
/** Why git would refuse `name` as a tag (the rules of `git check-ref-format`), or undefined. */
function refNameProblem(name) {
    if (name.length === 0)
        return "a tag name cannot be empty";
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return "a tag name cannot hold spaces, control characters or any of ~ ^ : ? * [ \\";
    if (name.includes(".."))
        return "a tag name cannot hold '..'";
    if (name.includes("@{") || name === "@")
        return "a tag name cannot hold '@{' or be '@'";
    if (name.startsWith("/") || name.endsWith("/") || name.includes("//"))
        return "a tag name cannot start or end with '/' or hold '//'";
    if (name.endsWith("."))
        return "a tag name cannot end with '.'";
    if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock")))
        return "no part of a tag name may start with '.' or end with '.lock'";
    return undefined;
}

;// CONCATENATED MODULE: ./src/playbook/types.ts
const CHANGE_TYPES = ["configuration", "patch", "minor", "major", "hotfix"];

;// CONCATENATED MODULE: ./src/playbook/signoff-schema.ts
/**
 * The schema of the playbook's `signoff` section, part of the playbook schema in
 * `schema.ts`: roles as GitHub users and teams, each approving in its own environment or
 * in the sign-off's, the roles required by change type, and the release tag.
 */




const githubLogin = schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\[bot\])?$/, { error: (i) => `expected a GitHub login, found ${JSON.stringify(i.input)}` }).register(fields/* forms */.uO, { expected: "a GitHub login" });
const teamSlug = schemas/* string */.YjP().regex(/^([A-Za-z0-9-]+\/)?[A-Za-z0-9_.-]+$/, { error: (i) => `expected a team slug (eng-leads or org/eng-leads), found ${JSON.stringify(i.input)}` }).register(fields/* forms */.uO, { expected: "a team slug (eng-leads or org/eng-leads)" });
const environment = (description) => schemas/* string */.YjP().min(1).meta({ description }).register(fields/* forms */.uO, { expected: "a GitHub environment name" });
const roleList = (description) => schemas/* array */.YOg((0,fields/* name */.UU)("role")).min(1).meta({ description });
const role = schemas/* strictObject */.rej({
    users: schemas/* array */.YOg(githubLogin).optional().meta({ description: "GitHub logins that fill the role (compared without regard to case)." }),
    teams: schemas/* array */.YOg(teamSlug).optional().meta({ description: "Teams whose active members fill the role: org/slug, or slug in the repository owner's organization." }),
    environment: environment("The GitHub environment whose required reviewers are this role, like signoff-security. Default: signoff.environment.").optional(),
    count: schemas/* number */.aig().int().min(1).optional()
        .meta({ description: "How many different people must approve for the role. Default 1." })
        .register(fields/* forms */.uO, { expected: "a whole number of at least 1" }),
})
    .refine((r) => (r.users?.length ?? 0) + (r.teams?.length ?? 0) > 0, { error: "expected at least one of users or teams" })
    .transform((r) => ({
    users: r.users ?? [],
    teams: r.teams ?? [],
    ...(r.environment !== undefined && { environment: r.environment }),
    count: r.count ?? 1,
}));
const tag = schemas/* string */.YjP()
    .superRefine((t, ctx) => {
    const problem = tagTemplateProblem(t);
    if (problem)
        ctx.addIssue({ code: "custom", message: problem, input: t });
})
    .meta({ description: "Tag created at the rolled-out commit on approval: a template holding {version} (and optionally {service}), like v{version}." })
    .register(fields/* forms */.uO, { expected: "a tag template like v{version}" });
/** The `signoff` section, as written. */
const signoffSchema = schemas/* strictObject */.rej({
    environment: environment("GitHub environment whose required reviewers approve for every role that names no environment of its own. Optional when each role that can be required names one.").optional(),
    roles: schemas/* record */.g1P((0,fields/* name */.UU)("role"), role)
        .meta({ description: "Roles (engineering-lead, sre, security) as GitHub users or teams." }),
    require: roleList("Roles that must approve. Default: every role.").optional(),
    "require-by-change-type": schemas/* strictObject */.rej(Object.fromEntries(CHANGE_TYPES.map((t) => [t, roleList(`Roles that must approve a ${t} change.`).optional()])))
        .optional()
        .meta({ description: "Roles that must approve, by change type (configuration, patch, minor, major, hotfix); a change type not listed needs the roles of require." }),
    "one-role-per-person": schemas/* boolean */.zMY().optional().meta({ description: "May one person fill only one role? Default true." }),
    "self-approval": schemas/* boolean */.zMY().optional().meta({ description: "May the person who started the run, or pushed its commit, approve it? Default false." }),
    "conditional-acknowledged-by": roleList("Roles whose approval accepts a conditional stage verdict: when all of them approved, a conditional stage does not make the decision conditional.").optional(),
    tag: tag.optional(),
})
    .transform((s) => ({
    ...(s.environment !== undefined && { environment: s.environment }),
    roles: s.roles,
    require: s.require ?? Object.keys(s.roles),
    requireByChangeType: Object.fromEntries(Object.entries(s["require-by-change-type"] ?? {}).filter(([, roles]) => roles !== undefined)),
    selfApproval: s["self-approval"] ?? false,
    oneRolePerPerson: s["one-role-per-person"] ?? true,
    conditionalAcknowledgedBy: s["conditional-acknowledged-by"] ?? [],
    ...(s.tag !== undefined && { tag: s.tag }),
}));

;// CONCATENATED MODULE: ./src/playbook/schema.ts
/**
 * The playbook's zod schema: the single source of truth for the file format. The JSON
 * Schema in `schema/playbook.schema.json` is generated from it, and `loadPlaybook` turns
 * its issues into located problems.
 */





const prometheus = schemas/* strictObject */.rej({
    url: schemas/* url */.OZ5({ protocol: /^https?$/, error: "expected an http(s) URL" }).meta({
        description: "Base URL of the Prometheus HTTP API (also Thanos, Mimir, VictoriaMetrics).",
    }).register(fields/* forms */.uO, { expected: "an http(s) URL" }),
    headers: schemas/* record */.g1P(check_schema/* headerName */.Bv, schemas/* string */.YjP())
        .optional()
        .meta({ description: "Extra headers that are not secrets, such as X-Scope-OrgID for Mimir. Credentials come from action inputs, never the file." }),
    timeout: (0,fields/* duration */.p0)("Timeout of one query. Default 30s.").optional(),
})
    .transform((p) => ({ url: p.url, headers: p.headers ?? {}, timeout: p.timeout ?? 30 }))
    .meta({ description: "Where metrics are read." });
const weekday = schemas/* enum */.k5n(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
const clock = schemas/* string */.YjP()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: (i) => `expected a time of day HH:MM, found ${(0,errors/* describeValue */.bp)(i.input)}` })
    .register(fields/* forms */.uO, { expected: 'a time of day HH:MM, quoted ("18:00")' });
const weekWindow = schemas/* strictObject */.rej({
    days: schemas/* array */.YOg(weekday).min(1).optional().meta({ description: "Days of the week. Default every day." }),
    from: clock.optional().meta({ description: "Start, HH:MM. Default 00:00." }),
    to: clock.optional().meta({ description: "End, HH:MM, exclusive. Default 24:00." }),
})
    .transform((w) => {
    const days = (w.days ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    return {
        days,
        from: minutes(w.from ?? "00:00"),
        to: minutes(w.to ?? "24:00"),
        text: `${w.days ? w.days.join(",") : "every day"} ${w.from ?? "00:00"}-${w.to ?? "24:00"}`,
    };
});
function minutes(hhmm) {
    const [h, m] = hhmm.split(":").map(Number);
    return h * 60 + m;
}
const isoDate = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `expected a date YYYY-MM-DD, found ${(0,errors/* describeValue */.bp)(i.input)}` })
    .register(fields/* forms */.uO, { expected: "a date YYYY-MM-DD" });
const windows = schemas/* strictObject */.rej({
    timezone: schemas/* string */.YjP().refine(isTimeZone, { error: (i) => `expected an IANA time zone like America/Sao_Paulo or UTC, found ${(0,errors/* describeValue */.bp)(i.input)}` }).optional(),
    allow: schemas/* array */.YOg(weekWindow).optional().meta({ description: "When given, deployments happen only inside one of these (business hours)." }),
    deny: schemas/* array */.YOg(weekWindow).optional().meta({ description: "No deployment inside any of these (no Friday afternoons)." }),
    freeze: schemas/* array */.YOg(schemas/* strictObject */.rej({ from: isoDate, to: isoDate, reason: schemas/* string */.YjP().optional() }))
        .optional()
        .meta({ description: "Date ranges, inclusive, with no deployment at all." }),
})
    .transform((w) => ({
    timezone: w.timezone ?? "UTC",
    allow: w.allow ?? [],
    deny: w.deny ?? [],
    freeze: (w.freeze ?? []).map((f) => ({ from: f.from, to: f.to, ...(f.reason !== undefined && { reason: f.reason }) })),
}))
    .meta({ description: "Deployment windows: when a stage may move traffic." });
function isTimeZone(tz) {
    try {
        new Intl.DateTimeFormat("en-US", { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
const stage = schemas/* strictObject */.rej({
    name: (0,fields/* name */.UU)("stage"),
    weight: schemas/* number */.aig()
        .min(0)
        .max(100)
        .meta({ description: "Percentage of traffic on the new version, 0-100." })
        .register(fields/* forms */.uO, { expected: "a number from 0 to 100" }),
    soak: (0,fields/* duration */.p0)("How long the stage is held and watched."),
    interval: (0,fields/* duration */.p0)("Time between rounds of checks. Default 1m.").optional(),
    "min-soak": (0,fields/* duration */.p0)("A go may end the soak early only after this long. Default: the whole soak.").optional(),
    checks: schemas/* array */.YOg((0,fields/* name */.UU)("check")).optional().meta({ description: "Checks held during the soak, by name." }),
    "wait-for": schemas/* array */.YOg((0,fields/* name */.UU)("check")).optional().meta({ description: "Checks that must pass before the soak starts (wait until healthy)." }),
    "wait-timeout": (0,fields/* duration */.p0)("How long wait-for may take. Default 5m.").optional(),
    "failure-limit": schemas/* number */.aig().int().min(1).optional().meta({ description: "Consecutive failing rounds of one check that end the stage. Default 1: at once." }),
    "error-limit": schemas/* number */.aig().int().min(1).optional().meta({ description: "Consecutive rounds with errors that end the stage as inconclusive. Default 3." }),
    "no-data": schemas/* enum */.k5n(["inconclusive", "fail", "warn"]).optional().meta({ description: "What a check with no data counts as. Default inconclusive; never a pass." }),
})
    .transform((s) => ({
    name: s.name,
    weight: s.weight,
    soak: s.soak,
    interval: s.interval ?? 60,
    minSoak: s["min-soak"] ?? s.soak,
    checks: s.checks ?? [],
    waitFor: s["wait-for"] ?? [],
    waitTimeout: s["wait-timeout"] ?? 300,
    failureLimit: s["failure-limit"] ?? 1,
    errorLimit: s["error-limit"] ?? 3,
    noData: s["no-data"] ?? "inconclusive",
}));
const k8sName = schemas/* string */.YjP().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
    error: (i) => `expected a Kubernetes name (lower-case letters, digits, '-', '.'), found ${(0,errors/* describeValue */.bp)(i.input)}`,
}).register(fields/* forms */.uO, { expected: "a Kubernetes name" });
const kubernetesTarget = schemas/* strictObject */.rej({
    namespace: k8sName,
    deployment: k8sName.meta({ description: "The stable Deployment." }).register(fields/* forms */.uO, { expected: "a Deployment name" }),
    container: schemas/* string */.YjP().optional().meta({ description: "Container whose image is set. Default: the only one." }),
    traffic: schemas/* enum */.k5n(["replicas", "gateway"]).optional().meta({ description: "replicas: weight as the canary Deployment's share of replicas; gateway: weights of a Gateway API HTTPRoute. Default replicas." }),
    "canary-deployment": k8sName.optional().meta({ description: "The canary Deployment. Default <deployment>-canary." }),
    route: k8sName.optional().meta({ description: "The HTTPRoute, for traffic: gateway." }),
    "rollout-timeout": (0,fields/* duration */.p0)("How long to wait for a rollout to finish. Default 10m.").optional(),
});
const commandTarget = schemas/* strictObject */.rej({
    "set-weight": schemas/* string */.YjP().min(1).meta({ description: "Executable called with DEPLOY_WEIGHT, DEPLOY_VERSION, DEPLOY_STAGE in its environment." }),
    rollback: schemas/* string */.YjP().min(1).meta({ description: "Executable that restores the recorded state, from DEPLOY_STATE in its environment." }),
    status: schemas/* string */.YjP().min(1).optional().meta({ description: "Executable that exits 0 once the rollout is done; polled until the timeout." }),
    current: schemas/* string */.YjP().min(1).optional().meta({ description: "Executable that prints what is live now as JSON; recorded before the first move and given back to rollback." }),
    promote: schemas/* string */.YjP().min(1).optional().meta({ description: "Executable run once after the last stage reaches 100%. Without it, reaching 100% is the promotion." }),
    timeout: (0,fields/* duration */.p0)("Timeout of one command, and of waiting for status. Default 10m.").optional(),
});
const target = schemas/* strictObject */.rej({ kubernetes: kubernetesTarget.optional(), command: commandTarget.optional() })
    .superRefine((t, ctx) => {
    if (!!t.kubernetes === !!t.command) {
        ctx.addIssue({ code: "custom", message: "expected exactly one of kubernetes or command", input: t });
    }
    if (t.kubernetes?.traffic === "gateway" && !t.kubernetes.route) {
        ctx.addIssue({ code: "custom", path: ["kubernetes", "route"], message: "traffic: gateway needs the HTTPRoute's name in route", input: undefined });
    }
})
    .transform((t) => {
    if (t.kubernetes) {
        const k = t.kubernetes;
        return {
            kind: "kubernetes",
            namespace: k.namespace,
            deployment: k.deployment,
            ...(k.container !== undefined && { container: k.container }),
            traffic: k.traffic ?? "replicas",
            canaryDeployment: k["canary-deployment"] ?? `${k.deployment}-canary`,
            ...(k.route !== undefined && { route: k.route }),
            rolloutTimeout: k["rollout-timeout"] ?? 600,
        };
    }
    const c = t.command;
    return {
        kind: "command",
        setWeight: c["set-weight"],
        rollback: c.rollback,
        ...(c.status !== undefined && { status: c.status }),
        ...(c.current !== undefined && { current: c.current }),
        ...(c.promote !== undefined && { promote: c.promote }),
        timeout: c.timeout ?? 600,
    };
})
    .meta({ description: "What moves traffic: a Kubernetes Deployment pair, or your own scripts." });
const rollback = schemas/* strictObject */.rej({
    on: schemas/* array */.YOg(schemas/* enum */.k5n(["no-go", "inconclusive", "conditional"])).optional().meta({ description: "Verdicts that roll back on their own. Default [no-go, inconclusive]." }),
    verify: schemas/* array */.YOg((0,fields/* name */.UU)("check")).optional().meta({ description: "Checks that must pass after rolling back." }),
    timeout: (0,fields/* duration */.p0)("How long the rollback may take. Default 10m.").optional(),
})
    .transform((r) => ({ on: r.on ?? ["no-go", "inconclusive"], verify: r.verify ?? [], timeout: r.timeout ?? 600 }));
/** The playbook file, as written. */
const playbookSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1, { error: (i) => `expected version: 1, found ${(0,errors/* describeValue */.bp)(i.input)}` })
        .register(fields/* forms */.uO, { expected: "1, the version of the playbook format" }),
    service: schemas/* string */.YjP().min(1).meta({ description: "The service this playbook deploys." }).register(fields/* forms */.uO, { expected: "the service's name" }),
    prometheus: prometheus.optional(),
    selectors: schemas/* strictObject */.rej({
        canary: (0,fields/* labelSet */.V7)("Label matchers that select the canary's series, e.g. { version: canary }."),
        baseline: (0,fields/* labelSet */.V7)("Label matchers that select the baseline's series, e.g. { version: stable }."),
    })
        .meta({ description: "How canary and baseline series are told apart; put in queries where $selector stands." })
        .register(fields/* forms */.uO, { expected: "a mapping with canary and baseline label matchers" }),
    checks: schemas/* record */.g1P((0,fields/* name */.UU)("check"), check_schema/* check */.z6).meta({ description: "Named checks that stages refer to." }).register(fields/* forms */.uO, { expected: "a mapping of named checks" }),
    stages: schemas/* array */.YOg(stage).min(1).meta({ description: "Stages in order; weights increase." }).register(fields/* forms */.uO, { expected: "a list of stages" }),
    target: target.optional(),
    signoff: signoffSchema.optional(),
    windows: windows.optional(),
    rollback: rollback.optional(),
})
    .meta({ title: "Deploy Playbook", description: "A deployment playbook: stages, checks, target, sign-off." });
/** Turns the parsed file into the readonly {@link Playbook}. */
function toPlaybook(p) {
    const checks = {};
    for (const [checkName, c] of Object.entries(p.checks))
        checks[checkName] = { name: checkName, ...c };
    return {
        version: 1,
        service: p.service,
        ...(p.prometheus && { prometheus: p.prometheus }),
        selectors: p.selectors,
        checks,
        stages: p.stages,
        ...(p.target && { target: p.target }),
        ...(p.signoff && { signoff: p.signoff }),
        ...(p.windows && { windows: p.windows }),
        rollback: p.rollback ?? { on: ["no-go", "inconclusive"], verify: [], timeout: 600 },
    };
}


/***/ })

};
