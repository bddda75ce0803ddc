import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   P_: () => (/* binding */ Refusal),
/* harmony export */   Vp: () => (/* binding */ describeUnexpected),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   bS: () => (/* binding */ problemCount),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   kw: () => (/* binding */ describeName)
/* harmony export */ });
/* unused harmony export EXCERPT_LENGTH */
/**
 * The two kinds of error the suite raises.
 *
 * A {@link ConfigurationError} is something the user can fix: a playbook mistake or a bad
 * action input. It is printed without a stack trace, with every problem found at once.
 * Anything else that escapes is a bug in the suite and is reported as such.
 */
/** How many problems `problems` reports, counting those a line stands for but does not list. */
function problemCount(problems) {
    return problems.reduce((n, p) => n + (p.unlisted ?? 1), 0);
}
/** Renders a problem as `file:line:col: path: message`, the form editors and CI parse. */
function formatProblem(p) {
    const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ` : "";
    return `${where}${p.path ? `${p.path}: ` : ""}${p.message}`;
}
/** A mistake the user can fix. Carries every problem found, not just the first. */
class ConfigurationError extends Error {
    problems;
    constructor(problems) {
        const list = typeof problems === "string" ? [{ path: "", message: problems }] : problems;
        super(list.length === 1
            ? formatProblem(list[0])
            : `${problemCount(list)} problems:\n${list.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
        this.name = "ConfigurationError";
        this.problems = list;
    }
}
/** Characters of a value an error message shows at most; the rest is cut and counted. */
const EXCERPT_LENGTH = 60;
/**
 * Describes a value for an error message: a short, escaped, one-line excerpt. Strings are
 * quoted, lists and mappings named, never dumped: a binary file or a pasted blob must not
 * turn into a screenful of garbage.
 */
function describeValue(value) {
    if (value === undefined)
        return "nothing";
    if (value === null)
        return "null";
    if (typeof value === "string")
        return quote(value);
    if (typeof value === "object")
        return Array.isArray(value) ? "a list" : "a mapping";
    return clip(String(value));
}
/** Text from elsewhere (a parser's message) on one line: escaped like {@link quote}, cut at `max` characters. */
function clip(text, max = EXCERPT_LENGTH) {
    const { shown, cut } = excerpt(text, max, false);
    return cut ? `${shown}...` : shown;
}
/**
 * A string in double quotes: at most `max` characters of it, with quotes, backslashes and
 * every control, format, private-use or unassigned character escaped (`\n`, `\u0000`,
 * `\u202e`), and, when cut, how long it was: `"abc..." (8192 characters)`.
 */
function quote(text, max = EXCERPT_LENGTH) {
    const { shown, cut } = excerpt(text, max, true);
    return cut ? `"${shown}..." (${text.length} characters)` : `"${shown}"`;
}
/** A key or name in single quotes as written (`'soak'`), or as a {@link quote} when it is long or odd. */
function describeName(text) {
    return /^[\w$.-]{1,60}$/.test(text) ? `'${text}'` : quote(text);
}
// Control, format (bidi overrides, zero-width), private-use, unassigned, surrogate halves,
// line and paragraph separators, and the replacement character left by invalid UTF-8.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\uFFFD]/u;
function excerpt(text, max, quoted) {
    // Only the head is looked at, so a multi-megabyte value costs no more than a short one.
    const chars = Array.from(text.slice(0, max * 2 + 2));
    const cut = chars.length > max || text.length > max * 2 + 2;
    return { shown: chars.slice(0, max).map((ch) => escapeChar(ch, quoted)).join(""), cut };
}
function escapeChar(ch, quoted) {
    if (quoted && ch === '"')
        return '\\"';
    if (quoted && ch === "\\")
        return "\\\\";
    if (ch === "\n")
        return "\\n";
    if (ch === "\r")
        return "\\r";
    if (ch === "\t")
        return "\\t";
    if (!HIDDEN.test(ch))
        return ch;
    const code = ch.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
/**
 * A refusal the user can act on, without a stack trace: a closed deployment window, a
 * verdict that does not let the rollout go on, a part not built in this version.
 */
class Refusal extends Error {
    name = "Refusal";
}
/** Message for anything that is not a ConfigurationError: it is our bug, and says so. */
function describeUnexpected(error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return `Unexpected error (a bug in deploy-playbook; please report it with this text):\n${detail}`;
}


/***/ }),

/***/ 59148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sv: () => (/* binding */ FileTooLarge),
/* harmony export */   Ts: () => (/* binding */ diskFiles),
/* harmony export */   f1: () => (/* binding */ readFailure)
/* harmony export */ });
/* unused harmony export NotAFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The files a run reads (the playbook, a CA bundle) and writes (the evidence, a summary),
 * behind one port so the actions and the CLI do it the same way and tests need no file
 * system.
 */


/** The real file system. */
const diskFiles = {
    readText: (path, maxBytes) => (maxBytes === undefined ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8") : readBounded(path, maxBytes)),
    async writeText(path, text) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text, "utf8");
    },
};
/** A path that names something other than a regular file or a directory. */
class NotAFile extends Error {
    kind;
    constructor(kind) {
        super(`is ${kind}, not a regular file`);
        this.kind = kind;
        this.name = "NotAFile";
    }
}
/** A file past a size limit; `bytes` is its size, or as much of it as was read. */
class FileTooLarge extends Error {
    bytes;
    constructor(bytes) {
        super(`is larger than allowed (${bytes} bytes)`);
        this.bytes = bytes;
        this.name = "FileTooLarge";
    }
}
async function readBounded(path, maxBytes) {
    // stat first: opening a FIFO to read would wait for a writer, and a device never ends.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    if (info.isDirectory())
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
    if (!info.isFile())
        throw new NotAFile(info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : "a device");
    if (info.size > maxBytes)
        throw new FileTooLarge(info.size);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
    try {
        // The file may have grown since: read one byte past the limit to know.
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > maxBytes)
                throw new FileTooLarge(length);
        }
        return buffer.toString("utf8", 0, length);
    }
    finally {
        await handle.close();
    }
}
/** Why a file could not be read, in words (no stack trace: the user can fix it), ending with what was expected. */
function readFailure(error, expected) {
    const code = error?.code;
    if (code === "ENOENT")
        return `no such file; expected ${expected}`;
    if (code === "EISDIR")
        return `is a directory; expected ${expected}`;
    if (code === "EACCES")
        return `cannot be read (permission denied); expected ${expected}`;
    if (error instanceof NotAFile)
        return `${error.message}; expected ${expected}`;
    return `cannot be read: ${error instanceof Error ? error.message : String(error)}; expected ${expected}`;
}


/***/ }),

/***/ 47068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/**
 * The run the suite executes in, read once from the runner's environment variables.
 * Every missing or malformed variable is reported at once, before anything is asked of
 * GitHub; outside Actions (the CLI) the same variables can be set by hand.
 */

/** Builds the {@link RunContext} from `GITHUB_*` variables; throws a ConfigurationError naming each bad one. */
function runContextFromEnv(env) {
    const problems = [];
    const read = (name, expected, valid) => {
        const value = env[name]?.trim() ?? "";
        if (value === "")
            problems.push({ path: `env ${name}`, message: `is not set; expected ${expected} (the GitHub runner sets it; outside Actions, set it yourself)` });
        else if (!valid(value))
            problems.push({ path: `env ${name}`, message: `is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(value)}; expected ${expected}` });
        return value;
    };
    const repository = read("GITHUB_REPOSITORY", "OWNER/REPO", (v) => /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(v));
    const runId = read("GITHUB_RUN_ID", "a positive whole number", isPositiveInteger);
    const runAttempt = read("GITHUB_RUN_ATTEMPT", "a positive whole number", isPositiveInteger);
    const serverUrl = read("GITHUB_SERVER_URL", "an http(s) URL such as https://github.com", isHttpUrl).replace(/\/+$/, "");
    const actor = read("GITHUB_ACTOR", "the login that started the run", () => true);
    const sha = read("GITHUB_SHA", "a 40-character commit sha", (v) => /^[0-9a-f]{40}$/i.test(v));
    const ref = read("GITHUB_REF", "a ref such as refs/heads/main", (v) => v.startsWith("refs/"));
    // The runner always sets GITHUB_API_URL; by hand it is easy to forget, and github.com's is known.
    const apiUrl = env["GITHUB_API_URL"]?.trim()
        ? read("GITHUB_API_URL", "an http(s) URL such as https://api.github.com", isHttpUrl).replace(/\/+$/, "")
        : defaultApiUrl(serverUrl);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems);
    const [owner, repo] = repository.split("/");
    return {
        owner,
        repo,
        runId: Number(runId),
        runAttempt: Number(runAttempt),
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
        actor,
        sha: sha.toLowerCase(),
        ref,
        serverUrl,
        apiUrl,
    };
}
function defaultApiUrl(serverUrl) {
    return serverUrl === "https://github.com" || serverUrl === "" ? "https://api.github.com" : `${serverUrl}/api/v3`;
}
function isPositiveInteger(value) {
    return /^[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value));
}
function isHttpUrl(value) {
    try {
        return ["http:", "https:"].includes(new URL(value).protocol);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 81994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ GitHubError)
/* harmony export */ });
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


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ HEADER_NAME)
/* harmony export */ });
/** HTTP header names as RFC 9110 defines them (a `token`), for every place a user names a header. */
/** A valid header name: one or more token characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;


/***/ }),

/***/ 17552:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ validateQuery),
/* harmony export */   H6: () => (/* binding */ loadPromqlGrammar),
/* harmony export */   fY: () => (/* binding */ selectorProblem),
/* harmony export */   iA: () => (/* binding */ usesSelector),
/* harmony export */   kY: () => (/* binding */ alertsQuery),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* unused harmony exports SELECTOR_PLACEHOLDER, promqlString, renderMatchers */
let grammar;
let loading;
/**
 * Loads Prometheus's grammar, once. It is a chunk of its own in the bundles, so a run that
 * checks no query (an action stopped by a bad input, `deploy-playbook schema`) never loads
 * it; whatever parses a playbook awaits this first (`prepare` in the action shells,
 * `readPlaybook` in the CLI).
 */
function loadPromqlGrammar() {
    return (loading ??= __nccwpck_require__.e(/* import() */ 828).then(__nccwpck_require__.bind(__nccwpck_require__, 86828)).then((m) => {
        grammar = m.parser;
    }));
}
function promql() {
    // Never skip the check: a query nobody parsed could fail two hours into a soak.
    if (!grammar)
        throw new Error("the PromQL grammar is not loaded: await loadPromqlGrammar() before parsing a playbook");
    return grammar;
}
/** The placeholder a query uses for the canary or baseline matchers. */
const SELECTOR_PLACEHOLDER = "$selector";
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Escapes a label value as a double-quoted PromQL string literal. */
function promqlString(value) {
    let out = '"';
    for (const ch of value) {
        if (ch === "\\")
            out += "\\\\";
        else if (ch === '"')
            out += '\\"';
        else if (ch === "\n")
            out += "\\n";
        else if (ch === "\r")
            out += "\\r";
        else if (ch === "\t")
            out += "\\t";
        // Other control characters are legal inside a PromQL string but unreadable in logs.
        else if (ch < " " || ch === "\u007f")
            out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
        else
            out += ch;
    }
    return `${out}"`;
}
/** Renders label equality matchers: `version="canary", track="a"`. */
function renderMatchers(labels) {
    return Object.entries(labels)
        .map(([name, value]) => {
        // The schema admits only plain label names; this guards callers that bypass it.
        if (!LABEL_NAME.test(name))
            throw new Error(`invalid label name ${JSON.stringify(name)}`);
        return `${name}=${promqlString(value)}`;
    })
        .join(", ");
}
/** Puts the matchers where the query says `$selector`. */
function renderQuery(query, labels) {
    return query.split(SELECTOR_PLACEHOLDER).join(renderMatchers(labels));
}
/** True when the query has a `$selector` placeholder. */
function usesSelector(query) {
    return query.includes(SELECTOR_PLACEHOLDER);
}
// Same length as "$selector", so positions in the parsed text are positions in the query.
const STAND_IN = 's_="0000"';
/**
 * Parses a query as written (with `$selector` placeholders) and returns its first error,
 * or undefined when it parses. Later errors are usually echoes of the first.
 */
function validateQuery(query) {
    const placeholders = [];
    for (let i = query.indexOf(SELECTOR_PLACEHOLDER); i >= 0; i = query.indexOf(SELECTOR_PLACEHOLDER, i + 1)) {
        placeholders.push(i);
    }
    const text = query.split(SELECTOR_PLACEHOLDER).join(STAND_IN);
    if (!text.trim())
        return { offset: 0, message: "the query is empty" };
    const strings = placeholders.length > 0 ? stringLiterals(query) : [];
    const quoted = placeholders.find((p) => strings.some(([from, to]) => from < p && p < to));
    if (quoted !== undefined) {
        return { offset: quoted, message: "$selector stands inside a quoted string; put it in the braces as a matcher of its own, like metric{code=\"500\", $selector}" };
    }
    const matchers = new Set();
    let error;
    promql().parse(text).iterate({
        enter(node) {
            if (node.type.isError && !error)
                error = { offset: node.from, message: describeError(query, node.from, placeholders) };
            if (node.name === "UnquotedLabelMatcher")
                matchers.add(`${node.from}:${node.to}`);
        },
    });
    if (error)
        return error;
    const stray = placeholders.find((p) => !matchers.has(`${p}:${p + STAND_IN.length}`));
    return stray === undefined ? undefined : { offset: stray, message: STRAY };
}
/**
 * Why a query is not a plain selector of series (`metric{matchers}`), or undefined when it
 * is. The sequential check reads each series' raw counter value and takes differences
 * itself; a function or an aggregation would hide counter resets and extrapolate.
 * Call after `validateQuery` has passed.
 */
function selectorProblem(query) {
    const text = query.split(SELECTOR_PLACEHOLDER).join(STAND_IN).trim();
    const top = promql().parse(text).topNode.firstChild;
    if (top?.name === "VectorSelector" && top.from === 0 && top.to === text.length)
        return undefined;
    const what = top?.name === "MatrixSelector" ? "a range selector" : top?.name === "OffsetExpr" ? "an offset" : top?.name === "AggregateExpr" ? "an aggregation" : top?.name === "FunctionCall" ? "a function" : "an expression";
    return `expected a counter selector like http_requests_total{code=~"5..", $selector}, found ${what}; the gate reads each series' raw count and takes the differences itself, so rate, increase, sum and offsets are not used`;
}
const STRAY = `$selector must stand inside braces as a matcher, like metric{$selector} or metric{code="5..", $selector}`;
/** The [from, to) spans of the string literals of a query (blanking placeholders keeps the rest intact). */
function stringLiterals(query) {
    const blanked = query.split(SELECTOR_PLACEHOLDER).join(" ".repeat(SELECTOR_PLACEHOLDER.length));
    const spans = [];
    promql().parse(blanked).iterate({
        enter(node) {
            if (node.name === "StringLiteral")
                spans.push([node.from, node.to]);
        },
    });
    return spans;
}
/** Names the text at an error; `query` is the text as written, so $selector shows as itself. */
function describeError(query, from, placeholders) {
    if (from >= query.trimEnd().length)
        return "the query ends too early (an unclosed bracket or a missing operand?)";
    if (placeholders.some((p) => p <= from && from < p + SELECTOR_PLACEHOLDER.length))
        return STRAY;
    const token = /^(\$selector|\w+|\S)/.exec(query.slice(from))?.[0] ?? "";
    const shown = token.length > 30 ? `${token.slice(0, 27)}...` : token;
    return `unexpected ${JSON.stringify(shown)}`;
}
/** `ALERTS{alertstate="firing", severity="critical"}`: the firing alerts carrying these labels, values escaped. */
function alertsQuery(match) {
    const matchers = renderMatchers(match);
    return `ALERTS{alertstate="firing"${matchers ? `, ${matchers}` : ""}}`;
}


/***/ }),

/***/ 57802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Fv: () => (/* binding */ parseLimit),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   NN: () => (/* binding */ crosses),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _M: () => (/* binding */ LIMIT_FORMS)
/* harmony export */ });
/* unused harmony exports QUANTITY_FORMS, parseDuration */
/**
 * Quantities with units, parsed once into base units: seconds, bytes, ratios, plain numbers.
 *
 * The playbooks this suite automates write `5%`, `500ms`, `2h`, `20MB`; a number never
 * travels through the code with its unit still attached as text.
 */
const DURATION_UNITS = {
    ms: 0.001,
    s: 1,
    m: 60,
    h: 3600,
    d: 86400,
    w: 604800,
};
const BYTE_UNITS = {
    B: 1,
    KB: 1e3,
    MB: 1e6,
    GB: 1e9,
    TB: 1e12,
    KiB: 2 ** 10,
    MiB: 2 ** 20,
    GiB: 2 ** 30,
    TiB: 2 ** 40,
};
const NUMBER = String.raw `[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NUMBER_RE = new RegExp(`^${NUMBER}$`);
const PERCENT_RE = new RegExp(`^(${NUMBER})\\s*%$`);
const BYTES_RE = new RegExp(`^(${NUMBER})\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$`);
// One or more duration parts, as Prometheus writes them: 1h30m, 500ms, 2h.
const DURATION_PART = String.raw `(\d+(?:\.\d+)?)(ms|s|m|h|d|w)`;
const DURATION_RE = new RegExp(`^(?:${DURATION_PART})+$`);
/** The forms accepted, for error messages. */
const QUANTITY_FORMS = "a number with a unit: a percentage (5%), a duration (500ms, 30s, 5m, 2h, 1d), a size (20MB, 20MiB), or a plain number (1000)";
/** Parses a quantity, or returns undefined when the text is not one. */
function parseQuantity(raw) {
    if (typeof raw === "number") {
        return Number.isFinite(raw) ? { value: raw, dimension: "number", text: String(raw) } : undefined;
    }
    const text = raw.trim();
    if (NUMBER_RE.test(text))
        return { value: Number(text), dimension: "number", text };
    let m = PERCENT_RE.exec(text);
    if (m)
        return { value: Number(m[1]) / 100, dimension: "ratio", text };
    m = BYTES_RE.exec(text);
    if (m)
        return { value: Number(m[1]) * BYTE_UNITS[m[2]], dimension: "bytes", text };
    if (DURATION_RE.test(text)) {
        let seconds = 0;
        for (const part of text.matchAll(new RegExp(DURATION_PART, "g"))) {
            seconds += Number(part[1]) * DURATION_UNITS[part[2]];
        }
        return { value: seconds, dimension: "duration", text };
    }
    return undefined;
}
/** Parses a duration (`5m`, `2h`, `1h30m`, `500ms`) into seconds, or undefined. */
function parseDuration(raw) {
    const q = parseQuantity(raw);
    return q && q.dimension === "duration" ? q.value : undefined;
}
const LIMIT_RE = /^(>=|<=|>|<)\s*(.+)$/;
const LIMIT_FORMS = `a comparison and a quantity with its unit, like "> 5%", "< 500ms", ">= 20MB" or "> 1000"`;
/** Parses a limit such as `"> 5%"`, or returns undefined. */
function parseLimit(raw) {
    const m = LIMIT_RE.exec(raw.trim());
    if (!m)
        return undefined;
    const quantity = parseQuantity(m[2]);
    if (!quantity)
        return undefined;
    return { op: m[1], quantity, text: raw.trim() };
}
/** True when `value` crosses the limit. NaN never crosses: callers treat it as no data. */
function crosses(limit, value) {
    const t = limit.quantity.value;
    switch (limit.op) {
        case ">":
            return value > t;
        case ">=":
            return value >= t;
        case "<":
            return value < t;
        case "<=":
            return value <= t;
    }
}
/** Formats a base-unit value for people, in the unit its dimension suggests. */
function formatValue(value, dimension) {
    if (Number.isNaN(value))
        return "NaN";
    if (!Number.isFinite(value))
        return value > 0 ? "+Inf" : "-Inf";
    switch (dimension) {
        case "ratio":
            return `${round(value * 100)}%`;
        case "duration":
            return formatSeconds(value);
        case "bytes":
            return formatBytes(value);
        case "number":
            return String(round(value));
    }
}
function round(v) {
    if (v === 0)
        return 0;
    const digits = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 3 : 4;
    return Number(v.toPrecision(Math.max(digits, Math.ceil(Math.log10(Math.abs(v) + 1)) + 1)));
}
/** `7200` → `2h`, `0.25` → `250ms`, `90` → `1m30s`. */
function formatSeconds(seconds) {
    const sign = seconds < 0 ? "-" : "";
    const s = Math.abs(seconds);
    if (s < 1)
        return `${sign}${round(s * 1000)}ms`;
    if (s < 60)
        return `${sign}${round(s)}s`;
    const parts = [];
    let rest = Math.round(s);
    for (const [unit, size] of [
        ["d", 86400],
        ["h", 3600],
        ["m", 60],
        ["s", 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
    }
    return sign + parts.join("");
}
function formatBytes(bytes) {
    const sign = bytes < 0 ? "-" : "";
    const b = Math.abs(bytes);
    for (const [unit, size] of [
        ["GB", 1e9],
        ["MB", 1e6],
        ["KB", 1e3],
    ]) {
        if (b >= size)
            return `${sign}${round(b / size)}${unit}`;
    }
    return `${sign}${round(b)}B`;
}


/***/ }),

/***/ 23355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZM: () => (/* binding */ readPlaybookText),
/* harmony export */   bi: () => (/* binding */ sizeProblem),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(59148);
/**
 * Reading a playbook file, apart from parsing it: the action shells read the file before
 * they load the parser, so a missing file costs no more than a missing input.
 */


/** Size of a playbook file in bytes, at most: every real playbook is far inside it. */
const MAX_FILE_BYTES = 1_000_000;
/**
 * The text of a playbook file, read through `files`; `file` names it in problems (the
 * path as the user gave it). A missing, unreadable or oversized file is a
 * {@link ConfigurationError}.
 */
async function readPlaybookText(path, files, file = path) {
    let text;
    try {
        text = await files.readText(path, MAX_FILE_BYTES);
    }
    catch (error) {
        if (error instanceof _files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileTooLarge */ .Sv)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1([sizeProblem(error.bytes, file, MAX_FILE_BYTES)]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1([{ file, path: "", message: (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readFailure */ .f1)(error, "a playbook (the default is .github/deploy-playbook.yml)") }]);
    }
    // Files that cannot bound their read (a test's in-memory files) are measured here.
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_FILE_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1([sizeProblem(bytes, file, MAX_FILE_BYTES)]);
    return text;
}
/** The problem of a file larger than `limit` bytes. */
function sizeProblem(bytes, file, limit) {
    return { file, line: 1, column: 1, path: "", message: `the file is ${formatBytes(bytes)}; expected a playbook of at most ${formatBytes(limit)}` };
}
function formatBytes(n) {
    return n >= 1e6 ? `${Number((n / 1e6).toFixed(1))} MB` : n >= 1e3 ? `${Number((n / 1e3).toFixed(1))} KB` : `${n} bytes`;
}


/***/ }),

/***/ 1708:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ verifyStage),
/* harmony export */   o_: () => (/* binding */ readsPrometheus)
/* harmony export */ });
/* unused harmony exports findStage, selectStages, checkSlice, sliceStage, rolloutReading */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57802);
/**
 * Stages named by the caller (an input, a flag), resolved once against the playbook so
 * everything after works on the {@link Stage} itself.
 */


function unknownStage(playbook, name, path, file) {
    return { ...(file !== undefined && { file }), path, message: `no stage named ${describeValue(name)}; expected one of: ${playbook.stages.map((s) => s.name).join(", ")}` };
}
/**
 * The stage called `name`; `path` names where the name came from (`input 'stage'`,
 * `--stage`), and `file` the playbook when the problem is best shown against it.
 */
function findStage(playbook, name, path, file) {
    const stage = playbook.stages.find((s) => s.name === name);
    if (!stage)
        throw new ConfigurationError([unknownStage(playbook, name, path, file)]);
    return stage;
}
/** The stages named, in playbook order whatever order they were listed in; all of them when `names` is absent. */
function selectStages(playbook, names, path) {
    if (!names)
        return [...playbook.stages];
    const unknown = names.filter((n) => !playbook.stages.some((s) => s.name === n));
    if (unknown.length > 0)
        throw new ConfigurationError(unknown.map((n) => unknownStage(playbook, n, path)));
    return playbook.stages.filter((s) => names.includes(s.name));
}
/** Checks a soak slice (`path` names where it came from): at least one interval, or no round could be taken. */
function checkSlice(stage, soak, path) {
    if (soak < stage.interval) {
        throw new ConfigurationError([
            { path, message: `found ${formatSeconds(soak)}; expected at least the stage's interval of ${formatSeconds(stage.interval)}, or one round could not be taken` },
        ]);
    }
}
/**
 * The stage held for `soak` seconds instead of its own soak (checked by {@link checkSlice}):
 * a 24-hour watch runs as hourly slices, each a gate of its own. A go may still not come
 * before min-soak.
 */
function sliceStage(stage, soak) {
    return { ...stage, soak, minSoak: Math.min(stage.minSoak, soak) };
}
/**
 * The rollback's verify checks as a stage of their own, waited for until they pass or
 * `rollback.timeout`: what a connection is resolved for before a rollback.
 */
function verifyStage(playbook) {
    const { verify, timeout } = playbook.rollback;
    return { name: "rollback.verify", weight: 0, soak: 0, interval: 10, minSoak: 0, checks: [], waitFor: verify, waitTimeout: timeout, failureLimit: 1, errorLimit: 1, noData: "inconclusive" };
}
/**
 * Everything a whole rollout reads, as one stage: every check of `stages` (held or waited
 * for) and the rollback's verify checks, so one connection is resolved and checked before
 * anything moves.
 */
function rolloutReading(playbook, stages) {
    return { ...verifyStage(playbook), checks: [...new Set(stages.flatMap((s) => [...s.checks, ...s.waitFor]))] };
}
/** True when the check reads Prometheus: every kind but an HTTP probe. */
function readsPrometheus(check) {
    return check.kind !== "http";
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 79327:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 92857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  You: () => (/* binding */ ZodISODateTime),
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  gMt: () => (/* binding */ discriminatedUnion),
  k5n: () => (/* binding */ _enum),
  euz: () => (/* binding */ literal),
  chJ: () => (/* binding */ _null),
  aig: () => (/* binding */ number),
  g1P: () => (/* binding */ record),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ string),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown),
  OZ5: () => (/* binding */ url)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, looseObject, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, nullable, nullish, object, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(88532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(54723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(44890);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/regexes.js
var core_regexes = __nccwpck_require__(23908);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? core_regexes/* anyString */.gp;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    core_checks/* $ZodCheckStringFormat */.ql.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* guid */.Os);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR(v));
    }
    else
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* email */.Rp);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === core_regexes/* httpProtocol */.F.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* emoji */.Zg());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? core_regexes/* nanoid */.Ak : core_regexes/* nanoidOfLength */.D2(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid */.gF);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid2 */.Gl);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ulid */.Z0);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* xid */.kM);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ksuid */.fO);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* datetime */.w$(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* date */.p6);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* time */.kB(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* duration */.p0);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv4 */.uX);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv6 */.ug);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv4 */.zr);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv6 */.l7); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* e164 */.hQ);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* number */.ai;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* boolean */.zM;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* bigint */.o;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* null */.ch;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
core_core/* $constructor */.xI("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    core_util/* assignProp */.Vy(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = core_util/* rawShape */.MO(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = core_util/* cached */.PO(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isObject */.Gv(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && core_regexes/* number */.ai.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? core_util/* escapeRegex */.sD(o) : o ? core_util/* escapeRegex */.sD(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    core_checks/* $ZodCheck */.QP.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __nccwpck_require__(29396);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(43759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? registries/* globalRegistry */.fd,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, core_regexes/* base64 */.K3],
    [base64urlCharset, core_regexes/* base64url */.r0],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? core_regexes/* number */.ai : core_regexes/* integer */.nd).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(api/* _overwrite */.bS(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return registries/* globalRegistry */.fd.get(this);
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return registries/* globalRegistry */.fd.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(api/* _regex */.Fk(...args));
    },
    includes(...args) {
        return this.check(api/* _includes */.dR(...args));
    },
    startsWith(...args) {
        return this.check(api/* _startsWith */.$S(...args));
    },
    endsWith(...args) {
        return this.check(api/* _endsWith */.ER(...args));
    },
    min(...args) {
        return this.check(api/* _minLength */.m9(...args));
    },
    max(...args) {
        return this.check(api/* _maxLength */.Eb(...args));
    },
    length(...args) {
        return this.check(api/* _length */.YA(...args));
    },
    nonempty(...args) {
        return this.check(api/* _minLength */.m9(1, ...args));
    },
    lowercase(params) {
        return this.check(api/* _lowercase */.hH(params));
    },
    uppercase(params) {
        return this.check(api/* _uppercase */.qF(params));
    },
    trim() {
        return this.check(api/* _trim */.WN());
    },
    normalize(...args) {
        return this.check(api/* _normalize */.lo(...args));
    },
    toLowerCase() {
        return this.check(api/* _toLowerCase */.Il());
    },
    toUpperCase() {
        return this.check(api/* _toUpperCase */.xY());
    },
    slugify() {
        return this.check(api/* _slugify */.TL());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(api/* _email */.Mu(ZodEmail, params));
    },
    url(params) {
        return this.check(api/* _url */.Fn(ZodURL, params));
    },
    jwt(params) {
        return this.check(api/* _jwt */.rk(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api/* _emoji */.aC(ZodEmoji, params));
    },
    guid(params) {
        return this.check(api/* _guid */.tB(ZodGUID, params));
    },
    uuid(params) {
        return this.check(api/* _uuid */.Be(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(api/* _uuidv4 */.nA(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(api/* _uuidv6 */.pY(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(api/* _uuidv7 */.wA(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(api/* _nanoid */.Dl(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(api/* _cuid */.fs(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(api/* _cuid2 */.Bj(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(api/* _ulid */.Ct(ZodULID, params));
    },
    base64(params) {
        return this.check(api/* _base64 */.rt(ZodBase64, params));
    },
    base64url(params) {
        return this.check(api/* _base64url */.cU(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(api/* _xid */.Pw(ZodXID, params));
    },
    ksuid(params) {
        return this.check(api/* _ksuid */._z(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(api/* _ipv4 */.Ny(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(api/* _ipv6 */.$O(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(api/* _cidrv4 */.Uy(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(api/* _cidrv6 */.gP(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(api/* _e164 */.KB(ZodE164, params));
    },
    datetime(params) {
        return this.check(api/* _isoDateTime */.G1(ZodISODateTime, params));
    },
    date(params) {
        return this.check(api/* _isoDate */.db(ZodISODate, params));
    },
    time(params) {
        return this.check(api/* _isoTime */.Kn(ZodISOTime, params));
    },
    duration(params) {
        return this.check(api/* _isoDuration */.f2(ZodISODuration, params));
    },
});
function string(params) {
    return api/* _string */.Rl(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return api/* _url */.Fn(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(0, params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(0, params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(0, params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(0, params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    step(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return api/* _number */.F7(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return api/* _int */.LK(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return api/* _boolean */._L(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(BigInt(0), params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
}));
function bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function _undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNull", (inst, def) => {
    $ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function _null(params) {
    return api/* _null */.jw(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return api/* _unknown */.em(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return api/* _never */.G8(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function _void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(api/* _gte */.qm(value, params));
    inst.max = (value, params) => inst.check(api/* _lte */.Zm(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(api/* _minLength */.m9(n, params));
    },
    nonempty(params) {
        return this.check(api/* _minLength */.m9(1, params));
    },
    max(n, params) {
        return this.check(api/* _maxLength */.Eb(n, params));
    },
    length(n, params) {
        return this.check(api/* _length */.YA(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return api/* _array */.dZ(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ core_core/* $constructor */.xI("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return api/* _refine */.fU(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return api/* _superRefine */.MB(fn, params);
}
// Re-export describe and meta from core
const describe = api/* describe */.q0;
const meta = api/* meta */.mI;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(api/* _properties */.T2(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([string(params), number(), schemas_boolean(), _null(), array(jsonSchema), record(string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 43759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ _ipv6),
/* harmony export */   $S: () => (/* binding */ _startsWith),
/* harmony export */   Au: () => (/* binding */ _lt),
/* harmony export */   Be: () => (/* binding */ _uuid),
/* harmony export */   Bj: () => (/* binding */ _cuid2),
/* harmony export */   Ct: () => (/* binding */ _ulid),
/* harmony export */   Dl: () => (/* binding */ _nanoid),
/* harmony export */   ER: () => (/* binding */ _endsWith),
/* harmony export */   Eb: () => (/* binding */ _maxLength),
/* harmony export */   F7: () => (/* binding */ _number),
/* harmony export */   Fk: () => (/* binding */ _regex),
/* harmony export */   Fn: () => (/* binding */ _url),
/* harmony export */   G1: () => (/* binding */ _isoDateTime),
/* harmony export */   G8: () => (/* binding */ _never),
/* harmony export */   Hi: () => (/* binding */ _multipleOf),
/* harmony export */   Il: () => (/* binding */ _toLowerCase),
/* harmony export */   KB: () => (/* binding */ _e164),
/* harmony export */   Kn: () => (/* binding */ _isoTime),
/* harmony export */   LK: () => (/* binding */ _int),
/* harmony export */   MB: () => (/* binding */ _superRefine),
/* harmony export */   Mu: () => (/* binding */ _email),
/* harmony export */   Ny: () => (/* binding */ _ipv4),
/* harmony export */   Pw: () => (/* binding */ _xid),
/* harmony export */   Rl: () => (/* binding */ _string),
/* harmony export */   T2: () => (/* binding */ _properties),
/* harmony export */   TL: () => (/* binding */ _slugify),
/* harmony export */   Tx: () => (/* binding */ _gt),
/* harmony export */   Uy: () => (/* binding */ _cidrv4),
/* harmony export */   WN: () => (/* binding */ _trim),
/* harmony export */   YA: () => (/* binding */ _length),
/* harmony export */   Zm: () => (/* binding */ _lte),
/* harmony export */   _L: () => (/* binding */ _boolean),
/* harmony export */   _z: () => (/* binding */ _ksuid),
/* harmony export */   aC: () => (/* binding */ _emoji),
/* harmony export */   bS: () => (/* binding */ _overwrite),
/* harmony export */   cU: () => (/* binding */ _base64url),
/* harmony export */   dR: () => (/* binding */ _includes),
/* harmony export */   dZ: () => (/* binding */ _array),
/* harmony export */   db: () => (/* binding */ _isoDate),
/* harmony export */   em: () => (/* binding */ _unknown),
/* harmony export */   f2: () => (/* binding */ _isoDuration),
/* harmony export */   fU: () => (/* binding */ _refine),
/* harmony export */   fs: () => (/* binding */ _cuid),
/* harmony export */   gP: () => (/* binding */ _cidrv6),
/* harmony export */   hH: () => (/* binding */ _lowercase),
/* harmony export */   jw: () => (/* binding */ _null),
/* harmony export */   lo: () => (/* binding */ _normalize),
/* harmony export */   m9: () => (/* binding */ _minLength),
/* harmony export */   mI: () => (/* binding */ meta),
/* harmony export */   nA: () => (/* binding */ _uuidv4),
/* harmony export */   pY: () => (/* binding */ _uuidv6),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qF: () => (/* binding */ _uppercase),
/* harmony export */   qm: () => (/* binding */ _gte),
/* harmony export */   rk: () => (/* binding */ _jwt),
/* harmony export */   rt: () => (/* binding */ _base64),
/* harmony export */   tB: () => (/* binding */ _guid),
/* harmony export */   wA: () => (/* binding */ _uuidv7),
/* harmony export */   xY: () => (/* binding */ _toUpperCase)
/* harmony export */ });
/* unused harmony exports _coercedString, _mac, _creditCard, _iban, TimePrecision, _coercedNumber, _float32, _float64, _int32, _uint32, _coercedBoolean, _bigint, _coercedBigint, _int64, _uint64, _symbol, _undefined, _any, _void, _date, _coercedDate, _nan, _max, _min, _positive, _negative, _nonpositive, _nonnegative, _maxSize, _minSize, _size, _property, _mime, _union, _xor, _discriminatedUnion, _intersection, _tuple, _record, _map, _set, _enum, _nativeEnum, _literal, _file, _transform, _optional, _nullable, _default, _nonoptional, _success, _catch, _pipe, _readonly, _templateLiteral, _lazy, _promise, _custom, _check, _stringbool, _stringFormat */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(44890);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(29396);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54723);




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMultipleOf */ .Jk({
        check: "multiple_of",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMaxLength */ .Yk({
        check: "max_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMinLength */ .Kk({
        check: "min_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLengthEquals */ .RM({
        check: "length_equals",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckRegex */ .DG({
        check: "string_format",
        format: "regex",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLowerCase */ .NI({
        check: "string_format",
        format: "lowercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckUpperCase */ .kH({
        check: "string_format",
        format: "uppercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckIncludes */ .Tt({
        check: "string_format",
        format: "includes",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckStartsWith */ .J({
        check: "string_format",
        format: "starts_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckEndsWith */ .E6({
        check: "string_format",
        format: "ends_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckProperties */ .nJ({
        check: "properties",
        shape,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckOverwrite */ .v$({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => _util_js__WEBPACK_IMPORTED_MODULE_0__/* .slugify */ .Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({
        check: "custom",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 44890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ $ZodCheckRegex),
/* harmony export */   E6: () => (/* binding */ $ZodCheckEndsWith),
/* harmony export */   J: () => (/* binding */ $ZodCheckStartsWith),
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   Jk: () => (/* binding */ $ZodCheckMultipleOf),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   NI: () => (/* binding */ $ZodCheckLowerCase),
/* harmony export */   QP: () => (/* binding */ $ZodCheck),
/* harmony export */   RM: () => (/* binding */ $ZodCheckLengthEquals),
/* harmony export */   Tt: () => (/* binding */ $ZodCheckIncludes),
/* harmony export */   Yk: () => (/* binding */ $ZodCheckMaxLength),
/* harmony export */   kH: () => (/* binding */ $ZodCheckUpperCase),
/* harmony export */   nJ: () => (/* binding */ $ZodCheckProperties),
/* harmony export */   ql: () => (/* binding */ $ZodCheckStringFormat),
/* harmony export */   sm: () => (/* binding */ $ZodCheckLessThan),
/* harmony export */   v$: () => (/* binding */ $ZodCheckOverwrite)
/* harmony export */ });
/* unused harmony exports $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckProperty, $ZodCheckMimeType */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88532);
/* harmony import */ var _regexes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(23908);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(54723);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : _util_js__WEBPACK_IMPORTED_MODULE_1__/* .floatSafeRemainder */ .LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .lowercase */ .AC);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .uppercase */ .Zv);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(..._util_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixIssues */ .lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    _util_js__WEBPACK_IMPORTED_MODULE_1__/* .hide */ .jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});


/***/ }),

/***/ 88532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   tm: () => (/* binding */ NEVER),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony export $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 23908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ lowercase),
/* harmony export */   Ak: () => (/* binding */ nanoid),
/* harmony export */   D2: () => (/* binding */ nanoidOfLength),
/* harmony export */   F: () => (/* binding */ httpProtocol),
/* harmony export */   Gl: () => (/* binding */ cuid2),
/* harmony export */   K3: () => (/* binding */ base64),
/* harmony export */   Os: () => (/* binding */ guid),
/* harmony export */   Rp: () => (/* binding */ email),
/* harmony export */   Z0: () => (/* binding */ ulid),
/* harmony export */   Zg: () => (/* binding */ emoji),
/* harmony export */   Zv: () => (/* binding */ uppercase),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   ch: () => (/* binding */ _null),
/* harmony export */   fO: () => (/* binding */ ksuid),
/* harmony export */   gF: () => (/* binding */ cuid),
/* harmony export */   gp: () => (/* binding */ anyString),
/* harmony export */   hQ: () => (/* binding */ e164),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   kM: () => (/* binding */ xid),
/* harmony export */   l7: () => (/* binding */ cidrv6),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   o: () => (/* binding */ bigint),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   r0: () => (/* binding */ base64url),
/* harmony export */   uR: () => (/* binding */ uuid),
/* harmony export */   uX: () => (/* binding */ ipv4),
/* harmony export */   ug: () => (/* binding */ ipv6),
/* harmony export */   w$: () => (/* binding */ datetime),
/* harmony export */   zM: () => (/* binding */ boolean),
/* harmony export */   zr: () => (/* binding */ cidrv4)
/* harmony export */ });
/* unused harmony exports extendedDuration, uuid4, uuid6, uuid7, html5Email, rfc5322Email, unicodeEmail, idnEmail, browserEmail, mac, hostname, domain, creditCard, currencyCode, iban, string, undefined, hex, md5_hex, md5_base64, md5_base64url, sha1_hex, sha1_base64, sha1_base64url, sha256_hex, sha256_base64, sha256_base64url, sha384_hex, sha384_base64, sha384_base64url, sha512_hex, sha512_base64, sha512_base64url */

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));


/***/ }),

/***/ 29396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ globalRegistry),
/* harmony export */   u5: () => (/* binding */ registry)
/* harmony export */ });
/* unused harmony exports $output, $input, $ZodRegistry */
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;


/***/ }),

/***/ 54723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(43759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var rollback_schemas = __nccwpck_require__(92857);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(rollback_schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/targets/command/record.ts
/** What the command target records before the first move: the weight, and the user's `current` output. */

const commandRecordSchema = rollback_schemas/* strictObject */.rej({
    kind: rollback_schemas/* literal */.euz("command"),
    /** The canary weight before the rollout (0 unless a rollout was already under way). */
    weight: rollback_schemas/* number */.aig().min(0).max(100),
    /** The JSON the playbook's `current` script printed, when it has one. */
    current: rollback_schemas/* unknown */.L5J().optional(),
});

;// CONCATENATED MODULE: ./src/targets/kubernetes/record.ts
/**
 * What the Kubernetes target records before the first move: everything rollback needs to put
 * the stable Deployment, the canary and the route back. Pod templates may hold literal
 * environment values (sometimes secrets), so the state carries only their digests and the
 * images; the templates themselves are kept on the stable Deployment, in the
 * {@link RECORD_ANNOTATION} annotation, where anyone who could read them could already.
 */

/** Annotation on the stable Deployment holding the recorded templates (JSON). */
const RECORD_ANNOTATION = "deploy-playbook/recorded";
const weight = rollback_schemas/* number */.aig().int().min(0).max(1_000_000);
/** The record as it travels in the state (`DeployState.previous`). */
const kubernetesRecordSchema = rollback_schemas/* strictObject */.rej({
    kind: rollback_schemas/* literal */.euz("kubernetes"),
    /** The new version's share of traffic before the rollout (0 unless one was under way). */
    weight: rollback_schemas/* number */.aig().min(0).max(100),
    namespace: rollback_schemas/* string */.YjP(),
    deployment: rollback_schemas/* string */.YjP(),
    traffic: rollback_schemas/* enum */.k5n(["replicas", "gateway"]),
    /** The container whose image the rollout sets. */
    container: rollback_schemas/* string */.YjP(),
    stable: rollback_schemas/* strictObject */.rej({
        /** The container's image before the rollout. */
        image: rollback_schemas/* string */.YjP(),
        /** `sha256:` digest the stable's ready pods ran that image at, when their status shows one (for the incident report). */
        imageDigest: rollback_schemas/* string */.YjP().optional(),
        /** `sha256:` of the pod template before the rollout (canonical JSON). */
        templateDigest: rollback_schemas/* string */.YjP(),
        /** `spec.replicas` before the rollout. */
        replicas: rollback_schemas/* number */.aig().int().min(0),
        /** The autoscaling/v2 HPA that owns the replicas, if one targets the Deployment. */
        hpa: rollback_schemas/* string */.YjP().optional(),
        resourceVersion: rollback_schemas/* string */.YjP(),
    }),
    canary: rollback_schemas/* strictObject */.rej({
        name: rollback_schemas/* string */.YjP(),
        /** Whether a canary Deployment existed before the rollout (then rollback puts it back, not away). */
        existed: rollback_schemas/* boolean */.zMY(),
        replicas: rollback_schemas/* number */.aig().int().min(0).optional(),
        templateDigest: rollback_schemas/* string */.YjP().optional(),
    }),
    route: rollback_schemas/* strictObject */.rej({
        name: rollback_schemas/* string */.YjP(),
        resourceVersion: rollback_schemas/* string */.YjP(),
        /** `sha256:` of the spec without the two backends' weights: any other change is drift. */
        shapeDigest: rollback_schemas/* string */.YjP(),
        /** The weights of the stable and canary backendRefs in each rule holding both (absent: the default). */
        rules: rollback_schemas/* array */.YOg(rollback_schemas/* strictObject */.rej({ rule: rollback_schemas/* number */.aig().int().min(0), stable: weight.optional(), canary: weight.optional() })),
    })
        .optional(),
});

;// CONCATENATED MODULE: ./src/targets/record.ts
/**
 * What a target records before the first move, as it travels in the rollout's state and in
 * the GitHub deployment's payload. Each target owns its record's shape; this file only
 * joins them, so the state can validate `previous` without knowing any target.
 */



const targetRecordSchema = rollback_schemas/* discriminatedUnion */.gMt("kind", [commandRecordSchema, kubernetesRecordSchema]);

;// CONCATENATED MODULE: ./src/state.ts
/**
 * The small JSON document one action hands the next through a job output (`state`): what
 * was deployed, where the rollout stands, and what rollback must restore. It travels
 * through workflow logs and outputs, so it never holds a secret: only names, numbers,
 * versions and verdicts.
 */



const VERDICTS = ["go", "conditional", "no-go", "inconclusive"];
const STATUSES = ["rolling-out", "promoted", "rolled-back"];
const state_time = datetime({ offset: true, error: "expected an ISO 8601 time" });
/** A non-empty string; `error` says what it should hold, whatever is wrong with it. */
const state_text = (error) => rollback_schemas/* string */.YjP({ error }).min(1, { error });
const stateSchema = rollback_schemas/* strictObject */.rej({
    version: rollback_schemas/* literal */.euz(1, { error: "expected 1" }),
    service: state_text("expected the service's name"),
    stage: state_text("expected a stage name"),
    weight: rollback_schemas/* number */.aig({ error: "expected a number from 0 to 100" }).min(0).max(100),
    targetVersion: state_text("expected the version being rolled out"),
    status: rollback_schemas/* enum */.k5n(STATUSES, { error: `expected one of ${STATUSES.join(", ")}` }),
    digest: rollback_schemas/* string */.YjP({ error: "expected sha256: and 64 hex digits" }).regex(/^sha256:[0-9a-f]{64}$/, { error: "expected sha256: and 64 hex digits" }),
    previous: targetRecordSchema.optional(),
    startedAt: state_time,
    updatedAt: state_time,
    verdicts: rollback_schemas/* record */.g1P(rollback_schemas/* string */.YjP(), rollback_schemas/* enum */.k5n(VERDICTS, { error: `expected one of ${VERDICTS.join(", ")}` }), { error: "expected a mapping of stage names to verdicts" }),
    deployment: rollback_schemas/* strictObject */.rej({ id: rollback_schemas/* number */.aig().int().positive(), environment: rollback_schemas/* string */.YjP().min(1) }).optional(),
    run: rollback_schemas/* strictObject */.rej({ id: rollback_schemas/* string */.YjP().min(1), url: rollback_schemas/* string */.YjP().min(1), actor: rollback_schemas/* string */.YjP().optional() }).optional(),
});
/**
 * Parses the `state` input. Bad JSON or a wrong shape is a {@link ConfigurationError}
 * naming the input, since the usual cause is a wrong `${{ … }}` expression in the workflow.
 */
function parseState(text, inputName) {
    const where = `input '${inputName}'`;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* ConfigurationError */.j1([
            {
                path: where,
                message: `found ${(0,errors/* describeValue */.bp)(text)}, which is not JSON (${reason}); expected the state output of a previous deploy-playbook step, like \${{ steps.canary.outputs.state }}`,
            },
        ]);
    }
    return stateFrom(data, where);
}
/**
 * Validates a state already parsed from JSON (a deployment's payload, say); `where` names
 * its source in problems.
 */
function stateFrom(data, where) {
    const parsed = stateSchema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => ({
        path: issue.path.length > 0 ? `${where}: ${issue.path.map(String).join(".")}` : where,
        message: issue.code === "unrecognized_keys"
            ? `unknown key(s) ${issue.keys.join(", ")}; expected the state output of a previous deploy-playbook step`
            : issue.path.length === 0
                ? `found ${(0,errors/* describeValue */.bp)(data)}; expected the state output of a previous deploy-playbook step (a JSON object)`
                : missingAt(data, issue.path)
                    ? `missing; ${issue.message}`
                    : `found ${(0,errors/* describeValue */.bp)(valueAt(data, issue.path))}; ${issue.message}`,
    }));
    throw new errors/* ConfigurationError */.j1(problems);
}
/** The state as one line of JSON, stable key order, ready for a step output. */
function state_serializeState(state) {
    const { version, service, stage, weight, targetVersion, status, digest, previous, startedAt, updatedAt, verdicts, deployment, run } = state;
    return JSON.stringify({ version, service, stage, weight, targetVersion, status, digest, previous, startedAt, updatedAt, verdicts, deployment, run });
}
/** Whether the key at the end of `path` is absent from its object (rather than present and wrong). */
function missingAt(data, path) {
    const parent = valueAt(data, path.slice(0, -1));
    return parent !== null && typeof parent === "object" && !Object.hasOwn(parent, path[path.length - 1]);
}
function valueAt(data, path) {
    let node = data;
    for (const key of path) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[key];
    }
    return node;
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
async function deployments_findRunDeployment(github, target, state) {
    const runId = String(github.run.runId);
    for (const deployment of await github.deployments.list(target.environment, { task: deploymentTask(state.service), limit: 30 })) {
        const payload = payloadState(deployment);
        if (payload?.run?.id === runId && payload.targetVersion === state.targetVersion)
            return { deployment, state: payload };
    }
    return undefined;
}
/** A new deployment recording the rollout, with the state (and its record of what was live) as its payload. */
async function deployments_createDeployment(github, target, state, log) {
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
async function deployments_postStatus(github, id, state, description, target) {
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
        return stateFrom(data, `the payload of deployment ${deployment.id}`);
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
function deployments_movingDescription(stage, from, to) {
    return `Stage ${stage}: moving ${from}% → ${to}%`;
}
/** The status a move leaves once the target has moved: `Stage half: 50% on v2`. */
function deployments_movedDescription(stage, weight, version) {
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
function deployments_wasRolledBack(statuses) {
    return statuses.some((s) => s.description?.startsWith(ROLLED_BACK) === true);
}

;// CONCATENATED MODULE: ./src/app/interrupt.ts
const SIGNALS = ["SIGINT", "SIGTERM"];
/**
 * Aborts `controller` on the first SIGINT or SIGTERM. Installing a listener also stops
 * Node's default of exiting at once, which would lose the evidence. Returns the undo.
 */
function abortOnSignals(controller, what, log, source) {
    const listener = (signal) => {
        if (controller.signal.aborted) {
            log.warning(`${signal} received again: still writing the partial evidence`);
            return;
        }
        log.warning(`${signal} received: cancelling ${what} and writing the partial evidence`);
        controller.abort(new CancelledError(signal));
    };
    for (const s of SIGNALS)
        source.on(s, listener);
    return () => {
        for (const s of SIGNALS)
            source.off(s, listener);
    };
}
/** The abort reason of a cancelled operation. */
class CancelledError extends Error {
    signal;
    constructor(signal) {
        super(`cancelled by ${signal}`);
        this.signal = signal;
        this.name = "CancelledError";
    }
}

;// CONCATENATED MODULE: ./src/app/report.ts
/**
 * What every operation returns, and the one way it is published. The action shells and
 * the CLI hand {@link publish} their own {@link Publisher} (the runner's files, or a
 * terminal and local files); what gets published, and in which order, is decided here.
 */

/**
 * Publishes a report: files first (an output naming a file is set only once it exists),
 * then outputs, summary, annotations and artifacts. A file that cannot be written is an
 * error annotation; when the step would pass, it fails instead, since a go whose numbers
 * were not kept cannot be reviewed.
 */
async function publish(report, publisher) {
    const unwritten = new Set();
    for (const file of report.files) {
        try {
            await publisher.writeFile(file.path, file.text);
        }
        catch (error) {
            unwritten.add(file);
            publisher.annotate({ level: "error", title: `${file.title} not written`, message: `${file.path}: ${error instanceof Error ? error.message : String(error)}` });
        }
    }
    const hidden = new Set(report.files.filter((f) => unwritten.has(f) && f.output).map((f) => f.output));
    for (const [name, value] of Object.entries(report.outputs)) {
        if (!hidden.has(name))
            publisher.setOutput(name, value);
    }
    if (report.summary)
        await publisher.appendSummary(report.summary);
    for (const annotation of report.annotations)
        publisher.annotate(annotation);
    for (const file of report.files)
        if (!unwritten.has(file) && file.artifact)
            await publisher.keep(file);
    const lost = report.files.find((f) => unwritten.has(f));
    if (lost && report.accepted) {
        throw new errors/* Refusal */.P_(`${lost.title} ${lost.path} could not be written, so the result cannot be reviewed; expected a writable file path.`);
    }
}

;// CONCATENATED MODULE: ./src/app/perform.ts


/** Runs `operation` with an abort signal wired to the process signals, publishes its report and returns it. */
async function perform(what, deps, operation) {
    const controller = new AbortController();
    const stopListening = abortOnSignals(controller, what, deps.log, deps.signals);
    try {
        const report = await operation(controller.signal);
        await publish(report, deps.publisher);
        return report;
    }
    finally {
        stopListening();
    }
}

// EXTERNAL MODULE: ./src/github/types.ts
var types = __nccwpck_require__(81994);
// EXTERNAL MODULE: ./src/playbook/promql.ts
var promql = __nccwpck_require__(17552);
// EXTERNAL MODULE: ./src/playbook/quantity.ts
var quantity = __nccwpck_require__(57802);
;// CONCATENATED MODULE: ./src/judge/baseline.ts
/**
 * Canary against baseline. Tolerances are absolute (in the check's units) or relative (a
 * share of the baseline). When both are given for a direction, the canary is out of
 * tolerance only when it exceeds both: the runbooks' "latency within 1s or 10%".
 */

/** `max-increase 1s or 10%, max-decrease 20%`: the tolerances as the playbook set them. */
function baseline_describeBaseline(cmp, dimension) {
    const parts = [
        describeSide("max-increase", cmp.maxIncrease, cmp.maxIncreaseRatio, dimension),
        describeSide("max-decrease", cmp.maxDecrease, cmp.maxDecreaseRatio, dimension),
    ].filter((p) => p !== undefined);
    return parts.length ? parts.join(", ") : "baseline (no tolerance set)";
}
function describeSide(name, abs, rel, dimension) {
    const texts = [abs && (0,quantity/* formatValue */.Fl)(abs.value, dimension), rel?.text].filter((t) => t !== undefined);
    return texts.length ? `${name} ${texts.join(" or ")}` : undefined;
}
/** Change relative to the baseline; any change from a zero baseline is infinitely large. */
function relativeChange(delta, baseline) {
    if (baseline === 0)
        return delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity;
    return delta / Math.abs(baseline);
}
/** Which direction is out of tolerance, if any. */
function violated(cmp, canary, baseline) {
    const delta = canary - baseline;
    const ratio = relativeChange(delta, baseline);
    const beyond = (amount, r, abs, rel) => (abs !== undefined || rel !== undefined) && (!abs || amount > abs.value) && (!rel || r > rel.value);
    if (delta > 0 && beyond(delta, ratio, cmp.maxIncrease, cmp.maxIncreaseRatio))
        return "increase";
    if (delta < 0 && beyond(-delta, -ratio, cmp.maxDecrease, cmp.maxDecreaseRatio))
        return "decrease";
    return undefined;
}
/** `+0.1%`, `-40`: a delta with its sign. */
function baseline_signed(value, dimension) {
    const text = (0,quantity/* formatValue */.Fl)(value, dimension);
    return value > 0 || (value === 0 && !Object.is(value, -0)) ? `+${text}` : text;
}
/**
 * Judges canary series against baseline series. One series a side are compared directly;
 * several are paired by their labels once the selector labels are set aside, and the
 * worst pair decides.
 */
function judgeBaseline(cmp, canary, baseline, dimension, selectorLabels = []) {
    const limit = baseline_describeBaseline(cmp, dimension);
    const pairs = [];
    if (canary.length === 1 && baseline.length === 1)
        pairs.push([canary[0], baseline[0]]);
    else {
        const key = (s) => JSON.stringify(Object.entries(s.labels).filter(([k]) => k !== "__name__" && !selectorLabels.includes(k)).sort());
        const byKey = new Map(baseline.map((b) => [key(b), b]));
        for (const c of canary) {
            const b = byKey.get(key(c));
            if (b)
                pairs.push([c, b]);
        }
    }
    if (pairs.length === 0) {
        return { outcome: "no-data", limit, detail: "no data: no baseline series has the same labels as a canary series" };
    }
    const judged = pairs.map(([c, b]) => ({ c: c.value, b: b.value, dir: violated(cmp, c.value, b.value) }));
    const worst = judged.reduce((x, y) => {
        if (!!x.dir !== !!y.dir)
            return y.dir ? y : x;
        return Math.abs(y.c - y.b) > Math.abs(x.c - x.b) ? y : x;
    });
    const delta = worst.c - worst.b;
    const change = relativeChange(delta, worst.b);
    const changeText = Number.isFinite(change) ? baseline_signed(change, "ratio") : change > 0 ? "+Inf%" : "-Inf%";
    const base = { canary: worst.c, baseline: worst.b, delta };
    const shown = `${baseline_signed(delta, dimension)} (${changeText}) vs baseline ${(0,quantity/* formatValue */.Fl)(worst.b, dimension)}`;
    if (!worst.dir)
        return { ...base, outcome: "pass", limit, detail: shown };
    const sideLimit = worst.dir === "increase"
        ? describeSide("max-increase", cmp.maxIncrease, cmp.maxIncreaseRatio, dimension)
        : describeSide("max-decrease", cmp.maxDecrease, cmp.maxDecreaseRatio, dimension);
    return {
        ...base,
        outcome: cmp.severity,
        limit: sideLimit,
        detail: `${shown} exceeds ${sideLimit}${cmp.severity === "warn" ? " (warn)" : ""}`,
    };
}

;// CONCATENATED MODULE: ./src/metrics/types.ts
/**
 * Ports for reading the world: Prometheus (or anything speaking its HTTP API) and HTTP
 * probes. The judge depends on these interfaces only.
 */
class MetricsError extends Error {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = "MetricsError";
    }
}

;// CONCATENATED MODULE: ./src/judge/outcome.ts
/**
 * How outcomes rank against each other, and how a failed read becomes an outcome.
 *
 * Worst first: fail > error > no-data > warn > undecided > pass. A fail is evidence of harm and
 * decides at once. An error or missing data is not evidence of health: it may hide a
 * fail, so it ranks above a warn (a measured, mild problem). An error ranks above no-data
 * because it says the measurement itself is broken (bad query, Prometheus down), which a
 * person must fix, while no data may only mean no traffic yet. An undecided sequential
 * check has found nothing wrong, but nothing right yet either.
 */

const RANK = { pass: 0, undecided: 1, warn: 2, "no-data": 3, error: 4, fail: 5 };
/** Higher is worse. */
function outcomeRank(outcome) {
    return RANK[outcome];
}
/** The worst of some outcomes; `pass` for none. */
function worstOutcome(outcomes) {
    let worst = "pass";
    for (const o of outcomes)
        if (RANK[o] > RANK[worst])
            worst = o;
    return worst;
}
/** One line naming the check and why a read failed; Prometheus's own message is kept. */
function describeReadError(check, error) {
    if (error instanceof MetricsError) {
        // The Prometheus client's messages already say what went wrong ("Prometheus rejected
        // the query (bad_data): ..."); saying it twice would only bury Prometheus's own words.
        if (/\bPrometheus\b/.test(error.message))
            return `${check}: ${error.message}`;
        const what = error.kind === "query"
            ? "Prometheus rejected the query"
            : error.kind === "timeout"
                ? "the query timed out"
                : error.kind === "network"
                    ? "Prometheus could not be reached"
                    : error.kind === "http"
                        ? `Prometheus answered HTTP ${error.status ?? "error"}`
                        : "Prometheus sent a response that could not be read";
        return `${check}: ${what}: ${error.message}`;
    }
    return `${check}: ${error instanceof Error ? error.message : String(error)}`;
}

;// CONCATENATED MODULE: ./src/judge/spread.ts
/**
 * Instances of the canary compared with each other (the runbooks' "all hosts within
 * 10%"): each instance's relative distance from the median of all of them.
 */

/** The median of some numbers (the mean of the middle two for an even count). */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * |v − median| / |median|. With a median of 0 a relative distance has no scale: an
 * instance at 0 is 0 away, any other is infinitely far (and crosses any limit), which is
 * what "all hosts within 10%" means when most hosts read 0.
 */
function deviation(value, med) {
    if (med === 0)
        return value === 0 ? 0 : Infinity;
    return Math.abs(value - med) / Math.abs(med);
}
/** Groups series into instances by the `by` labels and judges the largest deviation. */
function judgeSpread(spread, series, dimension, warnings) {
    const limit = spread.fail?.text ?? spread.warn?.text;
    const instances = {};
    for (const s of series) {
        const key = spread.by.map((label) => s.labels[label] ?? "").join("/") || "(no labels)";
        const seen = instances[key];
        // Several series for one instance means the query did not aggregate by these labels;
        // the largest is kept so a bad series is never averaged away.
        if (seen !== undefined)
            warnings.push(`several series for instance ${key}; the largest is used`);
        instances[key] = seen === undefined ? s.value : Math.max(seen, s.value);
    }
    const entries = Object.entries(instances);
    if (entries.length < 2) {
        return {
            outcome: "no-data",
            ...(limit && { limit }),
            detail: `no data: spread needs at least 2 instances by ${spread.by.join(", ")}, found ${entries.length}`,
            instances,
        };
    }
    const med = median(entries.map(([, v]) => v));
    const [outlier, value] = entries.reduce((a, b) => (deviation(b[1], med) > deviation(a[1], med) ? b : a));
    const dev = deviation(value, med);
    const outcome = spread.fail && (0,quantity/* crosses */.NN)(spread.fail, dev) ? "fail" : spread.warn && (0,quantity/* crosses */.NN)(spread.warn, dev) ? "warn" : "pass";
    const decided = outcome === "fail" ? spread.fail : outcome === "warn" ? spread.warn : undefined;
    const devText = Number.isFinite(dev) ? (0,quantity/* formatValue */.Fl)(dev, "ratio") : "infinitely far";
    const detail = `${outlier} at ${(0,quantity/* formatValue */.Fl)(value, dimension)} is ${devText} from the median ${(0,quantity/* formatValue */.Fl)(med, dimension)} of ${entries.length} instances` +
        (decided ? `, crossed ${decided.text}${outcome === "warn" ? " (warn)" : ""}` : "");
    return {
        outcome,
        ...((decided?.text ?? limit) !== undefined && { limit: `spread ${decided?.text ?? limit}` }),
        detail,
        canary: value,
        instances,
    };
}

;// CONCATENATED MODULE: ./src/judge/metric.ts





/** The unit a metric check's values are shown in: its limits say it, else a plain number. */
function metric_metricDimension(check) {
    const b = check.baseline;
    return (check.fail ?? check.warn)?.quantity.dimension ?? b?.maxIncrease?.dimension ?? b?.maxDecrease?.dimension ?? "number";
}
/** Evaluates a metric check once, at `deps.clock.now()`. */
async function evaluateMetric(check, ctx, deps, signal) {
    const at = deps.clock.now();
    const dimension = metric_metricDimension(check);
    const canaryQuery = (0,promql/* renderQuery */.no)(check.query, ctx.selectors.canary);
    const baselineQuery = check.baseline ? (0,promql/* renderQuery */.no)(check.query, ctx.selectors.baseline) : undefined;
    const queries = baselineQuery === undefined ? [canaryQuery] : [canaryQuery, baselineQuery];
    // Both sides at once: a round costs one round trip, and both read the same instant.
    const [canaryRead, baselineRead] = await Promise.allSettled([
        deps.metrics.instant(canaryQuery, at, signal),
        baselineQuery === undefined ? Promise.resolve(undefined) : deps.metrics.instant(baselineQuery, at, signal),
    ]);
    if (signal?.aborted)
        throw signal.reason ?? new Error("aborted");
    const warnings = [];
    const base = { check: check.name, dimension, queries, warnings };
    if (canaryRead.status === "rejected") {
        return { ...base, outcome: "error", detail: describeReadError(check.name, canaryRead.reason) };
    }
    warnings.push(...canaryRead.value.warnings);
    const canary = usable(canaryRead.value, check.per, "canary", warnings);
    if (!Array.isArray(canary))
        return { ...base, outcome: "no-data", detail: canary.detail };
    const components = [];
    const threshold = judgeThreshold(check, canary, dimension);
    if (threshold)
        components.push(threshold);
    if (check.baseline && baselineRead) {
        if (baselineRead.status === "rejected") {
            components.push({ outcome: "error", limit: baseline_describeBaseline(check.baseline, dimension), detail: describeReadError(check.name, baselineRead.reason) });
        }
        else if (baselineRead.value) {
            warnings.push(...baselineRead.value.warnings);
            const baseline = usable(baselineRead.value, check.per, "baseline", warnings);
            components.push(Array.isArray(baseline)
                ? judgeBaseline(check.baseline, canary, baseline, dimension, selectorLabels(ctx))
                : { outcome: "no-data", limit: baseline_describeBaseline(check.baseline, dimension), detail: baseline.detail });
        }
    }
    if (check.spread)
        components.push(judgeSpread(check.spread, canary, dimension, warnings));
    if (components.length === 0)
        components.push(measureOnly(canary, dimension, check.per));
    return { ...base, ...combine(components) };
}
function selectorLabels(ctx) {
    return [...Object.keys(ctx.selectors.canary), ...Object.keys(ctx.selectors.baseline)];
}
/** The worst component decides; the values shown come from it, the baseline from the baseline part. */
function combine(components) {
    const outcome = worstOutcome(components.map((c) => c.outcome));
    const decisive = components.find((c) => c.outcome === outcome);
    const baselinePart = components.find((c) => c.baseline !== undefined);
    const canary = decisive.canary ?? components.find((c) => c.canary !== undefined)?.canary;
    const baseline = baselinePart?.baseline;
    const delta = decisive.delta ?? (canary !== undefined && baseline !== undefined ? canary - baseline : undefined);
    const detail = outcome === "pass" ? components.map((c) => c.detail).join("; ") : decisive.detail;
    const instances = components.find((c) => c.instances)?.instances;
    return {
        outcome,
        ...(canary !== undefined && { canary }),
        ...(baseline !== undefined && { baseline }),
        ...(delta !== undefined && { delta }),
        ...(decisive.limit !== undefined && { limit: decisive.limit }),
        detail,
        ...(instances && { instances }),
    };
}
/**
 * The series a side can be judged on, scaled by `per`, or why there is none. NaN is no
 * data, never zero: a ratio of two zero rates is NaN when there is no traffic. ±Inf is a
 * real reading (histogram_quantile above the largest bucket) and is compared.
 */
function usable(result, per, side, warnings) {
    if (result.samples.length === 0)
        return { detail: `no data: the ${side} query returned no series` };
    const real = result.samples.filter((s) => !Number.isNaN(s.value));
    if (real.length === 0) {
        return { detail: `no data: ${side} is NaN (0/0: no traffic?)` };
    }
    if (real.length < result.samples.length) {
        warnings.push(`${result.samples.length - real.length} of ${result.samples.length} ${side} series were NaN and were left out`);
    }
    return real.map((s) => ({ labels: s.labels, value: per === undefined ? s.value : s.value * per }));
}
/** Each series against the limits; the worst series decides and is reported. */
function judgeThreshold(check, series, dimension) {
    const { fail, warn } = check;
    if (!fail && !warn)
        return undefined;
    const higherIsWorse = (fail ?? warn).op.startsWith(">");
    const judged = series.map((s) => {
        const hit = fail && (0,quantity/* crosses */.NN)(fail, s.value)
            ? { outcome: "fail", limit: fail }
            : warn && (0,quantity/* crosses */.NN)(warn, s.value)
                ? { outcome: "warn", limit: warn }
                : undefined;
        return { s, outcome: hit?.outcome ?? "pass", limit: hit?.limit ?? (fail ?? warn) };
    });
    const worst = judged.reduce((a, b) => {
        const byOutcome = outcomeRank(b.outcome) - outcomeRank(a.outcome);
        if (byOutcome !== 0)
            return byOutcome > 0 ? b : a;
        return (higherIsWorse ? b.s.value > a.s.value : b.s.value < a.s.value) ? b : a;
    });
    const value = showValue(worst.s.value, dimension, check.per);
    const where = series.length > 1 ? ` (${describeLabels(worst.s.labels)})` : "";
    const detail = worst.outcome === "pass"
        ? `${value}${where} within ${[fail?.text, warn && `warn ${warn.text}`].filter(Boolean).join(", ")}`
        : `${value}${where} crossed ${worst.limit.text}${worst.outcome === "warn" ? " (warn)" : ""}`;
    return { outcome: worst.outcome, limit: worst.limit.text, detail, canary: worst.s.value };
}
/** A check with no limits only records its value (the largest series). */
function measureOnly(series, dimension, per) {
    const top = series.reduce((a, b) => (b.value > a.value ? b : a));
    return { outcome: "pass", detail: `${showValue(top.value, dimension, per)} (no limits)`, canary: top.value };
}
/** `12MB per 1h` for trends, the plain value otherwise. */
function showValue(value, dimension, per) {
    return `${(0,quantity/* formatValue */.Fl)(value, dimension)}${per === undefined ? "" : ` per ${(0,quantity/* formatSeconds */.Xo)(per)}`}`;
}
/** `pod="a", zone="x"`, without the metric name; `no labels` for a bare value. */
function describeLabels(labels) {
    const parts = Object.entries(labels)
        .filter(([k]) => k !== "__name__")
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return parts.length ? parts.join(", ") : "no labels";
}

;// CONCATENATED MODULE: ./src/judge/sequential/counters.ts
/** A series' identity: every label, the metric name included, in a fixed order. */
function seriesKey(labels) {
    return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** The samples of one read as a reading; a sample that is not a whole count >= 0 is a problem. */
function toReading(samples) {
    const reading = new Map();
    for (const s of samples) {
        if (!Number.isSafeInteger(s.value) || s.value < 0) {
            return { problem: `${describe(s.labels)} reads ${s.value}, not a whole count: expected a counter of requests or events` };
        }
        reading.set(seriesKey(s.labels), s.value);
    }
    return { reading };
}
/** The whole increase from `before` to `now`, summed over series, and the reading to keep. */
function increase(before, now) {
    let count = 0;
    const kept = new Map(before);
    for (const [key, value] of now) {
        const last = before.get(key) ?? 0;
        count += value >= last ? value - last : value;
        kept.set(key, value);
    }
    return { count, reading: kept };
}
function describe(labels) {
    const name = labels["__name__"] ?? "the series";
    const rest = Object.entries(labels).filter(([k]) => k !== "__name__").map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return rest.length ? `${name}{${rest.join(", ")}}` : name;
}

;// CONCATENATED MODULE: ./src/judge/sequential/prior.ts
/**
 * The mixing distribution of the sequential check: a normal on ln θ, discretized on a fixed
 * grid. The discrete prior is the prior, not an approximation of one: a mixture of finitely
 * many likelihood ratios is exactly a test martingale, so no quadrature error can weaken the
 * guarantee. The grid only decides how much power is lost between its points, and that loss
 * is about a share (step / 2Δ)² of the evidence against a null at distance Δ in ln θ: 0.2% for
 * step 0.025 and Δ = ln(2 / 1.5).
 */
/** Standard deviation of ln θ under the default prior. */
const DEFAULT_SPREAD = 0.5;
/**
 * The default: centered on the check's max-ratio, the boundary the check decides about, so
 * that regressions and healthy canaries are found equally fast; sd 0.5 in ln θ puts a factor
 * 2 either way (ln 2 ≈ 1.4 sd) well inside it. Decision times are flat for sd 0.35 to 0.75;
 * narrower priors are slower to see a 3x regression, wider ones slower to pass a healthy
 * canary or to see a 2x regression (docs/sequential-check.md, from `bench/sequential.ts`).
 */
function defaultPrior(maxRatio) {
    return { center: maxRatio, spread: DEFAULT_SPREAD };
}
/** Distance between grid points, in ln θ. */
const GRID_STEP = 0.025;
/** The grid spans this many prior standard deviations either side of the center. */
const GRID_HALF_WIDTH_SDS = 6;
/** Discretizes a prior; throws (a bug, not a user mistake) on a center or spread out of range. */
function priorGrid(prior) {
    if (!(prior.center > 0 && Number.isFinite(prior.center)))
        throw new RangeError(`prior center must be a positive ratio, got ${prior.center}`);
    if (!(prior.spread > 0 && Number.isFinite(prior.spread)))
        throw new RangeError(`prior spread must be positive, got ${prior.spread}`);
    const mu = Math.log(prior.center);
    const half = Math.ceil((GRID_HALF_WIDTH_SDS * prior.spread) / GRID_STEP);
    const size = 2 * half + 1;
    const logRatios = new Float64Array(size);
    const logWeights = new Float64Array(size);
    for (let k = 0; k < size; k++) {
        const z = ((k - half) * GRID_STEP) / prior.spread;
        logRatios[k] = mu + (k - half) * GRID_STEP;
        logWeights[k] = -0.5 * z * z;
    }
    const norm = logSumExp(logWeights);
    for (let k = 0; k < size; k++)
        logWeights[k] = logWeights[k] - norm;
    return { logRatios, logWeights };
}
/** ln Σ exp(xᵢ), without overflow. */
function logSumExp(xs) {
    let max = -Infinity;
    for (let i = 0; i < xs.length; i++)
        if (xs[i] > max)
            max = xs[i];
    if (max === -Infinity)
        return -Infinity;
    let sum = 0;
    for (let i = 0; i < xs.length; i++)
        sum += Math.exp(xs[i] - max);
    return max + Math.log(sum);
}

;// CONCATENATED MODULE: ./src/judge/sequential/rate-ratio.ts
/**
 * The sequential check's statistics: an anytime-valid confidence sequence for θ, the
 * canary/baseline event-rate ratio, from the counts of each round (Lindon, Sanden and
 * Shirikian, KDD 2022). Pure: no I/O, no clock.
 *
 * Given the m events of a round, the number on the canary is Binomial(m, p) with
 * p = θ·n_c / (θ·n_c + n_b), n the requests each side served in that round; so the traffic
 * mix may change from round to round. The evidence against θ0 is the mixture likelihood
 * ratio M(θ0) = Σ_g w_g L(θ_g) / L(θ0) over the prior grid (./prior.ts): a nonnegative
 * martingale of mean 1 when θ = θ0, so by Ville's inequality P(M(θ0) ever reaches 1/α) ≤ α,
 * however often it is looked at. The confidence sequence is {θ0 : M(θ0) < 1/α}; since
 * ln L is concave in ln θ, it is an interval around the maximum-likelihood estimate.
 */

/** The state before any round. */
function createRateRatio(options) {
    checkRatio(options.maxRatio, "max-ratio");
    const prior = options.prior ?? defaultPrior(options.maxRatio);
    const grid = priorGrid(prior);
    return {
        prior,
        grid,
        rounds: [],
        gridLogLikelihood: new Float64Array(grid.logRatios.length),
        logMixture: 0,
        tracked: [{ ratio: options.maxRatio, logLikelihood: 0, score: 0 }],
    };
}
/** The state after rounds already recorded (the evidence of an earlier run, say). */
function replay(rounds, options) {
    return rounds.reduce((state, round) => update(state, round).state, createRateRatio(options));
}
/**
 * Adds one round, in O(grid). A round where a side served no request, or no event happened,
 * says nothing about θ: the same state comes back with the reason. Counts must be whole,
 * nonnegative and events ≤ total (read counter differences, not `increase()`, which
 * extrapolates); anything else is a bug upstream and throws.
 */
function update(state, counts) {
    checkCounts(counts);
    if (counts.canaryTotal === 0)
        return { state, skipped: "no-canary-traffic" };
    if (counts.baselineTotal === 0)
        return { state, skipped: "no-baseline-traffic" };
    const events = counts.canaryEvents + counts.baselineEvents;
    if (events === 0)
        return { state, skipped: "no-events" };
    const shift = Math.log(counts.canaryTotal / counts.baselineTotal);
    const { logRatios, logWeights } = state.grid;
    const previous = state.gridLogLikelihood;
    const next = new Float64Array(logRatios.length);
    let max = -Infinity;
    for (let g = 0; g < next.length; g++) {
        const a = logRatios[g] + shift;
        next[g] = previous[g] + counts.canaryEvents * a - events * softplus(a);
        const weighted = logWeights[g] + next[g];
        if (weighted > max)
            max = weighted;
    }
    let sum = 0;
    for (let g = 0; g < next.length; g++)
        sum += Math.exp(logWeights[g] + next[g] - max);
    const tracked = state.tracked.map((t) => {
        const a = Math.log(t.ratio) + shift;
        return {
            ratio: t.ratio,
            logLikelihood: t.logLikelihood + counts.canaryEvents * a - events * softplus(a),
            score: t.score + counts.canaryEvents - events * sigmoid(a),
        };
    });
    return {
        state: { ...state, rounds: [...state.rounds, counts], gridLogLikelihood: next, logMixture: max + Math.log(sum), tracked },
    };
}
/** ln L(θ), as in `gridLogLikelihood`, and its derivative in ln θ: O(1) if tracked, else O(rounds). */
function logLikelihood(state, ratio) {
    const kept = state.tracked.find((t) => t.ratio === ratio);
    if (kept)
        return kept;
    const phi = Math.log(ratio);
    let logLikelihood = 0;
    let score = 0;
    for (const r of state.rounds) {
        const a = phi + Math.log(r.canaryTotal / r.baselineTotal);
        const events = r.canaryEvents + r.baselineEvents;
        logLikelihood += r.canaryEvents * a - events * softplus(a);
        score += r.canaryEvents - events * sigmoid(a);
    }
    return { logLikelihood, score };
}
/** ln M(θ0): the evidence against θ = θ0. θ0 leaves the confidence sequence once it reaches ln(1/α). */
function logEvidenceAgainst(state, ratio) {
    checkRatio(ratio, "ratio");
    return state.logMixture - logLikelihood(state, ratio).logLikelihood;
}
/** Bounds of the search in ln θ: ratios beyond e^±40 are reported as 0 and Infinity. */
const SEARCH = 40;
/** The (1 - alpha) confidence sequence for θ at this round, for display: O(rounds · 60). */
function confidenceSequence(state, alpha) {
    checkAlpha(alpha);
    if (state.rounds.length === 0)
        return { lower: 0, upper: Infinity };
    const at = (phi) => logLikelihood(state, Math.exp(phi));
    const canary = state.rounds.reduce((s, r) => s + r.canaryEvents, 0);
    const baseline = state.rounds.reduce((s, r) => s + r.baselineEvents, 0);
    // The score decreases in ln θ (ln L is concave): bisect for its zero.
    const peak = canary === 0 ? -SEARCH : baseline === 0 ? SEARCH : bisect(-SEARCH, SEARCH, (phi) => at(phi).score < 0);
    const estimate = canary === 0 ? 0 : baseline === 0 ? Infinity : Math.exp(peak);
    const level = state.logMixture - Math.log(1 / alpha);
    const inside = (phi) => at(phi).logLikelihood > level;
    const lower = canary === 0 || inside(-SEARCH) ? 0 : Math.exp(bisect(-SEARCH, peak, inside));
    const upper = baseline === 0 || inside(SEARCH) ? Infinity : Math.exp(bisect(peak, SEARCH, (phi) => !inside(phi)));
    return { estimate, lower, upper };
}
/**
 * One mixture evaluation at θ0 = maxRatio (O(1) when maxRatio is tracked). θ0 out of the
 * sequence and the likelihood rising through it means the whole interval is above it.
 * The first decision is final: the gate stops the check there.
 */
function decide(state, maxRatio, alpha) {
    checkAlpha(alpha);
    checkRatio(maxRatio, "max-ratio");
    const at = logLikelihood(state, maxRatio);
    if (state.logMixture - at.logLikelihood < Math.log(1 / alpha))
        return "undecided";
    return at.score > 0 ? "fail" : "pass";
}
/** ln(1 + e^a) without overflow. */
function softplus(a) {
    return a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
}
function sigmoid(a) {
    return a > 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
}
/** The point in [lo, hi] where `above` turns from false to true, `above` being monotone. */
function bisect(lo, hi, above) {
    for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (above(mid))
            hi = mid;
        else
            lo = mid;
    }
    return (lo + hi) / 2;
}
function checkCounts(c) {
    const fields = ["canaryEvents", "canaryTotal", "baselineEvents", "baselineTotal"];
    for (const f of fields) {
        if (!Number.isSafeInteger(c[f]) || c[f] < 0)
            throw new RangeError(`${f} must be a whole number >= 0, got ${c[f]}`);
    }
    if (c.canaryEvents > c.canaryTotal)
        throw new RangeError(`canaryEvents ${c.canaryEvents} exceed canaryTotal ${c.canaryTotal}`);
    if (c.baselineEvents > c.baselineTotal)
        throw new RangeError(`baselineEvents ${c.baselineEvents} exceed baselineTotal ${c.baselineTotal}`);
}
function checkRatio(r, what) {
    if (!(r > 0 && Number.isFinite(r)))
        throw new RangeError(`${what} must be a positive finite number, got ${r}`);
}
function checkAlpha(alpha) {
    if (!(alpha > 0 && alpha < 1))
        throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

;// CONCATENATED MODULE: ./src/judge/sequential/words.ts
/** `×2.1`, `×0.93`, `×12`, `×∞`: two significant digits, enough to read an interval. */
function formatRatio(ratio) {
    if (ratio === Infinity)
        return "×∞";
    if (ratio === 0)
        return "×0";
    return `×${Number(ratio.toPrecision(2))}`;
}
/** `99%` for alpha 0.01, `99.9%` for 0.001. */
function confidenceText(alpha) {
    return `${Number(((1 - alpha) * 100).toPrecision(10))}%`;
}
/**
 * `×2.1 (99%: 1.6–2.8)`; `no events yet (99%: 0–∞)` before any informative round. A bound
 * close to max-ratio gets the digits that keep it on its side: `1.51–2.6` above ×1.5, never
 * `1.5–2.6`.
 */
function words_formatInterval(interval, alpha, maxRatio) {
    const bound = (x) => (maxRatio === undefined ? formatRatio(x).slice(1) : sideKept(x, maxRatio));
    const range = `${confidenceText(alpha)}: ${bound(interval.lower)}–${bound(interval.upper)}`;
    return interval.estimate === undefined ? `no events yet (${range})` : `${formatRatio(interval.estimate)} (${range})`;
}
/** Two significant digits, or more until the rounded bound lies on the same side of the limit. */
function sideKept(x, limit) {
    if (!Number.isFinite(x) || x === 0)
        return formatRatio(x).slice(1);
    for (let digits = 2; digits < 8; digits++) {
        const shown = Number(x.toPrecision(digits));
        if (Math.sign(shown - limit) === Math.sign(x - limit))
            return String(shown);
    }
    return String(x);
}
/**
 * What the sequence shows against max-ratio: `×2.1 (99%: 1.6–2.8) above ×1.5`,
 * `×0.9 (99%: 0.6–1.4) below ×1.5`, or `undecided: ×1.3 (99%: 0.9–1.8) includes ×1.5`.
 * A held pass whose latest interval reaches max-ratio again says so.
 */
function describeInterval(s) {
    const shown = words_formatInterval(s.interval, s.alpha, s.maxRatio);
    const limit = formatRatio(s.maxRatio);
    const counts = `events: canary ${s.canaryEvents}/${s.canaryTotal}, baseline ${s.baselineEvents}/${s.baselineTotal}`;
    switch (s.decision) {
        case "fail":
            return `${shown} above ${limit} (${counts})`;
        case "pass":
            return s.interval.upper < s.maxRatio ? `${shown} below ${limit} (${counts})` : `passed below ${limit} earlier; now ${shown} (${counts})`;
        case "undecided":
            return `undecided: ${shown} includes ${limit} (${counts})`;
    }
}

;// CONCATENATED MODULE: ./src/judge/sequential-check.ts
/**
 * One round of a sequential check: read both counters on both sides, take the whole
 * increases since the last round (`sequential/counters.ts`), add them to the running
 * confidence sequence (`sequential/rate-ratio.ts`), and say what it shows.
 *
 * A round where a side served no request, or whose counters could not be read, is no-data
 * or an error, never a pass; its readings are kept back so the next round's counts cover
 * it. A decided pass is held, but the check goes on counting and a later fail still wins.
 */





/** The four queries of a round, as sent: events (or good) and total, canary then baseline. */
function sequentialQueries(check, ctx) {
    const events = check.events ?? check.good;
    const side = (s) => [(0,promql/* renderQuery */.no)(events, ctx.selectors[s]).trim(), (0,promql/* renderQuery */.no)(check.total, ctx.selectors[s]).trim()];
    return { canary: side("canary"), baseline: side("baseline") };
}
/** Evaluates a sequential check once, at `deps.clock.now()`, against what `memory` kept. */
async function evaluateSequential(check, ctx, deps, signal, memory) {
    const queries = sequentialQueries(check, ctx);
    const all = [...queries.canary, ...queries.baseline];
    const base = { check: check.name, dimension: "ratio", queries: all, limit: sequential_check_describeMaxRatio(check) };
    const kept = memory.sequential;
    if (!kept && memory.since === undefined) {
        return { ...base, warnings: [], outcome: "no-data", detail: "no data: a sequential check counts over a soak and has no start to count from" };
    }
    const at = deps.clock.now();
    // Every counter at one instant, and at the soak's start on the first round: one round trip.
    const reads = await Promise.allSettled([
        ...all.map((q) => deps.metrics.instant(q, at, signal)),
        ...(kept ? [] : all.map((q) => deps.metrics.instant(q, memory.since, signal))),
    ]);
    if (signal?.aborted)
        throw signal.reason ?? new Error("aborted");
    const state = kept?.state ?? createRateRatio({ maxRatio: check.maxRatio });
    const decision = kept?.decision ?? "undecided";
    const reading = (counts, skipped) => summarize(check, state, decision, counts, skipped);
    const warnings = [];
    const failed = reads.find((r) => r.status === "rejected");
    if (failed)
        return { ...base, warnings, outcome: "error", detail: describeReadError(check.name, failed.reason), sequential: reading() };
    const results = reads.map((r) => r.value);
    for (const r of results)
        warnings.push(...r.warnings);
    const parsed = results.map((r) => toReading(r.samples));
    const bad = parsed.findIndex((p) => "problem" in p);
    if (bad >= 0) {
        const problem = parsed[bad].problem;
        return { ...base, warnings, outcome: "error", detail: `${check.name}: ${problem}`, sequential: reading() };
    }
    const now = parsed.map((p) => p.reading);
    const sideNow = (i) => ({ events: now[i], total: now[i + 1] });
    const current = { canary: sideNow(0), baseline: sideNow(2) };
    const before = kept?.readings ?? { canary: sideNow(4), baseline: sideNow(6) };
    // A total that matches no series, or a bucket that matches none, is a selector that reads nothing.
    for (const side of ["canary", "baseline"]) {
        const missing = current[side].total.size === 0 ? "total" : check.good !== undefined && current[side].events.size === 0 ? "good" : undefined;
        if (missing) {
            const hint = missing === "good" ? " (is the bucket's le written as the exporter writes it?)" : "";
            return { ...base, warnings, outcome: "no-data", detail: `no data: the ${side}'s ${missing} counter matched no series${hint}`, sequential: reading() };
        }
    }
    const counted = { canary: countSide(check, before.canary, current.canary), baseline: countSide(check, before.baseline, current.baseline) };
    for (const side of ["canary", "baseline"]) {
        const c = counted[side];
        if (c.events < 0 || c.events > c.total) {
            const what = check.good !== undefined ? `good ${c.total - c.events}` : `events ${c.events}`;
            return { ...base, warnings, outcome: "error", detail: `${check.name}: on the ${side}, ${what} against total ${c.total}: the counters do not count the same requests`, sequential: reading() };
        }
    }
    const counts = {
        canaryEvents: counted.canary.events,
        canaryTotal: counted.canary.total,
        baselineEvents: counted.baseline.events,
        baselineTotal: counted.baseline.total,
    };
    const next = update(state, counts);
    const nextDecision = holdDecision(decision, decide(next.state, check.maxRatio, check.alpha));
    memory.sequential = {
        state: next.state,
        decision: nextDecision,
        readings: { canary: counted.canary.readings, baseline: counted.baseline.readings },
    };
    const sequential = summarize(check, next.state, nextDecision, counts, next.skipped);
    if (next.skipped === "no-canary-traffic" || next.skipped === "no-baseline-traffic") {
        const side = next.skipped === "no-canary-traffic" ? "canary" : "baseline";
        return { ...base, warnings, outcome: "no-data", detail: `no data: the ${side} served no requests in this round`, sequential, ...values(sequential) };
    }
    return { ...base, warnings, outcome: OUTCOME[nextDecision], detail: describeInterval(sequential), sequential, ...values(sequential) };
}
const OUTCOME = { fail: "fail", pass: "pass", undecided: "undecided" };
/**
 * The first decision stands, except that a fail overrides a held pass (fail closed): the
 * running intersection of a confidence sequence is one too, so holding a pass keeps the
 * guarantee, and a later fail is evidence of harm however it came.
 */
function holdDecision(held, now) {
    if (held === "fail")
        return "fail";
    if (held === "pass")
        return now === "fail" ? "fail" : "pass";
    return now;
}
/** `max-ratio ×1.5 at 99%`. */
function sequential_check_describeMaxRatio(check) {
    return `max-ratio ${formatRatio(check.maxRatio)} at ${confidenceText(check.alpha)}`;
}
function countSide(check, before, now) {
    const events = increase(before.events, now.events);
    const total = increase(before.total, now.total);
    return {
        events: check.good !== undefined ? total.count - events.count : events.count,
        total: total.count,
        readings: { events: events.reading, total: total.reading },
    };
}
function summarize(check, state, decision, counts, skipped) {
    const sum = (f) => state.rounds.reduce((s, r) => s + r[f], 0);
    return {
        maxRatio: check.maxRatio,
        alpha: check.alpha,
        ...(counts && { counts }),
        ...(skipped && { skipped }),
        decision,
        interval: confidenceSequence(state, check.alpha),
        canaryEvents: sum("canaryEvents"),
        canaryTotal: sum("canaryTotal"),
        baselineEvents: sum("baselineEvents"),
        baselineTotal: sum("baselineTotal"),
    };
}
/** The event rates over the informative rounds so far, as the table's canary and baseline. */
function values(s) {
    return {
        ...(s.canaryTotal > 0 && { canary: s.canaryEvents / s.canaryTotal }),
        ...(s.baselineTotal > 0 && { baseline: s.baselineEvents / s.baselineTotal }),
    };
}

;// CONCATENATED MODULE: ./src/judge/describe.ts
/** Words and numbers for people: a check's limits and a measurement's values, as logs and reports show them. */





/** `fail > 5%, warn > 1%, max-increase 1%`: every limit the check holds, as written. */
function describeLimits(check) {
    switch (check.kind) {
        case "metric": {
            const parts = [
                check.fail && `fail ${check.fail.text}`,
                check.warn && `warn ${check.warn.text}`,
                check.baseline && describeBaseline(check.baseline, metricDimension(check)),
                check.spread && [check.spread.fail && `spread fail ${check.spread.fail.text}`, check.spread.warn && `spread warn ${check.spread.warn.text}`].filter(Boolean).join(", "),
            ].filter((p) => !!p);
            const per = check.per === undefined ? "" : ` (per ${formatSeconds(check.per)})`;
            return (parts.length ? parts.join(", ") : "no limits") + per;
        }
        case "http": {
            const json = Object.entries(check.json).map(([path, v]) => `${path} = ${JSON.stringify(v)}`);
            return [`status ${check.status.join(" or ")}`, ...json].join(", ");
        }
        case "alerts":
            return alertsLimit(check);
        case "sequential":
            return describeMaxRatio(check);
    }
}
/**
 * An alerts check's limit, worded as a rule: "none firing" beside an `error` outcome read
 * as if the alerts had been read and found quiet.
 */
function alertsLimit(check) {
    return `${check.severity} if a matching alert fires`;
}
/** `/h` for a trend per hour, `/30m` for other periods. */
function perSuffix(per) {
    if (per === undefined)
        return "";
    const text = formatSeconds(per);
    return `/${text.replace(/^1(?=[a-z]+$)/, "")}`;
}
/** Formats a measurement's values in the check's units (`0.4%`, `12MB/h`, `status 200`). */
function showMeasured(m, check) {
    if (check?.kind === "http")
        return m.canary === undefined ? {} : { canary: `status ${m.canary}` };
    if (check?.kind === "alerts")
        return m.canary === undefined ? {} : { canary: `${m.canary} firing` };
    if (m.sequential) {
        // Event rates over the soak's informative rounds, and the ratio with its interval.
        const s = m.sequential;
        const rate = (events, total) => (total > 0 ? `${formatValue(events / total, "ratio")} (${events}/${total})` : undefined);
        const canary = rate(s.canaryEvents, s.canaryTotal);
        const baseline = rate(s.baselineEvents, s.baselineTotal);
        return { ...(canary && { canary }), ...(baseline && { baseline }), delta: formatInterval(s.interval, s.alpha, s.maxRatio) };
    }
    const suffix = check?.kind === "metric" ? perSuffix(check.per) : "";
    const show = (v) => formatValue(v, m.dimension) + suffix;
    return {
        ...(m.canary !== undefined && { canary: show(m.canary) }),
        ...(m.baseline !== undefined && { baseline: show(m.baseline) }),
        ...(m.delta !== undefined && { delta: signed(m.delta, m.dimension) + suffix }),
    };
}

;// CONCATENATED MODULE: ./src/judge/alerts.ts
/** One round of an alerts check: no alert matching the labels may be firing. */



/** Reads the firing alerts; any match gives the check's severity, and names the alerts. */
async function evaluateAlerts(check, deps, signal) {
    const query = (0,promql/* alertsQuery */.kY)(check.match);
    const base = { check: check.name, dimension: "number", queries: [query], limit: alertsLimit(check) };
    try {
        const result = await deps.metrics.instant(query, deps.clock.now(), signal);
        const names = [...new Set(result.samples.map((s) => s.labels.alertname ?? "(unnamed)"))].sort();
        const firing = result.samples.length;
        return {
            ...base,
            outcome: firing === 0 ? "pass" : check.severity,
            canary: firing,
            detail: firing === 0 ? "no matching alert firing" : `firing: ${names.join(", ")}`,
            warnings: result.warnings,
        };
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        return { ...base, outcome: "error", detail: describeReadError(check.name, error), warnings: [] };
    }
}

;// CONCATENATED MODULE: ./src/judge/probe.ts

/** The URL without user-info, so a password written into it never reaches a report. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (!u.username && !u.password)
            return url;
        u.username = "";
        u.password = "";
        return u.toString();
    }
    catch {
        return url;
    }
}
/**
 * Probes once (with the check's retries). A probe that is not ok fails the check, and so
 * does one that could not reach the endpoint after its retries: the runbooks roll back at
 * once when a health check fails, and an unreachable canary is not a healthy one.
 */
async function evaluateHttp(check, deps, signal) {
    const base = {
        check: check.name,
        dimension: "number",
        queries: [`${check.method} ${redactUrl(check.url)}`],
        limit: `status ${check.status.join(" or ")}${Object.keys(check.json).length ? ", " + describeJson(check.json) : ""}`,
    };
    try {
        const r = await deps.prober.probe({
            url: check.url,
            method: check.method,
            headers: check.headers,
            status: check.status,
            json: check.json,
            timeout: check.timeout,
            retries: check.retries,
        }, signal);
        const attempts = r.attempts > 1 ? ` after ${r.attempts} attempts` : "";
        return {
            ...base,
            outcome: r.ok ? "pass" : "fail",
            ...(r.status !== undefined && { canary: r.status }),
            detail: r.ok ? r.detail || `status ${r.status}` : r.unreachable ? `unreachable${attempts}: ${r.detail}` : `${r.detail}${attempts}`,
            warnings: [],
        };
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        return { ...base, outcome: "error", detail: describeReadError(check.name, error), warnings: [] };
    }
}
function describeJson(json) {
    return Object.entries(json)
        .map(([path, v]) => `${path} = ${JSON.stringify(v)}`)
        .join(", ");
}

;// CONCATENATED MODULE: ./src/judge/evaluate.ts




/**
 * Evaluates a check once, at `deps.clock.now()`, and never throws for a failed read:
 * Prometheus and probe errors become an `error` outcome naming the check. Only an abort
 * (the signal) rejects. `memory` is what the check kept from the earlier rounds of this
 * soak, for checks that judge the soak as a whole.
 */
function evaluateCheck(check, ctx, deps, signal, memory = { history: [] }) {
    switch (check.kind) {
        case "metric":
            return evaluateMetric(check, ctx, deps, signal);
        case "http":
            return evaluateHttp(check, deps, signal);
        case "alerts":
            return evaluateAlerts(check, deps, signal);
        case "sequential":
            return evaluateSequential(check, ctx, deps, signal, memory);
    }
}

;// CONCATENATED MODULE: ./src/judge/wait-for.ts

/** Evaluates `checks` every `step` seconds until all pass together, or `timeout`. */
async function waitForPassing(checks, ctx, options, deps) {
    const deadline = deps.clock.now().getTime() + options.timeout * 1000;
    for (let attempt = 1;; attempt++) {
        const measurements = await Promise.all(checks.map((c) => evaluateCheck(c, ctx, deps, options.signal)));
        const failing = measurements.find((m) => m.outcome !== "pass");
        if (!failing) {
            deps.log.info(`${options.label} passed: ${checks.map((c) => c.name).join(", ")} (attempt ${attempt})`);
            return { measurements };
        }
        const left = deadline - deps.clock.now().getTime();
        if (left <= 0)
            return { measurements, failing };
        deps.log.info(`${options.label}: waiting for ${failing.check}: ${failing.outcome}: ${failing.detail} (attempt ${attempt})`);
        await deps.clock.sleep(Math.min(options.step * 1000, left), options.signal);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/playbook/digest.ts
/**
 * A digest of the playbook as loaded (its meaning, not its formatting): a state records the
 * digest of the playbook its rollout started with, so a later step run with a different
 * playbook is caught before it acts on a rollout it does not describe.
 */

/** `sha256:` and the hex digest of the playbook's canonical JSON. Comments and layout do not change it. */
function digest_playbookDigest(playbook) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(canonical(playbook)).digest("hex")}`;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(",")}]`;
    if (value !== null && typeof value === "object") {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
    }
    return JSON.stringify(value) ?? "null";
}

;// CONCATENATED MODULE: ./src/secrets.ts
/**
 * The one way secrets are blanked out of text the suite writes (logs, errors, summaries,
 * evidence, outputs): every occurrence becomes `***`, the runner's own mask.
 */
/** A function that replaces every one of `secrets` in a text by `***`; longest first, so no fragment survives. */
function secretBlanker(secrets) {
    const list = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    if (list.length === 0)
        return (text) => text;
    return (text) => list.reduce((out, secret) => out.split(secret).join("***"), text);
}
/** Every string inside a value (keys too) passed through `blank`; numbers (NaN and ±Inf too) kept as they are. */
function blankStrings(value, blank) {
    if (typeof value === "string")
        return blank(value);
    if (Array.isArray(value))
        return value.map((v) => blankStrings(v, blank));
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [blank(k), blankStrings(v, blank)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/app/dry-run.ts

/** The dry run of stages; `plan` is the output (one stage's plan, or the list). */
function dry_run_stagesDryRun(title, plans, plan) {
    return {
        title,
        text: plans.map(formatPlanText).join("\n"),
        markdown: plans.map(formatPlanMarkdown).join("\n"),
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

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The one Markdown escaper: every text the user or a server wrote (service, stage and check
 * names, details, reasons, Prometheus messages) goes through it before it reaches a summary.
 */
/**
 * Escapes text so it renders as itself inside a paragraph or a table cell: emphasis, code,
 * link and table punctuation is backslash-escaped, and `&`, `<`, `>` become entities so
 * no HTML gets through. Line breaks become spaces (a cell is one line).
 */
function markdown_escapeMarkdown(text) {
    return text
        .replace(/\r?\n/g, " ")
        .replace(/&/g, "&amp;")
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;");
}
/** A table row from cells that are already escaped. */
function row(cells) {
    return `| ${cells.join(" | ")} |`;
}
/**
 * Text as inline code that is safe in a table cell: the fence is longer than any run of
 * backticks inside, `|` is escaped (GitHub splits cells on it even in code), and a line
 * break becomes a space. HTML inside code is shown, never rendered.
 */
function markdown_code(text) {
    const flat = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
    const fence = "`".repeat(longestRun(flat, "`") + 1);
    const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** The longest run of `ch` in `text`: a code fence must be longer. */
function longestRun(text, ch) {
    let best = 0;
    let run = 0;
    for (const c of text) {
        run = c === ch ? run + 1 : 0;
        best = Math.max(best, run);
    }
    return best;
}

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
        : `automatic: stage ${markdown_escapeMarkdown(incident.trigger.stage)} judged **${incident.trigger.verdict}**`;
    const by = incident.by ? `${incident.by.actor ? `@${markdown_escapeMarkdown(incident.by.actor)}, ` : ""}[run ${markdown_escapeMarkdown(incident.by.id)}](${incident.by.url})` : "not recorded";
    const seconds = Math.round((incident.endedAt.getTime() - incident.startedAt.getTime()) / 1000);
    const out = [
        `## Rollback of ${markdown_escapeMarkdown(incident.service)}: ${markdown_escapeMarkdown(incident.reason)}`,
        "",
        `**${health === "recovered" ? "Recovered" : health === "not recovered" ? "NOT RECOVERED" : "Rolled back"}**: ${summaryLine(incident, health)}`,
        "",
        "| | |",
        "| --- | --- |",
        row(["Trigger", trigger]),
        row(["Started by", by]),
        row(["Reason", markdown_escapeMarkdown(incident.reason)]),
        row(["Rollout undone", `${markdown_code(before.targetVersion)} at ${before.weight}% (stage ${markdown_escapeMarkdown(before.stage)}), started ${before.startedAt}`]),
        row(["State from", markdown_escapeMarkdown(incident.source)]),
        row(["Rolled back", `${iso(incident.startedAt)} → ${iso(incident.endedAt)} (${(0,quantity/* formatSeconds */.Xo)(seconds)})`]),
        row(["After", `${after.weight}% on ${markdown_code(before.targetVersion)}: the target as recorded before the rollout`]),
        "",
        "### What was restored",
        "",
        ...incident.restore.actions.map((a) => `- ${markdown_escapeMarkdown(a)}`),
    ];
    if (incident.restore.drift.length > 0) {
        out.push("", "### Drift since the record was taken", "", ...incident.restore.drift.map((d) => `- ${markdown_escapeMarkdown(d)}`));
    }
    if (incident.verify) {
        out.push("", "### Verify after the rollback", "", "| Check | Result | Detail |", "| --- | --- | --- |");
        for (const m of incident.verify.measurements)
            out.push(row([markdown_escapeMarkdown(m.check), m.outcome === "pass" ? "pass" : `**${m.outcome}**`, markdown_escapeMarkdown(m.detail)]));
    }
    if (incident.gate) {
        const g = incident.gate;
        out.push("", `### The gate that failed: stage ${markdown_escapeMarkdown(g.stage)} (${g.weight}%)`, "", `**${g.verdict}**: ${markdown_escapeMarkdown(g.reason)}`, "");
        const last = g.rounds.at(-1);
        if (last) {
            out.push(`Round ${last.index} (${(0,quantity/* formatSeconds */.Xo)(last.elapsed)}):`, "", "| Check | Result | Canary | Baseline | Detail |", "| --- | --- | --- | --- | --- |");
            for (const m of last.measurements) {
                out.push(row([markdown_escapeMarkdown(m.check), m.outcome, value(m.canary), value(m.baseline), markdown_escapeMarkdown(m.detail)]));
            }
        }
    }
    if (incident.github.length > 0)
        out.push("", "### GitHub", "", ...incident.github.map((l) => `- ${markdown_escapeMarkdown(l)}`));
    return `${out.join("\n")}\n`;
}
function summaryLine(incident, health) {
    const verify = incident.verify;
    if (!verify)
        return "the target is back as recorded; the playbook has no rollback.verify checks, so recovery was not checked.";
    if (verify.failing)
        return `the target is back as recorded, but ${markdown_escapeMarkdown(verify.failing.check)} still does not pass: ${markdown_escapeMarkdown(verify.failing.detail)}.`;
    return `the target is back as recorded and ${verify.measurements.map((m) => markdown_escapeMarkdown(m.check)).join(", ")} ${verify.measurements.length === 1 ? "passes" : "pass"} (${health}).`;
}
function value(v) {
    return v === undefined ? "" : String(Number(v.toPrecision(4)));
}
function iso(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

;// CONCATENATED MODULE: ./src/app/target.ts
/** The playbook's target, required by the operations that move or restore traffic. */

/** The target, or a problem on the playbook naming the operation that needs it. */
function target_requireTarget(playbook, file, operation) {
    if (!playbook.target) {
        throw new errors/* ConfigurationError */.j1([
            { file, path: "target", message: `is missing; the ${operation} action moves traffic through the target, expected target.kubernetes or target.command` },
        ]);
    }
    return playbook.target;
}

;// CONCATENATED MODULE: ./src/app/rollback-plan.ts
/** What a rollback would do, resolved from the playbook and the state, for the dry run. */



/** The rollback plan; a playbook without a target cannot be rolled back. */
function planRollback(playbook, request) {
    const target = target_requireTarget(playbook, request.file, "rollback");
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
        `### Rollback of ${markdown_escapeMarkdown(plan.service)}`,
        "",
        "| Reason | Undo | Target | Restore | Verify after | Timeout |",
        "| --- | --- | --- | --- | --- | --- |",
        `| ${markdown_escapeMarkdown(plan.reason)} | ${markdown_escapeMarkdown(from)} | ${markdown_escapeMarkdown(plan.target)} | ${restore} | ${markdown_escapeMarkdown(verify)} | ${plan.timeout} |`,
        "",
    ].join("\n");
    return { title, text: `${text}\n`, markdown, plan };
}

;// CONCATENATED MODULE: ./src/app/rollout-state.ts
/**
 * The rollout's state checked against the playbook it is used with, and moved along: a
 * state from another service, another playbook, or out of stage order is refused before
 * anything changes.
 */

/** Problems with using `state` with this playbook; `where` names the state's source. */
function stateProblems(state, playbook, digest, where) {
    const problems = [];
    if (state.service !== playbook.service) {
        problems.push({ path: where, message: `is for service ${JSON.stringify(state.service)}, but the playbook is for ${JSON.stringify(playbook.service)}; expected the state of this playbook's rollout` });
    }
    if (state.digest !== digest) {
        problems.push({
            path: where,
            message: `was made with another version of the playbook (${state.digest.slice(0, 19)}…, this one is ${digest.slice(0, 19)}…); a rollout runs to its end with the playbook it started with: start a new rollout to use the changed playbook`,
        });
    }
    if (!playbook.stages.some((s) => s.name === state.stage)) {
        problems.push({ path: where, message: `is at stage ${JSON.stringify(state.stage)}, which the playbook does not have; expected one of: ${playbook.stages.map((s) => s.name).join(", ")}` });
    }
    return problems;
}
/** Refuses a state that does not belong to this playbook. */
function rollout_state_checkState(state, playbook, digest, where) {
    const problems = stateProblems(state, playbook, digest, where);
    if (problems.length > 0)
        throw new ConfigurationError(problems);
}
/**
 * Refuses a move out of stage order: back to an earlier stage, past the next one, on from
 * a stage whose gate did not pass, or on a rollout that has ended. Moving to the same stage
 * again is a re-run and is allowed.
 */
function rollout_state_checkMoveOrder(state, playbook, stage, where) {
    const index = playbook.stages.indexOf(stage);
    const refuse = (message) => {
        throw new ConfigurationError([{ path: where, message }]);
    };
    if (!state) {
        if (index > 0)
            refuse(`is missing, but stage ${stage.name} is not the first; expected the state output of stage ${playbook.stages[index - 1].name}'s steps`);
        return;
    }
    if (state.status !== "rolling-out")
        refuse(`says the rollout of ${state.targetVersion} was ${state.status}; start a new rollout (no state) to move traffic again`);
    const at = playbook.stages.findIndex((s) => s.name === state.stage);
    if (index === at)
        return;
    if (index < at)
        refuse(`is at stage ${state.stage}, past ${stage.name}; stages move forward only (roll back to undo)`);
    if (index > at + 1)
        refuse(`is at stage ${state.stage}; the next stage is ${playbook.stages[at + 1].name}, not ${stage.name}`);
    const verdict = state.verdicts[state.stage];
    if (verdict === undefined)
        refuse(`has no verdict for stage ${state.stage}; gate it before moving on (pass the gate step's state output)`);
    if (verdict === "no-go" || verdict === "inconclusive")
        refuse(`has stage ${state.stage} judged ${verdict}; roll back instead of moving on`);
}
/**
 * Refuses a promotion anywhere but after the last stage's gate passed: promoting at an
 * earlier stage, or before the last stage was judged, would make an unjudged version the
 * stable one.
 */
function rollout_state_checkPromotion(state, playbook, stage) {
    const last = playbook.stages.at(-1);
    const refuse = (message) => {
        throw new ConfigurationError([{ path: "input 'promote'", message }]);
    };
    if (stage !== last)
        refuse(`is true at stage ${stage.name}, but only the last stage (${last?.name ?? "none"}) is promoted; expected false, or stage ${last?.name ?? "none"}`);
    const verdict = state?.stage === stage.name ? state.verdicts[stage.name] : undefined;
    if (verdict !== "go" && verdict !== "conditional") {
        refuse(`is true, but the state has ${verdict ? `stage ${stage.name} judged ${verdict}` : `no passing verdict for stage ${stage.name}`}; move to it, gate it, then promote with the gate step's state output`);
    }
}
/** The state after a move to `stage`, at `now`. */
function rollout_state_movedState(state, stage, now) {
    return { ...state, stage: stage.name, weight: stage.weight, updatedAt: now.toISOString() };
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
    const blank = secretBlanker(request.secrets);
    const previous = state.previous;
    const nothing = nothingToUndo(state, found.rolledBack);
    if (nothing || !previous) {
        const why = nothing ?? "nothing was recorded before a first move.";
        deps.log.info(`Nothing to undo: ${why}`);
        return {
            outputs: { state: state_serializeState(state), report: "" },
            summary: `## Rollback of ${markdown_escapeMarkdown(playbook.service)}: nothing to undo\n\n${markdown_escapeMarkdown(why)}\n`,
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
            if (!(error instanceof types/* GitHubError */.y))
                throw error;
            fault ??= error;
        }
    }
    const failing = verify?.failing;
    if (fault) {
        // The target is back; the step still fails, since GitHub does not say so.
        return {
            outputs: { state: state_serializeState(after), report },
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
        outputs: { state: state_serializeState(after), report },
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
            rolledBack: deployments_wasRolledBack(statuses),
            older: rollouts.slice(1).map((r) => ({ id: r.deployment.id, version: r.state.targetVersion })),
        };
    }
    // A playbook changed since the rollout started must not stand in the way of an undo:
    // the record of what to restore is the target's own. Other mismatches are refused.
    const problems = stateProblems(found.state, playbook, digest_playbookDigest(playbook), request.state ? "input 'state'" : found.source);
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
        return deployments_wasRolledBack(await github.deployments.statuses(id));
    }
    catch (error) {
        if (!(error instanceof types/* GitHubError */.y))
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
    return waitForPassing(checks, playbook, { timeout: playbook.rollback.timeout, step: 10, label: "verify", ...(signal && { signal }) }, { ...deps, metrics });
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
        if (!(error instanceof types/* GitHubError */.y))
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
    await deployments_postStatus(github, id, "failure", blank(`${ROLLED_BACK}: ${request.reason}`).slice(0, 140), target);
    lines.push(`deployment ${id} (${after.targetVersion}) marked failure: ${ROLLED_BACK.toLowerCase()}`);
    // The rollout's own environment: the input may name none, or another one.
    const environment = after.deployment?.environment ?? target.environment;
    const older = found.older ?? (await latestRollouts(github, environment, after.service)).filter((r) => r.deployment.id < id).map((r) => ({ id: r.deployment.id, version: r.state.targetVersion }));
    const restored = older.find((d) => d.id < id && d.version !== after.targetVersion);
    if (restored) {
        await deployments_postStatus(github, restored.id, "success", `Restored by rolling back ${after.targetVersion}`.slice(0, 140), target);
        lines.push(`deployment ${restored.id} (${restored.version}) marked success again: its version is live`);
    }
}

// EXTERNAL MODULE: ./src/http-headers.ts
var http_headers = __nccwpck_require__(7168);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/inputs/spec.ts
/**
 * The declarative form of an action's inputs. Each action keeps one table of
 * {@link InputSpec}s; the same table drives parsing and the test that keeps `action.yml`
 * in step, so a name, default or required flag cannot drift between them.
 */

/** A user mistake in one input; {@link readInputs} adds the input's name to it. */
class spec_InputProblem extends Error {
}
/** The `Problem.path` used for an input. */
function inputPath(name) {
    return `input '${name}'`;
}
/** True for defaults the runner evaluates (`${{ github.token }}`). */
function isExpression(text) {
    return text.includes("${{");
}
/**
 * Reads every input of a table. An empty input is absent; a literal default fills an
 * absent input; a required input that stays absent is a problem. Every problem across
 * all inputs is collected and returned, not thrown, so callers can add cross-input checks
 * before failing once with {@link failOnProblems}.
 */
function readInputs(table, get, context) {
    const values = {};
    const problems = [];
    for (const [name, spec] of Object.entries(table)) {
        let raw = get(name);
        if (raw !== undefined && raw.trim() === "")
            raw = undefined;
        if (raw === undefined && spec.default && !isExpression(spec.default))
            raw = spec.default;
        if (raw === undefined && spec.required) {
            problems.push({ path: inputPath(name), message: `is required: ${lowerFirst(spec.description)}` });
            continue;
        }
        try {
            values[name] = spec.parse(raw, context);
        }
        catch (error) {
            if (error instanceof spec_InputProblem)
                problems.push({ path: inputPath(name), message: error.message });
            else if (error instanceof errors/* ConfigurationError */.j1)
                problems.push(...error.problems);
            else
                throw error;
        }
    }
    return { values: values, problems };
}
/** Throws one {@link ConfigurationError} carrying every problem, if there is any. */
function failOnProblems(problems) {
    if (problems.length > 0)
        throw new errors/* ConfigurationError */.j1(problems);
}
/**
 * The secret inputs' raw values, for masking before anything is logged. A multi-line
 * secret is also masked line by line, and the value of a `Name: value` line on its own, since the
 * runner matches masks within one line and a header value may be echoed on its own.
 */
function secretValues(table, get) {
    const secrets = new Set();
    for (const [name, spec] of Object.entries(table)) {
        const raw = spec.secret ? get(name)?.trim() : undefined;
        if (!raw)
            continue;
        secrets.add(raw);
        for (const line of raw.split(/\r?\n/)) {
            const trimmed = line.trim();
            if (trimmed)
                secrets.add(trimmed);
            const colon = trimmed.indexOf(":");
            const value = colon > 0 ? trimmed.slice(colon + 1).trim() : "";
            // A fragment of a few characters would blank out every such string in the log.
            if (value.length >= MIN_FRAGMENT)
                secrets.add(value);
        }
    }
    return [...secrets];
}
const MIN_FRAGMENT = 4;
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/inputs/parsers.ts
/**
 * Parsers for single input values. They reject rather than coerce: `yes` is not a
 * boolean, `abc` is not a number, and a secret's value never appears in a message.
 */





/** The YAML 1.2 core schema's boolean words, the only ones accepted. */
const TRUE_WORDS = ["true", "True", "TRUE"];
const FALSE_WORDS = ["false", "False", "FALSE"];
/** A boolean input: only the YAML 1.2 core words. */
function booleanInput(raw) {
    if (raw === undefined)
        return false;
    const text = raw.trim();
    if (TRUE_WORDS.includes(text))
        return true;
    if (FALSE_WORDS.includes(text))
        return false;
    throw new spec_InputProblem(`found ${(0,errors/* describeValue */.bp)(text)}; expected one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(", ")}`);
}
/** Free text, trimmed; `undefined` when absent. */
function optionalText(raw) {
    return raw?.trim();
}
/** Text that must be there; `readInputs` has already reported it when absent. */
function requiredText(raw) {
    return raw?.trim() ?? "";
}
/**
 * One line of text, whatever it holds: a version reaches the target's scripts only as an
 * environment variable, never spliced into a command line, so `1.2; rm -rf /` is as safe
 * as `1.2`. Control characters (a line break, NUL) are refused: they cannot be passed on
 * intact and would forge log lines.
 */
function oneLine(what) {
    return (raw) => {
        const text = raw?.trim() ?? "";
        if (/[\u0000-\u001f\u007f]/.test(text)) {
            throw new InputProblem(`found ${describeValue(text)}; expected ${what} on one line, without control characters`);
        }
        return text;
    };
}
/** A duration such as `45m` or `1h30m`, in seconds; `undefined` when absent. */
function durationInput(raw) {
    const text = raw?.trim();
    if (!text)
        return undefined;
    const seconds = parseDuration(text);
    if (seconds === undefined || seconds <= 0) {
        throw new InputProblem(`found ${describeValue(text)}; expected a duration like 45m, 2h or 1h30m (units ms, s, m, h, d, w)`);
    }
    return seconds;
}
/** A file path, resolved against the workspace. */
function pathInput(raw, context) {
    const text = raw?.trim();
    if (!text)
        return undefined;
    return (0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.resolve)(context.workspace, text);
}
/** A file path the action writes, resolved against RUNNER_TEMP (the workspace outside Actions). */
function outputPathInput(raw, context) {
    const text = raw?.trim();
    if (!text)
        return undefined;
    return isAbsolute(text) ? text : resolve(context.temp ?? context.workspace, text);
}
/** An http(s) URL. */
function urlInput(raw) {
    const text = raw?.trim();
    if (!text)
        return undefined;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new spec_InputProblem(`found ${(0,errors/* describeValue */.bp)(text)}; expected an http(s) URL like https://prometheus.example.internal`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new spec_InputProblem(`found ${(0,errors/* describeValue */.bp)(text)}; expected an http(s) URL like https://prometheus.example.internal`);
    }
    if (url.username || url.password) {
        // Credentials in a URL end up in logs; they have inputs of their own.
        throw new spec_InputProblem("the URL carries credentials; pass them in prometheus-username and prometheus-password (or prometheus-token) instead");
    }
    return text;
}
/** A comma-separated list of names, each once. */
function nameList(raw) {
    const text = raw?.trim();
    if (!text)
        return undefined;
    const names = text.split(",").map((n) => n.trim());
    if (names.some((n) => n === "")) {
        throw new InputProblem(`found ${describeValue(text)}; expected names separated by commas, like canary,gradual,full`);
    }
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length > 0)
        throw new InputProblem(`names ${[...new Set(twice)].join(", ")} more than once; expected each name once`);
    return names;
}
// RFC 9110 token characters: what an HTTP header name may hold.
/**
 * Secret HTTP headers, one `Name: value` per line. Messages name the line, never its
 * content: the whole input is a secret.
 */
function headerLines(raw) {
    const headers = {};
    if (raw === undefined)
        return headers;
    const bad = [];
    raw.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === "")
            return;
        const colon = line.indexOf(":");
        const name = colon > 0 ? line.slice(0, colon).trim() : "";
        const value = colon > 0 ? line.slice(colon + 1).trim() : "";
        if (!http_headers/* HEADER_NAME */.E.test(name) || value === "")
            bad.push(index + 1);
        else
            headers[name] = value;
    });
    if (bad.length > 0) {
        throw new spec_InputProblem(`line${bad.length > 1 ? "s" : ""} ${bad.join(", ")} ${bad.length > 1 ? "are" : "is"} not a header; expected one 'Name: value' per line, like 'X-Scope-OrgID: tenant-1' (values not shown: the input is secret)`);
    }
    return headers;
}

// EXTERNAL MODULE: ./src/files.ts
var src_files = __nccwpck_require__(59148);
// EXTERNAL MODULE: ./src/playbook/stages.ts
var stages = __nccwpck_require__(1708);
;// CONCATENATED MODULE: ./src/metrics/backoff.ts
/**
 * When to try a read again: exponential backoff with full jitter, and the server's own
 * `Retry-After` when it gives one. Full jitter spreads the retries of many gates that
 * failed together, so a recovering Prometheus is not hit by all of them at once.
 */
const DEFAULT_RETRY_POLICY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5000 };
/**
 * A `Retry-After` longer than this is not honored in full: a gate round must not stall
 * for as long as an overloaded server asks.
 */
const RETRY_AFTER_CAP_MS = 30_000;
/**
 * Delay before attempt `attempt + 1`, after `attempt` (1-based) failed: a random point in
 * [0, min(max, base * 2^(attempt-1))].
 */
function backoffDelay(policy, attempt, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(random() * ceiling);
}
/**
 * Reads `Retry-After` (delta-seconds or an HTTP date) as milliseconds from `now`, capped at
 * {@link RETRY_AFTER_CAP_MS}; undefined when absent or unreadable.
 */
function retryAfterMs(header, now) {
    if (header === null || header === undefined || header.trim() === "")
        return undefined;
    const text = header.trim();
    let ms;
    if (/^\d+$/.test(text))
        ms = Number(text) * 1000;
    else {
        const at = Date.parse(text);
        if (Number.isNaN(at))
            return undefined;
        ms = at - now.getTime();
    }
    return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}
/** `1.5s`, `250ms`: a delay for a log line. */
function formatDelay(ms) {
    return ms >= 1000 ? `${Number((ms / 1000).toFixed(2))}s` : `${ms}ms`;
}

;// CONCATENATED MODULE: ./src/metrics/prometheus-options.ts
/**
 * Options of the Prometheus client, validated once before any request: every problem is
 * reported at once, named after the input or playbook path it came from, and no secret is
 * ever echoed back.
 */



const DEFAULT_SOURCES = {
    url: "input 'prometheus-url'",
    headers: "prometheus.headers",
    bearerToken: "input 'prometheus-token'",
    basicAuth: "input 'prometheus-username'/'prometheus-password'",
    ca: "input 'prometheus-ca'",
    timeoutSeconds: "prometheus.timeout",
    retries: "prometheus.retries",
};
const DEFAULT_TIMEOUT_SECONDS = 30;
/** Validates the options, throwing a ConfigurationError that lists every problem. */
function prometheus_options_resolveClientOptions(options) {
    const where = { ...DEFAULT_SOURCES, ...options.sources };
    const problems = [];
    const problem = (name, message) => problems.push({ path: where[name], message });
    const url = parseBaseUrl(options.url, (m) => problem("url", m));
    const headers = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) {
        if (!http_headers/* HEADER_NAME */.E.test(name))
            problem("headers", `${(0,errors/* describeValue */.bp)(name)} is not a valid header name`);
        // The value may be a secret: say what is wrong with it, never what it is.
        else if (typeof value !== "string" || /[\r\n\0]/.test(value))
            problem("headers", `the value of header ${name} must be one line of text`);
        else
            headers[name] = value;
    }
    const secrets = [];
    const { bearerToken, basicAuth } = options;
    if (bearerToken !== undefined) {
        if (!bearerToken.trim() || /[\r\n]/.test(bearerToken))
            problem("bearerToken", "the token must be one non-empty line");
        else {
            headers.Authorization = `Bearer ${bearerToken}`;
            secrets.push(bearerToken);
        }
    }
    if (basicAuth !== undefined) {
        if (!basicAuth.username || basicAuth.username.includes(":"))
            problem("basicAuth", "the username must be non-empty and without ':'");
        else {
            const encoded = Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString("base64");
            headers.Authorization = `Basic ${encoded}`;
            if (basicAuth.password)
                secrets.push(basicAuth.password);
            secrets.push(encoded);
        }
    }
    const custom = Object.keys(options.headers ?? {}).some((h) => h.toLowerCase() === "authorization");
    // The headers may come from the playbook and the inputs together: only here are both seen.
    if (custom && (bearerToken !== undefined || basicAuth !== undefined)) {
        problem("headers", "sets Authorization, which the token or username/password inputs already set; keep one");
    }
    if (custom)
        secrets.push(...Object.entries(options.headers ?? {}).filter(([h]) => h.toLowerCase() === "authorization").map(([, v]) => v));
    if (options.ca !== undefined) {
        if (!options.ca.includes("-----BEGIN CERTIFICATE-----"))
            problem("ca", "expected PEM text starting with -----BEGIN CERTIFICATE-----");
        else if (url && url.protocol !== "https:")
            problem("ca", `a CA bundle applies to https URLs only, but the URL is ${url.protocol.slice(0, -1)}`);
    }
    const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    if (!(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0))
        problem("timeoutSeconds", `found ${(0,errors/* describeValue */.bp)(timeoutSeconds)}, expected a positive number of seconds`);
    const retry = { ...DEFAULT_RETRY_POLICY, ...options.retries };
    if (!(Number.isInteger(retry.attempts) && retry.attempts >= 1))
        problem("retries", `attempts is ${(0,errors/* describeValue */.bp)(retry.attempts)}, expected a whole number of at least 1`);
    if (!(retry.baseDelayMs >= 0 && retry.maxDelayMs >= retry.baseDelayMs))
        problem("retries", "expected 0 <= baseDelayMs <= maxDelayMs");
    if (problems.length > 0)
        throw new errors/* ConfigurationError */.j1(problems);
    return {
        base: url.href.replace(/\/+$/, ""),
        https: url.protocol === "https:",
        headers,
        ...(options.ca !== undefined ? { ca: options.ca } : {}),
        timeoutMs: Math.round(timeoutSeconds * 1000),
        retry,
        method: options.method ?? "POST",
        secrets: secrets.filter((s) => s.length > 0),
    };
}
function parseBaseUrl(raw, problem) {
    const expected = "expected an http(s) URL such as https://prometheus.example:9090 or https://mimir.example/prometheus";
    if (typeof raw !== "string" || !raw.trim()) {
        problem(`found nothing, ${expected}`);
        return undefined;
    }
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        problem(`found ${(0,errors/* describeValue */.bp)(redactUserinfo(raw))}, ${expected}`);
        return undefined;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        problem(`found ${(0,errors/* describeValue */.bp)(redactUserinfo(raw))}, ${expected}`);
        return undefined;
    }
    if (url.username || url.password) {
        problem("the URL carries credentials; pass them as the token or username/password inputs, which are kept secret");
        return undefined;
    }
    if (url.search || url.hash) {
        problem(`found ${(0,errors/* describeValue */.bp)(`${url.origin}${url.pathname}${url.search ? "?…" : ""}${url.hash ? "#…" : ""}`)}, the base URL takes no query or fragment`);
        return undefined;
    }
    return url;
}
function redactUserinfo(raw) {
    return raw.replace(/\/\/[^/@]*@/, "//***@");
}

;// CONCATENATED MODULE: ./src/metrics/connection.ts
/**
 * The Prometheus connection, validated once at the edge: the caller's URL, credentials,
 * secret headers and CA bundle (action inputs or the CLI's flags and environment) on top of
 * the playbook's `prometheus` section. Every problem names the setting in the caller's
 * words ({@link ConnectionNames}); what comes out is ready to connect with, so nothing
 * below the edge validates or words a setting again.
 */




/** A CA bundle larger than this is not one (the whole public web's roots take about 220 KB). */
const MAX_CA_BYTES = 10_000_000;
/**
 * The one validator of Prometheus credentials, for the action inputs and the CLI alike:
 * one kind of authentication, and both halves of basic auth. Adds a problem for each
 * contradiction. (An Authorization header beside them is refused once the playbook's
 * headers are merged in, by the client's options.)
 */
function prometheusInputsFrom(raw, names, problems) {
    const { token, username, password } = raw;
    let auth;
    if (token !== undefined && (username !== undefined || password !== undefined)) {
        problems.push({ path: names.token, message: `is given together with ${names.username}/${names.password}; expected one kind of authentication, a bearer token or basic auth` });
    }
    else if (token !== undefined) {
        auth = { kind: "bearer", token };
    }
    else if (username !== undefined && password !== undefined) {
        auth = { kind: "basic", username, password };
    }
    else if (username !== undefined || password !== undefined) {
        const missing = username === undefined ? names.username : names.password;
        problems.push({ path: missing, message: `is missing; basic authentication needs both ${names.username} and ${names.password}` });
    }
    const headers = raw.headers ?? {};
    return {
        ...(raw.url !== undefined && { url: raw.url }),
        ...(auth && { auth }),
        headers,
        ...(raw.caFile !== undefined && { caFile: raw.caFile }),
    };
}
/** True when a check of the stage (held or waited for) reads Prometheus. */
function needsPrometheus(playbook, stage) {
    return [...stage.checks, ...stage.waitFor].some((name) => {
        const check = playbook.checks[name];
        return check !== undefined && (0,stages/* readsPrometheus */.o_)(check);
    });
}
/**
 * The settings to connect with for a stage, or undefined when no check of the stage reads
 * Prometheus and no URL was given. Throws a {@link ConfigurationError} when a check needs
 * Prometheus and no URL is known, the CA file cannot be read, or a setting is malformed.
 */
async function resolveConnection(playbook, stage, inputs, names, files) {
    const url = inputs.url ?? playbook.prometheus?.url;
    if (url === undefined) {
        if (!needsPrometheus(playbook, stage))
            return undefined;
        throw new errors/* ConfigurationError */.j1([
            {
                path: names.url,
                message: `is not given and the playbook has no prometheus.url, but stage ${stage.name} holds checks that query Prometheus; expected the base URL of the Prometheus HTTP API in ${names.url.replace(/^input /, "")} or prometheus.url`,
            },
        ]);
    }
    let ca;
    if (inputs.caFile !== undefined) {
        try {
            ca = await files.readText(inputs.caFile, MAX_CA_BYTES);
        }
        catch (error) {
            const reason = error instanceof src_files/* FileTooLarge */.Sv ? `the file is ${error.bytes} bytes; expected a PEM bundle of CA certificates of at most ${MAX_CA_BYTES} bytes` : (0,src_files/* readFailure */.f1)(error, "a PEM bundle of CA certificates");
            throw new errors/* ConfigurationError */.j1([{ path: names.ca, message: `${inputs.caFile}: ${reason}` }]);
        }
    }
    const auth = inputs.auth;
    const credentials = auth?.kind === "bearer" ? { bearerToken: auth.token } : auth?.kind === "basic" ? { basicAuth: { username: auth.username, password: auth.password } } : {};
    return prometheus_options_resolveClientOptions({
        url,
        // The playbook's headers are not secret (X-Scope-OrgID); the input's may be, and win.
        headers: { ...playbook.prometheus?.headers, ...inputs.headers },
        ...credentials,
        ...(ca !== undefined && { ca }),
        ...(playbook.prometheus && { timeoutSeconds: playbook.prometheus.timeout }),
        sources: {
            url: inputs.url !== undefined ? names.url : "prometheus.url",
            headers: Object.keys(inputs.headers).length > 0 ? `prometheus.headers / ${names.headers}` : "prometheus.headers",
            bearerToken: names.token,
            basicAuth: `${names.username}/${names.password}`,
            ca: names.ca,
        },
    });
}
/**
 * Every secret value of the connection, so text we write (summary, evidence, outputs) can
 * be checked against them. Short header fragments are left out: blanking a 3-letter word
 * everywhere would mangle the report and protects nothing.
 */
function connectionSecrets(inputs) {
    const secrets = [];
    if (inputs.auth?.kind === "bearer")
        secrets.push(inputs.auth.token);
    if (inputs.auth?.kind === "basic") {
        secrets.push(inputs.auth.password, Buffer.from(`${inputs.auth.username}:${inputs.auth.password}`).toString("base64"));
    }
    secrets.push(...Object.values(inputs.headers));
    return [...new Set(secrets.map((s) => s.trim()).filter((s) => s.length >= 4))];
}

;// CONCATENATED MODULE: ./src/inputs/common.ts
/**
 * Inputs every action shares, and the gate's Prometheus connection inputs that the
 * top-level action shares with it.
 */




/** Default location of the playbook, relative to the workspace. */
const DEFAULT_PLAYBOOK_INPUT = ".github/deploy-playbook.yml";
const playbookInput = {
    description: "Path of the playbook file, relative to the repository root.",
    default: DEFAULT_PLAYBOOK_INPUT,
    parse: (raw, context) => pathInput(raw, context) ?? DEFAULT_PLAYBOOK_INPUT,
};
const dryRunInput = {
    description: "When true, resolve the playbook and write the plan to the job summary and outputs, and change nothing.",
    default: "false",
    parse: booleanInput,
};
const forceInput = {
    description: "When true, go on even though the playbook's deployment window is closed. The override is logged as a warning.",
    default: "false",
    parse: booleanInput,
};
const stateInput = {
    description: "The state output of a previous deploy-playbook step (JSON).",
    default: "",
    parse: (raw) => (raw === undefined ? undefined : parseState(raw, "state")),
};
const stageInput = {
    description: "Name of the playbook stage to run.",
    required: true,
    parse: (raw) => raw?.trim() ?? "",
};
const acceptConditionalInput = {
    description: "When true, a conditional verdict (some checks only warned) does not fail the step.",
    default: "false",
    parse: booleanInput,
};
const githubTokenInput = {
    description: "Token for the GitHub API (deployments and their statuses). Empty: the rollout is not recorded in GitHub.",
    default: "${{ github.token }}",
    secret: true,
    parse: optionalText,
};
const environmentInput = {
    description: "GitHub environment the rollout is recorded in as a deployment. Empty: the playbook's signoff.environment, else production.",
    default: "",
    parse: optionalText,
};
/** The inputs every action reads. */
const commonInputs = {
    playbook: playbookInput,
    "dry-run": dryRunInput,
    state: stateInput,
};
/**
 * The inputs of the actions that move traffic forward. Only they heed deployment windows:
 * a gate or a sign-off refused by a window that closed mid-rollout would fail the job and
 * roll back a healthy canary.
 */
const movingInputs = {
    playbook: playbookInput,
    "dry-run": dryRunInput,
    force: forceInput,
    state: stateInput,
};
/** The parsed {@link commonInputs}, in the shape every action's inputs extend. */
function commonFrom(v) {
    return { playbook: v.playbook, dryRun: v["dry-run"], ...(v.state && { state: v.state }) };
}
/** The action inputs' names for the Prometheus settings, as errors name them. */
const ACTION_CONNECTION_NAMES = {
    url: inputPath("prometheus-url"),
    token: inputPath("prometheus-token"),
    username: inputPath("prometheus-username"),
    password: inputPath("prometheus-password"),
    headers: inputPath("prometheus-headers"),
    ca: inputPath("prometheus-ca"),
};
/** Inputs of the Prometheus connection, shared by the gate and the top-level action. */
const prometheusInputs = {
    "prometheus-url": {
        description: "Base URL of the Prometheus HTTP API; overrides the playbook's prometheus.url.",
        default: "",
        parse: urlInput,
    },
    "prometheus-token": {
        description: "Bearer token sent to Prometheus.",
        default: "",
        secret: true,
        parse: optionalText,
    },
    // The user name of basic auth is not a secret: masking a short common word would blank
    // it out everywhere in the log.
    "prometheus-username": {
        description: "User name for basic authentication to Prometheus (with prometheus-password).",
        default: "",
        parse: optionalText,
    },
    "prometheus-password": {
        description: "Password for basic authentication to Prometheus (with prometheus-username).",
        default: "",
        secret: true,
        parse: optionalText,
    },
    "prometheus-headers": {
        description: "Extra secret headers sent to Prometheus, one 'Name: value' per line (X-Scope-OrgID for Mimir and Cortex).",
        default: "",
        secret: true,
        parse: headerLines,
    },
    "prometheus-ca": {
        description: "Path of a PEM bundle of CA certificates trusted for Prometheus (a private CA).",
        default: "",
        parse: pathInput,
    },
};
/** Combines the Prometheus inputs, adding a problem for each contradiction between them. */
function prometheusFrom(values, problems) {
    return prometheusInputsFrom({
        url: values["prometheus-url"],
        token: values["prometheus-token"],
        username: values["prometheus-username"],
        password: values["prometheus-password"],
        headers: values["prometheus-headers"],
        caFile: values["prometheus-ca"],
    }, ACTION_CONNECTION_NAMES, problems);
}

;// CONCATENATED MODULE: ./src/inputs/rollback.ts



const rollbackAction = {
    inputs: {
        ...commonInputs,
        state: {
            ...stateInput,
            description: "The state output of the canary or gate step (JSON). When empty, the latest deployment GitHub holds for the environment is rolled back.",
        },
        force: {
            description: "When true, also put back a pod template someone else changed since the rollout recorded it (kubernetes target). Without it, that change is reported as drift and left as found; traffic is rolled back either way.",
            default: "false",
            parse: booleanInput,
        },
        reason: {
            description: "Why the rollback happens, for the incident report and the deployment status.",
            default: "manual",
            parse: requiredText,
        },
        "github-token": {
            ...githubTokenInput,
            description: "Token for the GitHub API: finds the latest deployment when no state is given, marks it rolled back, opens the issue.",
        },
        environment: environmentInput,
        "open-issue": {
            description: "When true, open a GitHub issue with the incident report (needs issues: write).",
            default: "false",
            parse: booleanInput,
        },
        ...prometheusInputs,
    },
    outputs: {
        state: "State after the rollback (JSON).",
        report: "The incident report (Markdown).",
        plan: "The resolved rollback plan (JSON).",
    },
};
/** Parses the rollback action's inputs; throws one ConfigurationError listing every problem. */
function parseRollbackInputs(get, context) {
    const { values: v, problems } = readInputs(rollbackAction.inputs, get, context);
    const prometheus = prometheusFrom(v, problems);
    failOnProblems(problems);
    return {
        ...commonFrom(v),
        reason: v.reason,
        force: v.force,
        ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
        ...(v.environment !== undefined && { environment: v.environment }),
        openIssue: v["open-issue"],
        prometheus,
    };
}

;// CONCATENATED MODULE: ./src/clock.ts
/**
 * The longest delay `setTimeout` takes (about 24.8 days): past it, Node fires at once.
 * Longer waits are made of pieces this long, or capped where "that long" means "never".
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => new Date(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error("aborted"));
        const end = Date.now() + ms;
        let timer;
        const wait = () => {
            const left = end - Date.now();
            if (left > MAX_TIMER_MS) {
                timer = setTimeout(wait, MAX_TIMER_MS);
                return;
            }
            timer = setTimeout(() => {
                signal?.removeEventListener("abort", onAbort);
                resolve();
            }, Math.max(0, left));
        };
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason ?? new Error("aborted"));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        wait();
    }),
};

;// CONCATENATED MODULE: ./src/metrics/http-request.ts

// node-fetch (and the stream and form polyfills it brings) is loaded with the first
// request, not at start-up: a run that fails on its inputs never sends one.
let nodeFetch;
const loadFetch = () => (nodeFetch ??= __nccwpck_require__.e(/* import() */ 816).then(__nccwpck_require__.bind(__nccwpck_require__, 70816)).then((m) => m.default));
// Node's codes for a certificate that will not verify: a configuration problem, not a blip.
const CERTIFICATE_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "CERT_HAS_EXPIRED",
    "CERT_NOT_YET_VALID",
    "ERR_TLS_CERT_ALTNAME_INVALID",
]);
/** Sends one request. Rejects only when `request.signal` aborts (with its reason). */
async function sendHttp(request) {
    request.signal?.throwIfAborted();
    const controller = new AbortController();
    let timedOut = false;
    // A timeout past what setTimeout takes (about 24.8 days) is as good as none.
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, Math.min(request.timeoutMs, MAX_TIMER_MS));
    const onAbort = () => controller.abort();
    request.signal?.addEventListener("abort", onAbort, { once: true });
    try {
        const fetch = await loadFetch();
        const response = await fetch(request.url, {
            method: request.method,
            headers: { ...request.headers },
            ...(request.body !== undefined ? { body: request.body } : {}),
            signal: controller.signal,
            ...(request.agent ? { agent: (url) => (url.protocol === "https:" ? request.agent : undefined) } : {}),
        });
        const body = await response.text();
        return {
            kind: "response",
            status: response.status,
            statusText: response.statusText,
            header: (name) => response.headers.get(name),
            body,
        };
    }
    catch (error) {
        if (request.signal?.aborted)
            throw request.signal.reason;
        if (timedOut)
            return { kind: "timeout" };
        return describeNetworkError(error);
    }
    finally {
        clearTimeout(timer);
        request.signal?.removeEventListener("abort", onAbort);
    }
}
function describeNetworkError(error) {
    const e = error;
    const code = e.code ?? e.cause?.code;
    // node-fetch says "request to <url> failed, reason: <why>": the url is known to the caller.
    const message = String(e.message ?? error).replace(/^request to \S+ failed, reason: /, "");
    return { kind: "network", cause: message || code || "unknown error", permanent: code !== undefined && CERTIFICATE_CODES.has(code) };
}

;// CONCATENATED MODULE: ./src/metrics/probe.ts


/** Backoff between probe attempts: 0.5 s, 1 s, then 2 s at most. A health check should settle fast. */
function probeBackoffMs(attempt) {
    return Math.min(500 * 2 ** (attempt - 1), 2000);
}
/** A prober over real HTTP. Only the caller's cancellation is thrown; every other failure is a result. */
function createHttpProber(deps) {
    return {
        async probe(request, signal) {
            const started = deps.clock.now().getTime();
            const attempts = 1 + Math.max(0, Math.floor(request.retries));
            for (let attempt = 1;; attempt++) {
                const result = await probeOnce(request, signal);
                if (result.ok || attempt >= attempts) {
                    return { ...result, attempts: attempt, durationMs: deps.clock.now().getTime() - started };
                }
                const delay = probeBackoffMs(attempt);
                deps.log.info(`probe ${displayUrl(request.url)} attempt ${attempt} of ${attempts}: ${result.detail}; retrying in ${formatDelay(delay)}`);
                await deps.clock.sleep(delay, signal);
            }
        },
    };
}
async function probeOnce(request, signal) {
    const outcome = await sendHttp({
        url: request.url,
        method: request.method,
        headers: request.headers,
        timeoutMs: Math.round(request.timeout * 1000),
        ...(signal ? { signal } : {}),
    });
    if (outcome.kind === "timeout")
        return unreachable(`no answer within ${formatDelay(Math.round(request.timeout * 1000))}`);
    if (outcome.kind === "network")
        return unreachable(`cannot connect: ${outcome.cause}`);
    const problems = [];
    const expected = request.status.length > 0 ? request.status : undefined;
    const statusOk = expected ? expected.includes(outcome.status) : outcome.status >= 200 && outcome.status < 300;
    if (!statusOk)
        problems.push(`status ${outcome.status}, expected ${expected ? expected.join(" or ") : "2xx"}`);
    const fields = {};
    const wanted = Object.entries(request.json);
    if (wanted.length > 0) {
        const body = parseJson(outcome.body);
        if (body === NOT_JSON)
            problems.push("body is not JSON");
        else {
            for (const [path, want] of wanted) {
                const found = lookup(body, path);
                if (found === MISSING) {
                    problems.push(`${path} is missing`);
                    continue;
                }
                fields[path] = found;
                if (found !== want)
                    problems.push(`${path} is ${show(found)}, expected ${show(want)}`);
            }
        }
    }
    return { ok: problems.length === 0, status: outcome.status, fields, detail: problems.join("; ") || `status ${outcome.status}`, unreachable: false };
}
function unreachable(detail) {
    return { ok: false, fields: {}, detail, unreachable: true };
}
const NOT_JSON = Symbol("not JSON");
const MISSING = Symbol("missing");
function parseJson(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return NOT_JSON;
    }
}
/** Follows `a.b.0.c`: object keys, and list indexes written as numbers. */
function lookup(value, path) {
    let current = value;
    for (const key of path.split(".")) {
        if (Array.isArray(current)) {
            if (!/^\d+$/.test(key) || Number(key) >= current.length)
                return MISSING;
            current = current[Number(key)];
        }
        else if (typeof current === "object" && current !== null && Object.hasOwn(current, key)) {
            current = current[key];
        }
        else
            return MISSING;
    }
    return current;
}
function show(value) {
    if (typeof value === "object" && value !== null)
        return Array.isArray(value) ? "a list" : "an object";
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
// Query strings can carry tokens: log the endpoint, never its query.
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return "the endpoint";
    }
}

;// CONCATENATED MODULE: ./src/metrics/prometheus-response.ts
/**
 * Reading Prometheus API bodies (`{status, data, warnings}`) into results, checking the
 * shape as we go. Anything unexpected is a MetricsError "response" that says what was
 * received. Values stay what Prometheus said: NaN and ±Inf are kept, never read as 0.
 */


/** Parses a body as a Prometheus API envelope; undefined when it is not one. */
function readEnvelope(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (!isRecord(json))
        return undefined;
    const warnings = Array.isArray(json.warnings) ? json.warnings.map(String) : [];
    if (json.status === "success" && "data" in json)
        return { ok: true, data: json.data, warnings };
    if (json.status === "error") {
        return { ok: false, errorType: String(json.errorType ?? "unknown"), error: String(json.error ?? ""), warnings };
    }
    return undefined;
}
/** Error types that mean the query itself is wrong, not the server. */
function isQueryError(errorType) {
    return errorType === "bad_data" || errorType === "execution";
}
/** `an empty body` or `"<html>…"`: a received body for an error message, one line, short. */
function describeBody(body) {
    const line = body.replace(/\s+/g, " ").trim();
    if (!line)
        return "an empty body";
    return (0,errors/* quote */.hD)(line, 120);
}
/** Turns instant-query data into a result: vectors as they are, a scalar as one unlabeled sample. */
function toInstantResult(data, query, time, warnings) {
    const { resultType, result } = resultOf(data);
    if (resultType === "vector") {
        const samples = list(result, "data.result").map((item, i) => {
            const path = `data.result[${i}]`;
            const series = record(item, path);
            if ("histogram" in series && !("value" in series)) {
                throw shape(`${path} is a native histogram sample; wrap the query in histogram_quantile() or similar`);
            }
            return { labels: labelsOf(series.metric, `${path}.metric`), value: pointOf(series.value, `${path}.value`)[1] };
        });
        return { query, time, resultType, samples, warnings };
    }
    if (resultType === "scalar") {
        return { query, time, resultType, samples: [{ labels: {}, value: pointOf(result, "data.result")[1] }], warnings };
    }
    if (resultType === "matrix") {
        throw shape("the query returned a range vector (matrix) where an instant vector or scalar was expected; remove the [range] or wrap it in a function such as rate()");
    }
    throw shape(`the query returned a ${describeType(resultType)} where an instant vector or scalar was expected`);
}
/** Turns range-query data (a matrix) into series of [unix seconds, value] points. */
function toRangeResult(data, query, warnings) {
    const { resultType, result } = resultOf(data);
    if (resultType !== "matrix")
        throw shape(`a range query returned a ${describeType(resultType)} where a matrix was expected`);
    const series = list(result, "data.result").map((item, i) => {
        const path = `data.result[${i}]`;
        const s = record(item, path);
        const values = s.values === undefined ? [] : list(s.values, `${path}.values`);
        return { labels: labelsOf(s.metric, `${path}.metric`), points: values.map((v, j) => pointOf(v, `${path}.values[${j}]`)) };
    });
    return { query, series, warnings };
}
/** Prometheus writes sample values as strings: "1.5", "NaN", "+Inf", "-Inf". */
function parseSampleValue(raw, path = "value") {
    if (typeof raw !== "string")
        throw shape(`${path} is ${prometheus_response_describeJson(raw)}, expected a number as a string`);
    const text = raw.trim().toLowerCase();
    if (text === "nan")
        return Number.NaN;
    if (text === "+inf" || text === "inf")
        return Number.POSITIVE_INFINITY;
    if (text === "-inf")
        return Number.NEGATIVE_INFINITY;
    const value = Number(text);
    // Number("") is 0: an empty value must not pass as zero.
    if (text === "" || Number.isNaN(value))
        throw shape(`${path} is ${prometheus_response_describeJson(raw)}, expected a number`);
    return value;
}
function resultOf(data) {
    const d = record(data, "data");
    return { resultType: d.resultType, result: d.result };
}
function pointOf(raw, path) {
    if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== "number") {
        throw shape(`${path} is ${prometheus_response_describeJson(raw)}, expected [time, "value"]`);
    }
    return [raw[0], parseSampleValue(raw[1], path)];
}
function labelsOf(raw, path) {
    if (raw === undefined)
        return {};
    const labels = record(raw, path);
    for (const [name, value] of Object.entries(labels)) {
        if (typeof value !== "string")
            throw shape(`${path}.${name} is ${prometheus_response_describeJson(value)}, expected a string`);
    }
    return labels;
}
function record(raw, path) {
    if (!isRecord(raw))
        throw shape(`${path} is ${prometheus_response_describeJson(raw)}, expected an object`);
    return raw;
}
function list(raw, path) {
    if (!Array.isArray(raw))
        throw shape(`${path} is ${prometheus_response_describeJson(raw)}, expected a list`);
    return raw;
}
function isRecord(raw) {
    return typeof raw === "object" && raw !== null && !Array.isArray(raw);
}
function describeType(resultType) {
    return typeof resultType === "string" ? `${resultType} result` : `result of type ${prometheus_response_describeJson(resultType)}`;
}
function prometheus_response_describeJson(raw) {
    if (raw === undefined)
        return "missing";
    const text = JSON.stringify(raw) ?? String(raw);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function shape(message) {
    return new MetricsError("response", `Prometheus sent an unexpected answer: ${message}`);
}

;// CONCATENATED MODULE: ./src/metrics/prometheus.ts






/**
 * Creates a client. Options are validated at once (ConfigurationError listing every
 * problem), before any request is made.
 */
function createPrometheusClient(options, deps) {
    return connectPrometheus(resolveClientOptions(options), deps);
}
/** A client for settings already validated (`resolveClientOptions`, `resolveConnection`). */
function connectPrometheus(settings, deps) {
    const agent = settings.ca !== undefined ? caAgent(settings.ca) : undefined;
    const redact = secretBlanker(settings.secrets);
    const random = deps.random ?? Math.random;
    async function call(path, params, query, signal) {
        const { retry } = settings;
        for (let attempt = 1;; attempt++) {
            const outcome = await send(settings, agent, path, params, signal);
            const result = classify(outcome, settings, deps.clock.now());
            if (!("kind" in result)) {
                // Warnings are server text that ends up in evidence: blank out secrets a proxy may echo.
                const warnings = result.warnings.map(redact);
                for (const warning of warnings)
                    deps.log.warning(`Prometheus warned about ${shortQuery(query)}: ${warning}`);
                return { data: result.data, warnings };
            }
            const failure = result;
            if (!failure.retry || attempt >= retry.attempts) {
                const tries = attempt > 1 ? ` (after ${attempt} attempts)` : "";
                throw new MetricsError(failure.kind, redact(`${failure.message}${tries}`), failure.status);
            }
            const delay = failure.waitMs ?? backoffDelay(retry, attempt, random);
            deps.log.info(redact(`Prometheus attempt ${attempt} of ${retry.attempts} failed: ${failure.message}; retrying in ${formatDelay(delay)}`));
            await deps.clock.sleep(delay, signal);
        }
    }
    return {
        async instant(query, time, signal) {
            const { data, warnings } = await call("/api/v1/query", { query, time: unixSeconds(time) }, query, signal);
            return toInstantResult(data, query, time, warnings);
        },
        async range(query, start, end, stepSeconds, signal) {
            if (!(stepSeconds > 0))
                throw new Error(`range query step must be positive, got ${stepSeconds}`);
            const params = { query, start: unixSeconds(start), end: unixSeconds(end), step: String(stepSeconds) };
            const { data, warnings } = await call("/api/v1/query_range", params, query, signal);
            return toRangeResult(data, query, warnings);
        },
    };
}
/**
 * The https agent that trusts `ca`, made with the first request: node:https (and TLS
 * under it) is loaded then, with the HTTP client, not when a step starts.
 */
function caAgent(ca) {
    let agent;
    return () => (agent ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23)).then(({ Agent }) => new Agent({ ca, keepAlive: true })));
}
async function send(settings, lazyAgent, path, params, signal) {
    const agent = await lazyAgent?.();
    const form = new URLSearchParams(params).toString();
    const headers = { Accept: "application/json", "User-Agent": "deploy-playbook", ...settings.headers };
    const common = { headers, timeoutMs: settings.timeoutMs, ...(agent ? { agent } : {}), ...(signal ? { signal } : {}) };
    if (settings.method === "GET")
        return sendHttp({ ...common, url: `${settings.base}${path}?${form}`, method: "GET" });
    return sendHttp({
        ...common,
        url: `${settings.base}${path}`,
        method: "POST",
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
        body: form,
    });
}
/** Success (data and warnings) or the reason this attempt failed. */
function classify(outcome, settings, now) {
    const limit = formatDelay(settings.timeoutMs);
    if (outcome.kind === "timeout")
        return { kind: "timeout", message: `Prometheus did not answer within ${limit}`, retry: true };
    if (outcome.kind === "network") {
        const hint = outcome.permanent ? " (is prometheus-ca set to the CA that signed the server's certificate?)" : "";
        return { kind: "network", message: `cannot reach Prometheus at ${settings.base}: ${outcome.cause}${hint}`, retry: !outcome.permanent };
    }
    const { status, statusText, body } = outcome;
    const envelope = readEnvelope(body);
    const answered = `Prometheus answered ${status}${statusText ? ` ${statusText}` : ""}`;
    if (status >= 200 && status < 300) {
        if (!envelope) {
            return { kind: "response", message: `Prometheus sent a body that is not an API response: received ${describeBody(body)}`, retry: false };
        }
        if (envelope.ok)
            return { data: envelope.data, warnings: envelope.warnings };
        const kind = isQueryError(envelope.errorType) ? "query" : "response";
        return { kind, message: `Prometheus rejected the query (${envelope.errorType}): ${envelope.error}`, status, retry: false };
    }
    const said = envelope && !envelope.ok ? `${envelope.errorType}: ${envelope.error}` : describeBody(body);
    if (status >= 500 || status === 429) {
        const waitMs = retryAfterMs(outcome.header("retry-after"), now);
        return { kind: "http", message: `${answered}: ${said}`, status, retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
    }
    if ((status === 400 || status === 422) && envelope && !envelope.ok) {
        return { kind: "query", message: `Prometheus rejected the query (${envelope.errorType}): ${envelope.error}`, status, retry: false };
    }
    const hint = status === 401 || status === 403
        ? " (check the token or username/password)"
        : status === 404
            ? ` (is ${settings.base} the Prometheus API base, with its path prefix?)`
            : "";
    return { kind: "http", message: `${answered}${hint}: ${said}`, status, retry: false };
}
/** Unix seconds with milliseconds, the form every Prometheus-compatible API accepts. */
function unixSeconds(time) {
    const ms = time.getTime();
    if (Number.isNaN(ms))
        throw new Error("query time is an invalid Date");
    return (ms / 1000).toFixed(3);
}
function shortQuery(query) {
    const line = query.replace(/\s+/g, " ").trim();
    return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

;// CONCATENATED MODULE: ./src/github/lazy.ts
/** A {@link GitHubPort} whose client is made when first asked. */
function lazyGitHubClient(options) {
    let client;
    const get = () => (client ??= Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(650)]).then(__nccwpck_require__.bind(__nccwpck_require__, 99650)).then((m) => m.createGitHubClient(options)));
    return {
        run: options.run,
        deployments: {
            create: async (d) => (await get()).deployments.create(d),
            list: async (environment, o) => (await get()).deployments.list(environment, o),
            statuses: async (id) => (await get()).deployments.statuses(id),
            setStatus: async (id, s) => (await get()).deployments.setStatus(id, s),
        },
        approvals: {
            list: async (runId) => (await get()).approvals.list(runId),
            environment: async (name) => (await get()).approvals.environment(name),
            isTeamMember: async (org, team, user) => (await get()).approvals.isTeamMember(org, team, user),
        },
        issues: { create: async (issue) => (await get()).issues.create(issue) },
        refs: { createTag: async (name, sha) => (await get()).refs.createTag(name, sha) },
    };
}

// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __nccwpck_require__(47068);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/targets/command/check-scripts.ts
/**
 * The scripts a command target names must exist and be executable before anything moves:
 * a typo or a missing `chmod +x` is a playbook mistake found at the start, not a failed
 * rollback halfway through a rollout.
 */



/** Each script of a command target with its playbook key. */
function commandScripts(target) {
    const all = [
        ["current", target.current],
        ["set-weight", target.setWeight],
        ["status", target.status],
        ["promote", target.promote],
        ["rollback", target.rollback],
    ];
    return all.filter((e) => e[1] !== undefined).map(([key, path]) => ({ key, path }));
}
/**
 * Checks that every script of `target` is an executable file, its path resolved against
 * `workspace` (the repository). Returns every problem found, each naming
 * `target.command.<key>` in `playbookFile`, at its line when `locate` is given.
 */
function checkCommandScripts(target, playbookFile, workspace, locate) {
    const problems = [];
    for (const { key, path } of commandScripts(target)) {
        const message = scriptProblem(path, (0,external_node_path_.resolve)(workspace, path));
        if (message === undefined)
            continue;
        const docPath = ["target", "command", key];
        problems.push({ file: playbookFile, ...locate?.({ path: docPath }), path: `target.command.${key}`, message });
    }
    return problems;
}
function scriptProblem(path, absolute) {
    const found = (0,errors/* describeValue */.bp)(path);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR") {
            return `no such file: ${found}; expected an executable script, its path relative to the repository root (such as ./deploy/set-weight.sh)`;
        }
        return `${found} cannot be read (${code ?? String(error)}); expected an executable script in the repository`;
    }
    if (!stats.isFile())
        return `${found} is not a file; expected an executable script`;
    try {
        (0,external_node_fs_.accessSync)(absolute, external_node_fs_.constants.X_OK);
    }
    catch {
        return `${found} is not executable; run chmod +x ${path} and commit the change (from Windows: git update-index --chmod=+x ${path})`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
;// CONCATENATED MODULE: ./src/targets/types.ts
/** The mark of a {@link TargetError}, the same in every bundle. */
const TARGET_ERROR = Symbol.for("deploy-playbook.TargetError");
/**
 * The target itself failed (a script exited non-zero, pods never came up, the API refused):
 * neither a playbook mistake nor a bug of the suite. It stops the rollout, is reported
 * without a stack trace, and never counts as healthy.
 */
class types_TargetError extends Error {
    name = "TargetError";
    [TARGET_ERROR] = true;
    /**
     * The Kubernetes target is a bundle of its own (`dist/kubernetes`) with its own copy of
     * this class, so its errors are recognised by a mark, not by their class. Subclasses keep
     * the usual test: a `MoveFailed` is only ever one made here.
     */
    static [Symbol.hasInstance](value) {
        if (this !== types_TargetError)
            return Function.prototype[Symbol.hasInstance].call(this, value);
        return typeof value === "object" && value !== null && value[TARGET_ERROR] === true;
    }
}

;// CONCATENATED MODULE: ./src/targets/command/error.ts
/**
 * A failure of one of the user's scripts. It is neither a playbook mistake (the playbook
 * was checked before anything moved) nor a bug of the suite: the target itself failed,
 * which stops the rollout and never counts as healthy.
 */

class CommandError extends types_TargetError {
    script;
    failure;
    tail;
    name = "CommandError";
    constructor(script, failure, message, 
    /** The script's last lines of output, oldest first. */
    tail = []) {
        super(tail.length > 0 ? `${message}\nLast lines of its output:\n${tail.map((l) => `  ${l}`).join("\n")}` : message);
        this.script = script;
        this.failure = failure;
        this.tail = tail;
    }
}

;// CONCATENATED MODULE: ./src/targets/command/environment.ts
/**
 * The environment a script runs with: the runner's, minus its secrets, plus the DEPLOY_*
 * variables. Values travel only this way, never on a command line, so a version such as
 * `1.2; rm -rf /` reaches the script byte for byte and is never interpreted.
 */

/** Every variable the target sets; inherited ones of these names are dropped first. */
const DEPLOY_VARIABLES = [
    "DEPLOY_SERVICE",
    "DEPLOY_STAGE",
    "DEPLOY_WEIGHT",
    "DEPLOY_PREVIOUS_WEIGHT",
    "DEPLOY_VERSION",
    "DEPLOY_STATE",
];
// Action inputs (INPUT_*) carry the Prometheus and GitHub tokens; the runner's own tokens
// would let a script act as the workflow. None of them is the scripts' business.
const SECRET_NAMES = new Set(["ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "GITHUB_TOKEN"]);
const SECRET_PREFIXES = ["INPUT_", "PROMETHEUS_"];
/** True for a variable that never reaches a script. */
function isWithheld(name) {
    const upper = name.toUpperCase();
    return SECRET_NAMES.has(upper) || SECRET_PREFIXES.some((p) => upper.startsWith(p)) || DEPLOY_VARIABLES.includes(upper);
}
/** The environment for one run of `script`. Throws when a value cannot be carried. */
function scriptEnvironment(base, script, vars) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value !== undefined && !isWithheld(name))
            env[name] = value;
    }
    const deploy = {
        DEPLOY_SERVICE: vars.service,
        DEPLOY_STAGE: vars.stage,
        DEPLOY_WEIGHT: String(vars.weight),
        DEPLOY_PREVIOUS_WEIGHT: String(vars.previousWeight),
        DEPLOY_VERSION: vars.version,
        DEPLOY_STATE: vars.state,
    };
    for (const [name, value] of Object.entries(deploy)) {
        if (value === undefined)
            continue;
        // An environment variable is a C string: a NUL would cut the value short silently.
        if (value.includes("\0")) {
            throw new CommandError(script, "start", `${name} contains a NUL character, which no environment variable can carry; the ${script} script was not run`);
        }
        env[name] = value;
    }
    return env;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(46193);
;// CONCATENATED MODULE: ./src/targets/command/lines.ts
/**
 * A script's output as lines: decoded as UTF-8 across chunk boundaries, one callback per
 * line as it arrives, and only the last few kept, so a script that prints gigabytes costs
 * a few kilobytes.
 */

/** Longest line passed on whole; a longer one is cut into pieces of this size. */
const MAX_LINE = 4096;
/** Splits a byte stream into lines, calling `onLine` for each (without its line ending). */
class LineSplitter {
    onLine;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    partial = "";
    constructor(onLine) {
        this.onLine = onLine;
    }
    write(chunk) {
        const text = this.partial + this.decoder.write(chunk);
        let start = 0;
        for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
            this.emit(text.slice(start, end));
            start = end + 1;
        }
        // A line with no end in sight (a progress bar, a binary blob) must not grow without bound.
        let rest = text.slice(start);
        while (rest.length > MAX_LINE) {
            const [piece, after] = cut(rest);
            this.onLine(piece);
            rest = after;
        }
        this.partial = rest;
    }
    /** Flushes a last line that had no line ending. */
    end() {
        const rest = this.partial + this.decoder.end();
        this.partial = "";
        if (rest !== "")
            this.emit(rest);
    }
    emit(line) {
        let rest = line.endsWith("\r") ? line.slice(0, -1) : line;
        while (rest.length > MAX_LINE) {
            const [piece, after] = cut(rest);
            this.onLine(piece);
            rest = after;
        }
        this.onLine(rest);
    }
}
/** Splits after {@link MAX_LINE} characters, never between the halves of a surrogate pair. */
function cut(text) {
    const code = text.charCodeAt(MAX_LINE - 1);
    const at = code >= 0xd800 && code <= 0xdbff ? MAX_LINE - 1 : MAX_LINE;
    return [text.slice(0, at), text.slice(at)];
}
/** Longest line an error message quotes; the log has it whole. */
const MAX_TAIL_LINE = 500;
/** The last `size` lines seen, oldest first, each cut to a length an error message can quote. */
class Tail {
    size;
    kept = [];
    constructor(size = 20) {
        this.size = size;
    }
    push(line) {
        this.kept.push(line.length > MAX_TAIL_LINE ? `${line.slice(0, MAX_TAIL_LINE)}...` : line);
        if (this.kept.length > this.size)
            this.kept.shift();
    }
    lines() {
        return [...this.kept];
    }
}

;// CONCATENATED MODULE: ./src/targets/command/run-script.ts
/**
 * Runs one of the user's scripts as a process of its own: the executable itself (never a
 * shell), in its own process group, output streamed line by line into the log, bounded in
 * time and memory. A timeout or an abort stops the whole group, so a `kubectl` or `ssh`
 * the script started does not outlive it.
 */






/** Most bytes of stdout kept when a script's output is data (`current`). */
const CAPTURE_LIMIT = 64 * 1024;
/** After the script exits, how long a background child holding its output may delay us. */
const DRAIN_MS = 1000;
/**
 * Runs the script to its end and resolves with how it ended, whatever the exit code.
 * Rejects with a {@link CommandError} when it cannot start, runs past its timeout or
 * prints more data than {@link CAPTURE_LIMIT}, and with the abort reason when aborted.
 */
function runScript(run) {
    const { signal } = run;
    if (signal?.aborted)
        return Promise.reject(signal.reason ?? new Error("aborted"));
    const name = (0,external_node_path_.basename)(run.path);
    const tail = new Tail();
    const print = (text) => (run.level === "debug" ? run.log.debug(text) : run.log.info(text));
    // The prefix also keeps a line from starting with `::`, so a script cannot issue
    // workflow commands to the runner through our log.
    const line = (text) => {
        tail.push(text);
        print(`[${name}] ${text}`);
    };
    return new Promise((resolvePromise, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)((0,external_node_path_.resolve)(run.workspace, run.path), [], {
                cwd: run.workspace,
                env: run.env,
                detached: true,
                stdio: ["ignore", "pipe", "pipe"],
            });
        }
        catch (error) {
            reject(startFailure(run, error));
            return;
        }
        const captured = [];
        let capturedBytes = 0;
        let overflow = false;
        const stdout = new LineSplitter(line);
        const stderr = new LineSplitter(line);
        child.stdout.on("data", (chunk) => {
            if (!run.capture)
                return stdout.write(chunk);
            if (capturedBytes + chunk.length > CAPTURE_LIMIT)
                overflow = true;
            else
                captured.push(chunk);
            capturedBytes += chunk.length;
        });
        child.stderr.on("data", (chunk) => stderr.write(chunk));
        let stopped;
        const stop = (why) => {
            if (stopped)
                return;
            stopped = why;
            signalGroup(child, "SIGTERM");
            // Kept after the script itself exits: a child of the group may outlast SIGTERM. Unref'd
            // so that it alone never holds the process open.
            const killTimer = setTimeout(() => signalGroup(child, "SIGKILL"), run.graceMs);
            killTimer.unref();
        };
        const timer = setTimeout(() => stop("timeout"), Math.min(run.timeoutMs, MAX_TIMER_MS));
        const onAbort = () => stop("abort");
        signal?.addEventListener("abort", onAbort, { once: true });
        let exited = false;
        let finished = false;
        const finish = (code, sig) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
            stdout.end();
            stderr.end();
            if (stopped === "abort")
                return reject(signal.reason ?? new Error("aborted"));
            if (stopped === "timeout") {
                return reject(new CommandError(run.key, "timeout", `${run.path} (target.command.${run.key}) ran past its timeout of ${(0,quantity/* formatSeconds */.Xo)(run.timeoutMs / 1000)}; its process group was stopped (SIGTERM, then SIGKILL after ${(0,quantity/* formatSeconds */.Xo)(run.graceMs / 1000)})`, tail.lines()));
            }
            if (overflow) {
                return reject(new CommandError(run.key, "output", `${run.path} (target.command.${run.key}) printed ${capturedBytes} bytes on stdout; expected a JSON document of at most ${CAPTURE_LIMIT} bytes (send logs to stderr)`, tail.lines()));
            }
            resolvePromise({ code, signal: sig, tail: tail.lines(), ...(run.capture && { stdout: Buffer.concat(captured).toString("utf8") }) });
        };
        child.on("error", (error) => {
            if (exited)
                return;
            exited = true;
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
            reject(startFailure(run, error));
        });
        child.on("exit", (code, sig) => {
            if (exited)
                return;
            exited = true;
            // A background child still holding the pipes would keep 'close' away for as long as
            // it lives; wait a moment for the last output, then stop reading.
            const drain = setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish(code, sig);
            }, DRAIN_MS);
            child.once("close", () => {
                clearTimeout(drain);
                finish(code, sig);
            });
        });
    });
}
/** Sends a signal to the script's whole process group; it may already be gone. */
function signalGroup(child, sig) {
    if (child.pid === undefined)
        return;
    try {
        process.kill(-child.pid, sig);
    }
    catch {
        // ESRCH: every process of the group has ended.
    }
}
function startFailure(run, error) {
    const code = error?.code;
    const where = `${run.path} (target.command.${run.key})`;
    const why = code === "ENOENT"
        ? "does not exist in the repository, or its #! line names an interpreter that is not installed"
        : code === "EACCES"
            ? `is not executable; run chmod +x ${run.path} and commit it`
            : code === "ENOEXEC"
                ? "is not a program the system can run; start it with a #! line such as #!/bin/sh"
                : `could not be started: ${error instanceof Error ? error.message : String(error)}`;
    return new CommandError(run.key, "start", `${where} ${why}`);
}

;// CONCATENATED MODULE: ./src/targets/command/wait.ts


/** How often progress is logged while waiting; every run's own output goes to debug. */
const REPORT_MS = 30_000;
/** A status run gets at least this long, even when the wait is almost over. */
const MIN_RUN_MS = 1000;
/** Resolves once status exits 0; throws a {@link CommandError} with its last lines when time runs out. */
async function waitForStatus(w) {
    const limitMs = w.timeoutSeconds * 1000;
    const start = w.clock.now().getTime();
    const elapsed = () => w.clock.now().getTime() - start;
    // Bounded even if the clock stood still: one run per poll interval of the timeout, and one more.
    const maxRuns = Math.floor(limitMs / Math.max(w.pollMs, 1)) + 1;
    let lastReport = -REPORT_MS;
    for (let runs = 1;; runs++) {
        const result = await w.run(Math.max(limitMs - elapsed(), MIN_RUN_MS));
        if (result.code === 0) {
            w.log.info(`status: ${w.path} reports done${runs > 1 ? ` after ${took(elapsed())} (${runs} checks)` : ""}`);
            return;
        }
        const exit = result.code === null ? `killed by ${result.signal}` : `exit ${result.code}`;
        if (runs >= maxRuns || elapsed() + w.pollMs > limitMs) {
            throw new CommandError("status", "timeout", `${w.path} (target.command.status) still reports not done (${exit}) after ${took(elapsed())} and ${runs} checks; the timeout is ${(0,quantity/* formatSeconds */.Xo)(w.timeoutSeconds)}`, result.tail);
        }
        if (elapsed() - lastReport >= REPORT_MS) {
            lastReport = elapsed();
            const said = result.tail.at(-1);
            w.log.info(`status: not done yet (${exit}${said ? `: ${said}` : ""}), ${took(elapsed())} of ${(0,quantity/* formatSeconds */.Xo)(w.timeoutSeconds)}`);
        }
        await w.clock.sleep(w.pollMs, w.signal);
    }
}
function took(ms) {
    return ms < 1000 ? "0s" : (0,quantity/* formatSeconds */.Xo)(ms / 1000);
}

;// CONCATENATED MODULE: ./src/targets/command/target.ts
/**
 * The `command` target: traffic moved by the user's own scripts (docker compose, kubectl,
 * ssh, a load balancer's CLI). The suite decides when and to what weight; the scripts
 * know how. Each script gets the values of the move in DEPLOY_* environment variables.
 */





/** Creates the target for a playbook's `target.command`. */
function createCommandTarget(target, options, deps) {
    const graceMs = options.graceMs ?? 5000;
    const pollMs = options.pollMs ?? 5000;
    const execute = (key, path, vars, extra = {}) => {
        const env = scriptEnvironment(options.env ?? {}, key, vars);
        return runScript({
            key,
            path,
            workspace: options.workspace,
            env,
            timeoutMs: extra.timeoutMs ?? target.timeout * 1000,
            graceMs,
            log: deps.log,
            ...(extra.capture && { capture: true }),
            ...(extra.level && { level: extra.level }),
            ...(deps.signal && { signal: deps.signal }),
        });
    };
    /** Runs a script that must succeed. */
    const succeed = async (key, path, vars) => {
        deps.log.info(`${key}: running ${path} (${target_describe(vars)})`);
        ensureSuccess(key, path, await execute(key, path, vars));
    };
    const readCurrent = async (path, vars) => {
        deps.log.info(`current: running ${path} to read what is live`);
        const result = await execute("current", path, vars, { capture: true });
        ensureSuccess("current", path, result);
        return parseCurrent(path, result.stdout ?? "", result.tail);
    };
    const wait = async (vars) => {
        const status = target.status;
        if (status === undefined) {
            deps.log.info("status: no status script; the move counts as done when its script exits 0");
            return;
        }
        await waitForStatus({
            path: status,
            timeoutSeconds: target.timeout,
            pollMs,
            clock: deps.clock,
            log: deps.log,
            signal: deps.signal,
            run: (timeoutMs) => execute("status", status, vars, { level: "debug", timeoutMs }),
        });
    };
    return {
        description: `command ${target.setWeight}`,
        async record(step) {
            const record = { kind: "command", weight: step.previousWeight };
            if (target.current === undefined)
                return record;
            return { ...record, current: await readCurrent(target.current, stepVariables(step)) };
        },
        async move(step, recorded) {
            await succeed("set-weight", target.setWeight, stepVariables(step, recorded));
        },
        async wait(step, recorded) {
            await wait(stepVariables(step, recorded));
        },
        async promote(step, recorded) {
            if (target.promote === undefined) {
                deps.log.info(`promote: no promote script; ${step.version} at ${step.weight}% is the promotion`);
                return;
            }
            await succeed("promote", target.promote, stepVariables(step, recorded));
        },
        async restore(recorded, from) {
            const vars = {
                service: from.service,
                stage: from.stage,
                weight: recorded.weight,
                previousWeight: from.weight,
                version: from.version,
                state: JSON.stringify(recorded),
            };
            // Nothing to undo only when both what we moved and what the user's `current` sees
            // are as recorded; without a `current` script we cannot tell, so the rollback runs.
            if (from.weight === recorded.weight && target.current !== undefined && recorded.current !== undefined) {
                const now = await readCurrent(target.current, vars);
                if ((0,external_node_util_.isDeepStrictEqual)(now, recorded.current)) {
                    const line = `nothing to undo: the weight is ${recorded.weight}% as recorded and ${target.current} prints what was recorded`;
                    deps.log.info(`rollback: ${line}`);
                    return { changed: false, actions: [line], drift: [] };
                }
            }
            await succeed("rollback", target.rollback, vars);
            await wait(vars);
            const actions = [`ran ${target.rollback}: weight ${from.weight}% back to ${recorded.weight}% (leaving ${from.version})`];
            if (target.status !== undefined)
                actions.push(`${target.status} reported the rollback done`);
            return { changed: true, actions, drift: [] };
        },
    };
}
function stepVariables(step, recorded) {
    return {
        service: step.service,
        stage: step.stage,
        weight: step.weight,
        previousWeight: step.previousWeight,
        version: step.version,
        ...(recorded && { state: JSON.stringify(recorded) }),
    };
}
function target_describe(vars) {
    return `stage ${vars.stage}, weight ${vars.previousWeight}% to ${vars.weight}%, version ${JSON.stringify(vars.version)}`;
}
function ensureSuccess(key, path, result) {
    if (result.code === 0)
        return;
    const how = result.code === null ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
    throw new CommandError(key, result.code === null ? "signal" : "exit", `${path} (target.command.${key}) ${how}`, result.tail);
}
const EXCERPT = 60;
function parseCurrent(path, stdout, tail) {
    const where = `${path} (target.command.current)`;
    if (stdout.trim() === "") {
        throw new CommandError("current", "output", `${where} printed nothing on stdout; expected one JSON value describing what is live (logs go to stderr)`, tail);
    }
    try {
        return JSON.parse(stdout);
    }
    catch (error) {
        const excerpt = JSON.stringify(stdout.slice(0, EXCERPT)) + (stdout.length > EXCERPT ? "..." : "");
        // The parser's message quotes the input raw; keep the error on one line.
        const why = (error instanceof Error ? error.message : String(error)).replace(/[\u0000-\u001f]/g, (c) => JSON.stringify(c).slice(1, -1));
        throw new CommandError("current", "output", `${where} printed ${excerpt}, which is not JSON (${why}); expected one JSON value on stdout (logs go to stderr)`, tail);
    }
}

;// CONCATENATED MODULE: ./src/targets/make.ts



/**
 * What stops the target from working before anything moves, as playbook problems: a
 * command target's script missing or not executable. (Kubernetes is checked against the
 * cluster when it records, before the first move.)
 */
function targetProblems(target, file, workspace, locate) {
    return target.kind === "command" ? checkCommandScripts(target, file, workspace, locate) : [];
}
/** The target for the playbook's `target` section. */
function makeTarget(target, context, deps) {
    switch (target.kind) {
        case "command":
            return forRecords(createCommandTarget(target, context, deps), "command");
        case "kubernetes":
            // The kubeconfig comes from KUBECONFIG (a cluster login action sets it) or the pod's service account.
            return lazyTarget(`kubernetes ${target.namespace}/${target.deployment}`, async () => {
                const { createKubernetesTarget } = await loadKubernetes();
                return forRecords(createKubernetesTarget(target, { force: context.force ?? false }, deps), "kubernetes");
            });
    }
}
/**
 * A target that takes any record, refusing one another kind of target made: a state from a
 * rollout through Kubernetes cannot be restored by scripts, nor the other way round.
 */
function forRecords(target, kind) {
    const own = (record) => {
        if (!isKind(record))
            throw new types_TargetError(`The state records what a ${record.kind} target had live, but the playbook's target is ${kind}; expected the state of a rollout through this target.`);
        return record;
    };
    const isKind = (record) => record.kind === kind;
    return {
        description: target.description,
        record: (step) => target.record(step),
        move: (step, recorded) => target.move(step, own(recorded)),
        wait: (step, recorded) => target.wait(step, own(recorded)),
        promote: (step, recorded) => target.promote(step, own(recorded)),
        restore: (recorded, from) => target.restore(own(recorded), from),
    };
}
/** A target made on first use; `description` stands for it until then. */
function lazyTarget(description, load) {
    let loaded;
    const get = () => (loaded ??= load());
    return {
        description,
        record: async (step) => (await get()).record(step),
        move: async (step, recorded) => (await get()).move(step, recorded),
        wait: async (step, recorded) => (await get()).wait(step, recorded),
        promote: async (step, recorded) => (await get()).promote(step, recorded),
        restore: async (recorded, from) => (await get()).restore(recorded, from),
    };
}
/**
 * The Kubernetes target, loaded only by a run that needs it: its client is many times the
 * size of everything else. The actions' bundles share one build of it, `dist/kubernetes`,
 * beside them; run from source (tests, the CLI under tsx) it is the module itself. The
 * specifiers are computed so the bundler leaves them to run time.
 */
async function loadKubernetes() {
    const fromSource = import.meta.url.endsWith(".ts");
    const beside = ["..", "kubernetes", "index.js"].join("/");
    const specifier = fromSource ? "./kubernetes/index.js" : new URL(beside, import.meta.url).href;
    return (await import(/* webpackIgnore: true */ specifier));
}

;// CONCATENATED MODULE: ./src/actions/artifact.ts
/**
 * Files kept as workflow artifacts (the gate's evidence). Uploading is a courtesy to the
 * reviewer, not part of the verdict: when it cannot happen (turned off, not on a runner,
 * the service failing) the log says where the file is and why it was not uploaded, and
 * the verdict stands.
 */

/** @actions/artifact, loaded only when an upload happens: it is most of the bundle's weight. */
const artifactUploader = {
    async upload(name, file, rootDirectory) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97500));
        return new DefaultArtifactClient().uploadArtifact(name, [file], rootDirectory);
    },
};
/** Uploads a written file as its artifact when asked and possible; never throws. Returns whether it was uploaded. */
async function keepAsArtifact(file, deps) {
    const { path } = file;
    const { env, log } = deps;
    if (!file.artifact)
        return false;
    const skip = !file.artifact.upload
        ? "upload-evidence is false"
        : !env["ACTIONS_RUNTIME_TOKEN"] || !env["ACTIONS_RESULTS_URL"]
            ? "the artifact service is not available here: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are only set on a GitHub Actions runner"
            : undefined;
    if (skip) {
        log.info(`${file.title} is at ${path}; not uploaded (${skip}).`);
        return false;
    }
    const { name } = file.artifact;
    try {
        const { id, size } = await deps.uploader.upload(name, path, (0,external_node_path_.dirname)(path));
        log.info(`${file.title} uploaded as artifact ${name}${id !== undefined ? ` (id ${id}${size !== undefined ? `, ${size} bytes` : ""})` : ""}; also at ${path}.`);
        return true;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log.warning(`${file.title} ${(0,external_node_path_.basename)(path)} could not be uploaded as artifact ${name}: ${reason}. The verdict stands; the file is at ${path}.`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/actions/context.ts
/** Where relative input paths resolve. */
function inputContext(env) {
    return {
        workspace: env["GITHUB_WORKSPACE"] || process.cwd(),
        ...(env["RUNNER_TEMP"] && { temp: env["RUNNER_TEMP"] }),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/workflow-command.ts
/**
 * One workflow command line, `::command key=value,…::message`, with the runner's escapes:
 * what the action shells write to stdout and what the CLI prints inside GitHub Actions.
 */
/**
 * The command line, without its line end. As in @actions/core, a property without a value
 * (or 0, or "") is left out, and any property object that has keys opens the property
 * list with a space.
 */
function workflowCommand(command, properties, message) {
    const keys = Object.keys(properties);
    const pairs = Object.entries(properties).filter(([, value]) => Boolean(value));
    const head = keys.length > 0 ? ` ${pairs.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}` : "";
    return `::${command}${head}::${escapeData(message)}`;
}
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

;// CONCATENATED MODULE: ./src/actions/runner-commands.ts
/**
 * The runner's protocol, as the action shells speak it: inputs from `INPUT_*`, workflow
 * commands on stdout (`::error title=…::message`, `::add-mask::`, `::debug::`), file
 * commands appended to `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`. The same bytes as
 * @actions/core writes (test/actions/runner-commands.test.ts holds the two side by side),
 * without loading its HTTP client for OIDC tokens, which no step here asks for and
 * which alone costs more start-up than the rest of a bundle.
 */





/** The input `name` as the runner passes it (`INPUT_<NAME>`, spaces as `_`), trimmed; `""` when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** Sets a step output through the `GITHUB_OUTPUT` file, or the old `::set-output` command where there is none. */
function setOutput(name, value) {
    const file = process.env["GITHUB_OUTPUT"];
    if (file) {
        appendFileCommand(file, keyValue(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issue("set-output", { name }, value);
}
/** Asks the runner to mask `secret` in every later line of the log. */
function setSecret(secret) {
    issue("add-mask", {}, secret);
}
/** Marks the step failed (exit code 1) with `message` as its error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function debug(message) {
    issue("debug", {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message, properties = {}) {
    issue("warning", commandProperties(properties), message);
}
function error(message, properties = {}) {
    issue("error", commandProperties(properties), message);
}
/** Appends `markdown` and a line end to the step summary file. */
async function appendSummary(markdown) {
    const file = process.env["GITHUB_STEP_SUMMARY"];
    if (!file)
        throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
    try {
        await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(file, markdown + external_node_os_.EOL, { encoding: "utf8" });
}
function appendFileCommand(file, message) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, message + external_node_os_.EOL, { encoding: "utf8" });
}
/** `name<<delimiter` … `delimiter`, with a delimiter that cannot occur in either. */
function keyValue(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/** Annotation properties under the command's own names (`line`, `col`), in @actions/core's order; none when none were given. */
function commandProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function issue(command, properties, message) {
    process.stdout.write(workflowCommand(command, properties, message) + external_node_os_.EOL);
}

;// CONCATENATED MODULE: ./src/actions/deps.ts










/** Logs through the runner's workflow commands, so warnings and errors become annotations. */
const runnerLogger = {
    debug: (m) => debug(m),
    info: (m) => info(m),
    warning: (m) => warning(m),
    error: (m) => error(m),
};
/** Publishes through the runner's file commands: outputs, step summary, annotations; files on disk; artifacts. */
function runnerPublisher(deps) {
    return {
        setOutput: (name, value) => setOutput(name, value),
        async appendSummary(markdown) {
            // Only on a runner (or a test that plays one): elsewhere there is no summary file.
            if (!deps.env["GITHUB_STEP_SUMMARY"])
                return;
            await appendSummary(markdown);
        },
        annotate: (a) => (a.level === "error" ? error(a.message, { title: a.title }) : warning(a.message, { title: a.title })),
        writeFile: (path, text) => deps.files.writeText(path, text),
        keep: async (file) => {
            await keepAsArtifact(file, deps);
        },
    };
}
/** The real process as {@link ActionDeps}, with `overrides` on top. */
function actionDeps(overrides = {}) {
    const base = {
        getInput: (name) => getInput(name) || undefined,
        env: process.env,
        clock: systemClock,
        log: runnerLogger,
        files: src_files/* diskFiles */.Ts,
        signals: process,
        uploader: artifactUploader,
        ...overrides,
    };
    // The parts made from others are made from the overridden ones, unless overridden too.
    return {
        connect: (settings) => connectPrometheus(settings, base),
        prober: createHttpProber(base),
        publisher: runnerPublisher(base),
        github: (token) => lazyGitHubClient({ token, run: (0,run_context/* runContextFromEnv */.w)(base.env), logger: base.log }),
        target: (target, signal, options) => makeTarget(target, { workspace: inputContext(base.env).workspace, env: base.env, ...(options?.force && { force: true }) }, { clock: base.clock, log: base.log, ...(signal && { signal }) }),
        ...base,
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {};
;// CONCATENATED MODULE: ./src/actions/run-info.ts
/** What the runner says about the run, for the state and reports; nothing secret. */

/** The run that acts, from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_ACTOR; absent outside a runner. */
function runFromEnv(env) {
    const id = env["GITHUB_RUN_ID"];
    const repository = env["GITHUB_REPOSITORY"];
    if (!id || !repository)
        return undefined;
    const server = env["GITHUB_SERVER_URL"] || "https://github.com";
    return { id, url: `${server}/${repository}/actions/runs/${id}`, ...(env["GITHUB_ACTOR"] && { actor: env["GITHUB_ACTOR"] }) };
}
/** Where the gate ran, from the runner's environment; nothing secret. */
function evidenceMeta(env, state) {
    const pick = (name) => env[name] || undefined;
    const meta = {
        toolVersion: packageJson.version,
        repository: pick("GITHUB_REPOSITORY"),
        runId: pick("GITHUB_RUN_ID"),
        runAttempt: pick("GITHUB_RUN_ATTEMPT"),
        sha: pick("GITHUB_SHA"),
        ref: pick("GITHUB_REF"),
        version: state?.targetVersion,
    };
    return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./src/playbook/read.ts
var read = __nccwpck_require__(23355);
;// CONCATENATED MODULE: ./src/playbook/plan.ts
/**
 * The resolved plan of a stage: what a run would do, with every default filled in and
 * every query rendered exactly as it would be sent. `plan` on the CLI and the actions'
 * dry runs show it; nothing here talks to the outside world.
 */


/** The plan of one stage of the playbook. */
function plan_planStage(pb, stage) {
    const index = pb.stages.indexOf(stage);
    const checkPlan = (name) => planCheck(pb, pb.checks[name]);
    return {
        service: pb.service,
        stage: stage.name,
        index,
        of: pb.stages.length,
        weight: stage.weight,
        soak: formatSeconds(stage.soak),
        soakSeconds: stage.soak,
        interval: formatSeconds(stage.interval),
        intervalSeconds: stage.interval,
        minSoak: formatSeconds(stage.minSoak),
        minSoakSeconds: stage.minSoak,
        waitTimeout: formatSeconds(stage.waitTimeout),
        failureLimit: stage.failureLimit,
        errorLimit: stage.errorLimit,
        noData: stage.noData,
        waitFor: stage.waitFor.map(checkPlan),
        checks: stage.checks.map(checkPlan),
    };
}
/** The plans of every stage, in order. */
function planAll(pb) {
    return pb.stages.map((s) => plan_planStage(pb, s));
}
function planCheck(pb, check) {
    const described = check.description !== undefined ? { description: check.description } : {};
    switch (check.kind) {
        case "metric": {
            // The judge sends the baseline query for a baseline comparison only (judge/metric.ts).
            const withBaseline = check.baseline !== undefined && usesSelector(check.query);
            return {
                kind: "metric",
                name: check.name,
                ...described,
                query: check.query,
                canaryQuery: renderQuery(check.query, pb.selectors.canary).trim(),
                ...(withBaseline && { baselineQuery: renderQuery(check.query, pb.selectors.baseline).trim() }),
                ...(check.fail && { fail: check.fail.text }),
                ...(check.warn && { warn: check.warn.text }),
                ...(check.per !== undefined && { per: formatSeconds(check.per) }),
                ...(check.baseline && { baseline: tolerances(check.baseline), baselineSeverity: check.baseline.severity }),
                ...(check.spread && {
                    spread: {
                        by: check.spread.by,
                        ...(check.spread.fail && { fail: check.spread.fail.text }),
                        ...(check.spread.warn && { warn: check.spread.warn.text }),
                    },
                }),
            };
        }
        case "http":
            return {
                kind: "http",
                name: check.name,
                ...described,
                method: check.method,
                url: check.url,
                status: check.status,
                json: check.json,
                timeout: formatSeconds(check.timeout),
                retries: check.retries,
            };
        case "alerts":
            return { kind: "alerts", name: check.name, ...described, query: alertsQuery(check.match), severity: check.severity, preflight: check.preflight };
        case "sequential": {
            const side = (labels) => ({ events: renderQuery(check.events ?? check.good, labels).trim(), total: renderQuery(check.total, labels).trim() });
            return {
                kind: "sequential",
                name: check.name,
                ...described,
                counts: check.events !== undefined ? "events" : "good",
                maxRatio: check.maxRatio,
                alpha: check.alpha,
                confidence: `${Number(((1 - check.alpha) * 100).toPrecision(10))}%`,
                canaryQueries: side(pb.selectors.canary),
                baselineQueries: side(pb.selectors.baseline),
            };
        }
    }
}
function tolerances(b) {
    const either = (abs, ratio, sign) => abs && ratio ? [`at most ${sign}${abs.text} or ${sign}${ratio.text} of baseline`] : abs ? [`at most ${sign}${abs.text} vs baseline`] : ratio ? [`at most ${sign}${ratio.text} of baseline`] : [];
    return [...either(b.maxIncrease, b.maxIncreaseRatio, "+"), ...either(b.maxDecrease, b.maxDecreaseRatio, "-")];
}

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
function window_checkWindow(windows, now) {
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
        throw new Refusal(`The deployment window is closed: ${window.reason}. Nothing was changed. Set force: true to go on anyway.`);
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
        throw new Refusal(`GitHub deployment ${current.deployment.id} of ${state.service} ${state.targetVersion} was rolled back, though the state given says it is rolling out; start a new rollout (no state) to move traffic again.`);
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
    current = movedState(current, stage, deps.clock.now());
    try {
        deps.log.info(`Moving ${stage.weight}% of traffic to ${state.targetVersion} through ${deps.target.description} (stage ${stage.name}).`);
        await deps.target.move(step, previous);
        await deps.target.wait(step, previous);
    }
    catch (error) {
        if (error instanceof TargetError) {
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
        throw new TargetError(`Nothing was moved for ${state.service} ${state.targetVersion}, so there is nothing to promote.`);
    const step = { service: state.service, stage: state.stage, weight: state.weight, previousWeight: state.weight, version: state.targetVersion };
    deps.log.info(`Promoting ${state.targetVersion}: it becomes the stable version.`);
    try {
        await deps.target.promote(step, previous);
    }
    catch (error) {
        if (error instanceof TargetError) {
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
        digest: playbookDigest(request.playbook),
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

;// CONCATENATED MODULE: ./src/actions/shell.ts
/**
 * What every action shell shares: masking secrets, parsing inputs and loading the
 * playbook before anything else, and turning what escapes into annotations. This and
 * `deps.ts` are the only modules that speak the runner's protocol (`runner-commands.ts`).
 */










/**
 * Runs an action body and reports what escapes it: every problem of a
 * {@link ConfigurationError} as an error annotation on its file and line, a refusal (or a
 * GitHub call that failed, whose message names the permission to grant) as its message,
 * anything else as a bug. Never rejects.
 */
async function runShell(deps, body) {
    try {
        await body();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            reportProblems(error.problems, inputContext(deps.env).workspace);
        else if (error instanceof errors/* Refusal */.P_ || error instanceof types_TargetError || error instanceof types/* GitHubError */.y || error instanceof MoveFailed)
            setFailed(error.message);
        else
            setFailed((0,errors/* describeUnexpected */.Vp)(error));
    }
}
function reportProblems(problems, workspace) {
    for (const p of problems) {
        const message = p.path ? `${p.path}: ${p.message}` : p.message;
        if (p.file) {
            error(message, {
                title: "Playbook problem",
                // Annotations attach to files by their path in the repository.
                file: repositoryPath(p.file, workspace),
                ...(p.line !== undefined && { startLine: p.line }),
                ...(p.column !== undefined && { startColumn: p.column }),
            });
        }
        else {
            error(message, { title: p.path.startsWith("input ") ? "Input problem" : "Configuration problem" });
        }
    }
    const files = [...new Set(problems.flatMap((p) => (p.file ? [repositoryPath(p.file, workspace)] : [])))];
    const total = (0,errors/* problemCount */.bS)(problems);
    const count = total === 1 ? "1 problem" : `${total} problems`;
    setFailed(`${count} found${files.length > 0 ? ` in ${files.join(", ")}` : " in the inputs"}; see the errors above. Nothing was changed.`);
}
function repositoryPath(file, workspace) {
    if (!(0,external_node_path_.isAbsolute)(file))
        return file;
    const inside = (0,external_node_path_.relative)(workspace, file);
    return inside && !inside.startsWith("..") && !(0,external_node_path_.isAbsolute)(inside) ? inside.split("\\").join("/") : file;
}
/**
 * What every action does first: mask the secret inputs before anything is logged, parse
 * the inputs, load the playbook, and refuse a state from another service's run.
 */
async function prepare(table, parse, deps) {
    for (const secret of secretValues(table, deps.getInput))
        setSecret(secret);
    const inputs = parse(deps.getInput, inputContext(deps.env));
    // The parser (YAML, the playbook schema, the PromQL grammar) is loaded once the inputs
    // are known good and the file is read: a run stopped by either never pays for it.
    const text = await (0,read/* readPlaybookText */.ZM)(inputs.playbook, deps.files);
    const { parsePlaybook, loadPromqlGrammar, textLocator } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(863)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24863));
    await loadPromqlGrammar();
    const playbook = parsePlaybook(text, inputs.playbook);
    checkStateService(inputs.state, playbook, inputs.playbook);
    return { inputs, playbook, locate: () => textLocator(text) };
}
/** A state from another service's run is a wiring mistake in the workflow; refuse it. */
function checkStateService(state, playbook, file) {
    if (state && state.service !== playbook.service) {
        throw new errors/* ConfigurationError */.j1([
            {
                path: "input 'state'",
                message: `is for service ${(0,errors/* describeValue */.bp)(state.service)}, but the playbook ${file} is for ${(0,errors/* describeValue */.bp)(playbook.service)}; expected the state output of this playbook's steps`,
            },
        ]);
    }
}
/** The step fails with the report's message unless the report was accepted; otherwise its message is logged. */
function concludeStep(report, log, hint) {
    if (!report.accepted)
        throw new errors/* Refusal */.P_(report.conditional && hint ? `${report.message} ${hint}` : report.message);
    log.info(report.message);
}
/** Refuses, before anything moves, a target that cannot work: a script missing or not executable. */
function checkTargetReady(target, file, env, locate) {
    const problems = targetProblems(target, file, inputContext(env).workspace, locate());
    if (problems.length > 0)
        throw new errors/* ConfigurationError */.j1(problems);
}

;// CONCATENATED MODULE: ./src/actions/rollback/main.ts
/**
 * The rollback action: puts the target back as the state (or the latest GitHub deployment)
 * recorded it. Deployment windows never apply: an undo must always be possible.
 */











/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
async function run(overrides = {}) {
    const deps = actionDeps(overrides);
    await runShell(deps, async () => {
        const { inputs, playbook, locate } = await prepare(rollbackAction.inputs, parseRollbackInputs, deps);
        const target = target_requireTarget(playbook, inputs.playbook, "rollback");
        checkTargetReady(target, inputs.playbook, deps.env, locate);
        const connection = inputs.dryRun ? undefined : await resolveConnection(playbook, (0,stages/* verifyStage */.U0)(playbook), inputs.prometheus, ACTION_CONNECTION_NAMES, deps.files);
        const github = inputs.githubToken && !inputs.dryRun ? deps.github(inputs.githubToken) : undefined;
        const run = runFromEnv(deps.env);
        const request = {
            playbook,
            file: inputs.playbook,
            reason: inputs.reason,
            ...(inputs.state && { state: inputs.state }),
            dryRun: inputs.dryRun,
            trigger: { kind: "manual" },
            deployment: { environment: inputs.environment ?? defaultEnvironment(playbook, inputs.state) },
            openIssue: inputs.openIssue,
            ...(connection && { connection }),
            secrets: connectionSecrets(inputs.prometheus),
            ...(run && { run }),
        };
        const report = await perform("the rollback", deps, (signal) => restore(request, { clock: deps.clock, log: deps.log, connect: deps.connect, prober: deps.prober, target: deps.target(target, signal, { force: inputs.force }), ...(github && { github }) }, signal));
        concludeStep(report, deps.log);
    });
}

;// CONCATENATED MODULE: ./src/actions/rollback/index.ts

void run();

