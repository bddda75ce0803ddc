export const id = 931;
export const ids = [931];
export const modules = {

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPlaybook: () => (/* binding */ loadPlaybook),
  loadPlaybookSource: () => (/* binding */ loadPlaybookSource),
  textLocator: () => (/* reexport */ textLocator)
});

// UNUSED EXPORTS: DEFAULT_PLAYBOOK, MAX_PROBLEMS, loadPromqlGrammar, parsePlaybook

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/playbook/finding.ts
/**
 * A problem found in the playbook before it is located in the file. Schema issues, PromQL
 * errors and semantic checks all produce findings; the loader turns each into a located
 * {@link Problem} (file, line, column) from the YAML node the path leads to.
 */

const SIMPLE_KEY = /^[A-Za-z0-9_$-]{1,60}$/;
/** Renders a path the way messages show it: `stages[1].soak`, `checks.error-rate.query`. */
function formatPath(path) {
    let out = "";
    for (const segment of path) {
        if (typeof segment === "number")
            out += `[${segment}]`;
        else if (SIMPLE_KEY.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${(0,errors/* quote */.hD)(segment, 30)}]`;
    }
    return out;
}

// EXTERNAL MODULE: ./src/files.ts + 1 modules
var src_files = __webpack_require__(5657);
;// CONCATENATED MODULE: ./src/playbook/read.ts
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
        if (error instanceof src_files/* FileTooLarge */.Sv)
            throw new errors/* ConfigurationError */.j1([sizeProblem(error.bytes, file, MAX_FILE_BYTES)]);
        throw new errors/* ConfigurationError */.j1([{ file, path: "", message: (0,src_files/* readFailure */.f1)(error, "a playbook (the default is .github/deploy-playbook.yml)") }]);
    }
    // Files that cannot bound their read (a test's in-memory files) are measured here.
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_FILE_BYTES)
        throw new errors/* ConfigurationError */.j1([sizeProblem(bytes, file, MAX_FILE_BYTES)]);
    return text;
}
/** The problem of a file larger than `limit` bytes. */
function sizeProblem(bytes, file, limit) {
    return { file, line: 1, column: 1, path: "", message: `the file is ${formatBytes(bytes)}; expected a playbook of at most ${formatBytes(limit)}` };
}
function formatBytes(n) {
    return n >= 1e6 ? `${Number((n / 1e6).toFixed(1))} MB` : n >= 1e3 ? `${Number((n / 1e3).toFixed(1))} KB` : `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/playbook/guard.ts
/**
 * What the loader checks before, and beside, the schema so that hostile or odd input costs
 * little and reads as a user mistake: a file too large or not text at all, aliases that
 * expand without bound, keys written twice, more checks, stages or query text than any
 * playbook needs.
 */




/** The limits in force: 1 MB, 500 checks, 50 stages, 8,000 characters a query. */
const LIMITS = { fileBytes: MAX_FILE_BYTES, checks: 500, stages: 50, queryLength: 8_000 };
/**
 * Alias expansions allowed while building the document (the yaml package's own guard
 * against "billion laughs" documents). A playbook reusing a few anchors stays far below.
 */
const MAX_ALIAS_COUNT = 100;
/**
 * Problems with the text itself, found before it is parsed: too large, or binary (a NUL
 * byte, or bytes that are not UTF-8). Any of them stops the load.
 */
function textProblems(text, file, limits) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > limits.fileBytes)
        return [sizeProblem(bytes, file, limits.fileBytes)];
    const binary = text.search(/[\u0000\uFFFD]/);
    if (binary >= 0) {
        const { line, column } = position(text, binary);
        const what = text[binary] === "\u0000" ? "a NUL byte" : "bytes that are not UTF-8";
        return [{ file, line, column, path: "", message: `the file holds ${what}, so it is not a text file; expected a YAML playbook` }];
    }
    return [];
}
/**
 * Keys written twice in one mapping, each pointed at its second place. Found in one pass
 * with a set per mapping: the yaml package's own check compares every key with every
 * earlier one, which is quadratic in the size of a mapping.
 */
function duplicateKeyProblems(doc, lines, file) {
    const out = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map, ancestors) {
            const seen = new Map();
            for (const pair of map.items) {
                if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                const at = pair.key.range?.[0] ?? 0;
                const first = seen.get(key);
                if (first === undefined) {
                    seen.set(key, at);
                    continue;
                }
                const pos = lines.linePos(at);
                out.push({
                    file,
                    line: pos.line,
                    column: pos.col,
                    path: formatPath([...pathOf([...ancestors, map]), key]),
                    message: `duplicate key ${(0,errors/* describeName */.kw)(key)} (first at line ${lines.linePos(first).line}); each key may appear once in a mapping`,
                });
            }
        },
    });
    return out;
}
/**
 * YAML warnings as problems: the document reads, but not as the user meant. An unknown tag
 * (`!Ref`, `!!js/function`, YAML 1.1's `!!binary` and `!!set`) is pointed at the tag, with
 * the path of the value it tags; anything else (an unknown directive) keeps yaml's words.
 */
function warningProblems(doc, lines, text, file) {
    if (doc.warnings.length === 0)
        return [];
    // Each tagged node starts just after its tag.
    const tagged = [];
    (0,dist/* visit */.YR)(doc, {
        Node(_, node, ancestors) {
            if (node.tag && node.range)
                tagged.push({ at: node.range[0], path: pathOf([...ancestors, node]) });
        },
    });
    tagged.sort((a, b) => a.at - b.at);
    return doc.warnings.map((warning) => {
        const [start, end] = warning.pos;
        const pos = lines.linePos(start);
        const tag = /^![^\s]*/.exec(text.slice(start, start + 200))?.[0];
        if (warning.code !== "TAG_RESOLVE_FAILED" || !tag)
            return { file, line: pos.line, column: pos.col, path: "", message: `YAML: ${(0,errors/* clip */.$Q)(warning.message, 200)}` };
        const owner = tagged[firstAtOrAfter(tagged, end)];
        return {
            file,
            line: pos.line,
            column: pos.col,
            path: owner ? formatPath(owner.path) : "",
            message: `the tag ${(0,errors/* describeValue */.bp)(tag)} is not one a playbook uses; expected a plain value (remove the tag)`,
        };
    });
}
/** Index of the first of `sorted` (ascending by `at`) at or after `offset`; binary search, so a file of many tags stays linear. */
function firstAtOrAfter(sorted, offset) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid].at < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The document path of a node from its ancestors as `visit` gives them. */
function pathOf(ancestors) {
    const path = [];
    ancestors.forEach((node, i) => {
        const next = ancestors[i + 1];
        if ((0,dist/* isPair */.tO)(node) && (0,dist/* isScalar */.jn)(node.key))
            path.push(String(node.key.value));
        else if ((0,dist/* isSeq */.oP)(node) && next !== undefined)
            path.push(node.items.indexOf(next));
    });
    return path;
}
/**
 * The problem for a document whose aliases expand past {@link MAX_ALIAS_COUNT}: pointed at
 * the first alias of an anchor that itself holds aliases (the nesting that multiplies),
 * or else at the first alias.
 */
function aliasProblem(doc, lines, file) {
    const anchors = new Map();
    let first;
    let nested;
    (0,dist/* visit */.YR)(doc, (_, node) => {
        if (nested)
            return dist/* visit */.YR.BREAK;
        const n = node;
        if ((0,dist/* isAlias */.Vj)(n)) {
            first ??= n;
            const source = anchors.get(n.source);
            if (source && holdsAlias(source))
                nested = n;
        }
        else if (((0,dist/* isMap */.jh)(n) || (0,dist/* isSeq */.oP)(n) || (0,dist/* isScalar */.jn)(n)) && n.anchor) {
            anchors.set(n.anchor, n);
        }
        return undefined;
    });
    const alias = nested ?? first;
    const at = alias?.range?.[0] ?? 0;
    const pos = lines.linePos(at);
    const name = alias && (0,dist/* isAlias */.Vj)(alias) ? ` *${alias.source}` : "";
    return {
        file,
        line: pos.line,
        column: pos.col,
        path: "",
        message: `YAML alias${name} expands to more than ${MAX_ALIAS_COUNT} copies (aliases of anchors that hold aliases multiply); expected a playbook that writes its values out or reuses an anchor a few times`,
    };
}
/** Too many checks or stages, found on the raw document so they come with every other problem. */
function countFindings(raw, limits) {
    if (!isMapping(raw))
        return [];
    const out = [];
    const checks = raw["checks"];
    if (isMapping(checks)) {
        const n = Object.keys(checks).length;
        if (n > limits.checks)
            out.push({ path: ["checks"], message: `${n} checks; expected at most ${limits.checks}` });
    }
    const stages = raw["stages"];
    if (Array.isArray(stages) && stages.length > limits.stages) {
        out.push({ path: ["stages"], message: `${stages.length} stages; expected at most ${limits.stages}` });
    }
    return out;
}
function holdsAlias(node) {
    let found = false;
    (0,dist/* visit */.YR)(node, (_, n) => {
        if ((0,dist/* isAlias */.Vj)(n)) {
            found = true;
            return dist/* visit */.YR.BREAK;
        }
        return undefined;
    });
    return found;
}
function isMapping(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function position(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}

// EXTERNAL MODULE: ./src/playbook/fields.ts
var fields = __webpack_require__(8126);
;// CONCATENATED MODULE: ./src/playbook/issues.ts


const TYPE_NAMES = {
    string: "a string",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "a mapping",
    record: "a mapping",
    array: "a list",
};
// zod's default English messages; anything else was written for this schema and is kept.
const GENERIC = /^(Invalid|Too (small|big)|Unrecognized)/;
/** Translates every issue of a failed parse of `data` against `schema`. */
function issueFindings(issues, data, schema) {
    return issues.flatMap((issue) => translate(issue, [], data, schema));
}
function translate(issue, base, data, schema) {
    const path = [...base, ...issue.path.map((s) => (typeof s === "number" ? s : String(s)))];
    const { present, value } = lookup(data, path);
    const last = path.at(-1);
    const hint = expectedAt(schema, path, data);
    const found = `found ${(0,errors/* describeValue */.bp)(value)}`;
    switch (issue.code) {
        case "unrecognized_keys": {
            const allowed = keysAt(schema, path, data);
            return issue.keys.map((key) => ({
                path: [...path, key],
                at: "key",
                message: `unknown key ${(0,errors/* describeName */.kw)(key)}${allowed ? `; expected one of: ${allowed.join(", ")}` : ""}${suggest(key, allowed)}`,
            }));
        }
        case "invalid_key": {
            const why = issue.issues.map((i) => i.message).find((m) => !GENERIC.test(m));
            return [{ path, at: "key", message: why ?? `unexpected key ${(0,errors/* describeName */.kw)(String(last))}` }];
        }
        case "invalid_union":
            return translateUnion(issue, path, value, data, schema);
        case "invalid_type":
        case "invalid_value":
            if (!present && path.length > 0) {
                return [{ path, at: "parent", message: `missing required key '${String(last)}'${hint ? ` (${hint})` : ""}` }];
            }
            if (issue.code === "invalid_value") {
                const values = issue.values.map((v) => String(v));
                if (GENERIC.test(issue.message))
                    return [{ path, message: `expected ${values.length > 1 ? "one of " : ""}${values.join(", ")}, ${found}` }];
            }
            else if (GENERIC.test(issue.message)) {
                const expected = path.length === 0 ? "a mapping (the playbook)" : (hint ?? TYPE_NAMES[issue.expected] ?? issue.expected);
                return [{ path, message: `expected ${expected}, ${found}` }];
            }
            break;
        case "too_small":
            if (GENERIC.test(issue.message)) {
                const expected = issue.origin === "array"
                    ? `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`
                    : issue.origin === "string"
                        ? "a non-empty string"
                        : (hint ?? `a number of at least ${issue.minimum}`);
                return [{ path, message: `expected ${expected}, ${found}` }];
            }
            break;
        case "too_big":
            if (GENERIC.test(issue.message)) {
                const expected = issue.origin === "number" ? (hint ?? `a number of at most ${issue.maximum}`) : `at most ${issue.maximum} items`;
                return [{ path, message: `expected ${expected}, ${found}` }];
            }
            break;
    }
    const message = GENERIC.test(issue.message) ? `${issue.message}, ${found}` : issue.message;
    return [{ path, message: !present || message.includes("found") ? message : `${message}, ${found}` }];
}
/**
 * A union of mappings (the check kinds) is told apart by the required key present, so the
 * user sees the complaints of the kind they meant. Unions of scalars list the types.
 */
function translateUnion(issue, path, value, data, schema) {
    const at = schemaAt(schema, path, data);
    const union = at && unwrap(at);
    const options = union && def(union).type === "union" ? def(union).options.map(unwrap) : [];
    const mappings = options.filter((o) => def(o).type === "object");
    if (mappings.length > 0 && mappings.length === options.length) {
        // Each kind is named by its first required key that no other kind has.
        const names = mappings.map((m, i) => requiredKeys(m).find((k) => mappings.every((o, j) => j === i || !(k in shape(o)))) ?? "");
        const listed = orList(names.filter(Boolean));
        if (!issues_isMapping(value))
            return [{ path, message: `expected a mapping with one of ${listed}, found ${(0,errors/* describeValue */.bp)(value)}` }];
        const present = names.filter((n) => n && n in value);
        if (present.length > 1) {
            return [{ path, message: `expected exactly one of ${listed}, found ${present.join(" and ")}` }];
        }
        if (present.length === 0) {
            const keys = Object.keys(value);
            return [{ path, message: `expected one of ${listed}${keys.length ? `, found ${keys.slice(0, 10).map((k) => (0,errors/* describeName */.kw)(k).replace(/^'(.*)'$/, "$1")).join(", ")}${keys.length > 10 ? ` and ${keys.length - 10} more` : ""}` : ""}` }];
        }
        const chosen = names.indexOf(present[0]);
        return (issue.errors[chosen] ?? []).flatMap((sub) => translate(sub, path, data, schema));
    }
    const expected = [...new Set(issue.errors.flat().filter((e) => e.code === "invalid_type").map((e) => (e.code === "invalid_type" ? TYPE_NAMES[e.expected] ?? e.expected : "")))];
    if (expected.length === 0)
        return issue.errors.flat().flatMap((sub) => translate(sub, path, data, schema));
    return [{ path, message: `expected ${orList(expected)}, found ${(0,errors/* describeValue */.bp)(value)}` }];
}
function lookup(data, path) {
    let value = data;
    for (const segment of path) {
        if (value === null || typeof value !== "object" || !(segment in value))
            return { present: false, value: undefined };
        value = value[segment];
    }
    return { present: true, value };
}
function def(s) {
    return s._zod.def;
}
/** Looks through wrappers (optional, transforms, pipes) to the schema that checks the input. */
function unwrap(s) {
    for (;;) {
        const d = def(s);
        if (d.type === "pipe")
            s = d.in;
        else if (["optional", "nullable", "default", "readonly", "prefault", "catch", "nonoptional"].includes(d.type))
            s = d.innerType;
        else
            return s;
    }
}
function shape(s) {
    return (def(s).shape ?? {});
}
function requiredKeys(s) {
    return Object.entries(shape(s))
        .filter(([, v]) => v._zod.optin !== "optional")
        .map(([k]) => k);
}
/**
 * The schema declared for the value at `path`, wrappers and all; unions pick the option
 * whose keys the value has.
 */
function schemaAt(schema, path, data) {
    let s = schema;
    let value = data;
    for (const segment of path) {
        if (!s)
            return undefined;
        s = pickOption(unwrap(s), value);
        const d = def(s);
        if (d.type === "object")
            s = shape(s)[String(segment)];
        else if (d.type === "record")
            s = d.valueType;
        else if (d.type === "array")
            s = d.element;
        else
            return undefined;
        value = issues_isMapping(value) || Array.isArray(value) ? value[segment] : undefined;
    }
    return s;
}
/** What the field at `path` expects, in words, from the `forms` registry of any layer. */
function expectedAt(schema, path, data) {
    for (let s = schemaAt(schema, path, data); s;) {
        const form = fields/* forms */.uO.get(s)?.expected;
        if (form)
            return form;
        const d = def(s);
        s = d.type === "pipe" ? d.in : d.innerType;
    }
    return undefined;
}
function pickOption(s, value) {
    const d = def(s);
    if (d.type !== "union" || !issues_isMapping(value))
        return s;
    const options = d.options.map(unwrap);
    return options.find((o) => requiredKeys(o).some((k) => k in value)) ?? s;
}
function keysAt(schema, path, data) {
    const s = schemaAt(schema, path, data);
    if (!s)
        return undefined;
    const picked = pickOption(unwrap(s), lookup(data, path).value);
    return def(picked).type === "object" ? Object.keys(shape(picked)) : undefined;
}
function issues_isMapping(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function orList(items) {
    return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
/** "did you mean" for a key one or two edits away from an allowed one. */
function suggest(key, allowed) {
    const best = allowed?.map((a) => [a, distance(key.toLowerCase(), a)]).sort((x, y) => x[1] - y[1])[0];
    return best && best[1] <= 2 ? ` (did you mean '${best[0]}'?)` : "";
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = row[j];
            row[j] = next;
        }
    }
    return row[b.length];
}

// EXTERNAL MODULE: ./src/playbook/promql.ts
var promql = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/playbook/schema.ts + 3 modules
var schema = __webpack_require__(1810);
// EXTERNAL MODULE: ./src/playbook/quantity.ts
var quantity = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/playbook/check-schema.ts
var check_schema = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/playbook/stages.ts
var stages = __webpack_require__(1708);
;// CONCATENATED MODULE: ./src/playbook/signoff-semantics.ts
/**
 * Role references in `require`, `require-by-change-type` and `conditional-acknowledged-by`,
 * and the environment every role that can be required approves in, from the raw document.
 */
function signoffReferenceFindings(raw) {
    const signoff = signoff_semantics_isMapping(raw) ? raw["signoff"] : undefined;
    if (!signoff_semantics_isMapping(signoff) || !signoff_semantics_isMapping(signoff["roles"]))
        return [];
    const roles = signoff["roles"];
    const known = Object.keys(roles);
    const out = [];
    const required = new Set();
    const list = (value, path) => {
        if (!Array.isArray(value))
            return;
        value.forEach((r, j) => {
            if (typeof r !== "string")
                return;
            if (!known.includes(r))
                out.push({ path: [...path, j], message: `no role named '${r}'; expected one of: ${known.join(", ") || "(no roles defined)"}` });
            else if (value.indexOf(r) !== j)
                out.push({ path: [...path, j], message: `role '${r}' is listed twice` });
            else
                required.add(r);
        });
    };
    if (signoff["require"] === undefined)
        known.forEach((r) => required.add(r));
    list(signoff["require"], ["signoff", "require"]);
    const byType = signoff["require-by-change-type"];
    if (signoff_semantics_isMapping(byType))
        Object.entries(byType).forEach(([type, roleNames]) => list(roleNames, ["signoff", "require-by-change-type", type]));
    list(signoff["conditional-acknowledged-by"], ["signoff", "conditional-acknowledged-by"]);
    // A role with no environment of its own approves in the sign-off's; with neither, no
    // reviewer could ever approve for it and the sign-off could only reject.
    if (signoff["environment"] === undefined) {
        for (const r of required) {
            const role = roles[r];
            if (signoff_semantics_isMapping(role) && role["environment"] === undefined) {
                out.push({
                    path: ["signoff", "roles", r, "environment"],
                    at: "parent",
                    message: `role '${r}' can be required but names no environment, and signoff names none for it; expected environment: signoff-${r} on the role (its required reviewers are the role), or signoff.environment for the roles that name none`,
                });
            }
        }
    }
    return out;
}
/** Problems of a schema-valid `signoff` section. */
function signoffFindings(pb) {
    const s = pb.signoff;
    if (!s)
        return [];
    if (Object.keys(s.roles).length === 0) {
        return [{ path: ["signoff", "roles"], message: "expected at least one role, like engineering-lead: { teams: [eng-leads] }" }];
    }
    return Object.entries(s.roles).flatMap(([name, role]) => 
    // Only a team can grow; a list of users caps how many people can ever approve.
    role.teams.length === 0 && role.count > role.users.length
        ? [{
                path: ["signoff", "roles", name, "count"],
                message: `role '${name}' asks for ${role.count} approvers but names only ${role.users.length} user${role.users.length === 1 ? "" : "s"} and no team; expected count at most ${role.users.length}, or more users or a team`,
            }]
        : []);
}
function signoff_semantics_isMapping(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/playbook/semantics.ts
/**
 * Checks that need the whole playbook. References between sections, the order of stages
 * and PromQL are checked on the raw document, so they are reported alongside schema
 * mistakes (a user fixing two typos should not then meet a third); checks that need
 * parsed values (units, limits, windows) run once the schema has passed.
 */








/** Every semantic problem of a schema-valid playbook. */
function semanticFindings(pb) {
    const sequential = Object.values(pb.checks).flatMap((c) => (c.kind === "sequential" ? sequentialFindings(c, pb) : []));
    return [...partsFindings({ ...pb, checks: Object.values(pb.checks), stages: pb.stages.map((s, i) => [i, s]) }), ...sequential, ...signoffFindings(pb)];
}
/**
 * The semantic problems of the parts of an invalid playbook that are valid on their own:
 * a check whose warn lies past its fail is reported even when a stage elsewhere has a bad
 * weight. Parts that fail the schema are left to the schema's messages.
 */
function partialFindings(raw) {
    if (!semantics_isMapping(raw))
        return [];
    const shape = schema/* playbookSchema */.z.shape;
    const part = (schema, value) => {
        if (value === undefined)
            return undefined;
        const r = schema.safeParse(value);
        return r.success ? r.data : undefined;
    };
    const checks = semantics_isMapping(raw["checks"])
        ? Object.entries(raw["checks"]).flatMap(([name, c]) => {
            const parsed = part(check_schema/* check */.z6, c);
            return parsed ? [{ name, ...parsed }] : [];
        })
        : [];
    const stages = Array.isArray(raw["stages"])
        ? raw["stages"].flatMap((s, i) => {
            const parsed = part(shape.stages.element, s);
            return parsed ? [[i, parsed]] : [];
        })
        : [];
    const selectors = part(shape.selectors, raw["selectors"]);
    const signoff = part(shape.signoff, raw["signoff"]);
    const windows = part(shape.windows, raw["windows"]);
    const target = part(shape.target, raw["target"]);
    // Whether the queries use $selector is read from the raw text, valid checks or not.
    const queried = semantics_isMapping(raw["checks"]) && Object.values(raw["checks"]).some((c) => semantics_isMapping(c) && ((typeof c["query"] === "string" && (0,promql/* usesSelector */.iA)(c["query"])) || semantics_isMapping(c["sequential"])));
    return partsFindings({ checks, stages, ...(selectors && { selectors }), ...(signoff && { signoff }), ...(windows && { windows }), ...(target && { target }) }, queried);
}
function partsFindings(p, queried = p.checks.some((c) => (c.kind === "metric" && (0,promql/* usesSelector */.iA)(c.query)) || c.kind === "sequential")) {
    return [
        ...stageFindings(p.stages),
        ...p.checks.flatMap((c) => (c.kind === "metric" ? metricFindings(c) : [])),
        ...(p.selectors ? selectorFindings(p.selectors, queried) : []),
        ...windowFindings(p.windows),
        ...otherFindings(p.target),
    ];
}
/** The counters of a sequential check, by key. */
const COUNTER_KEYS = ["events", "good", "total"];
/**
 * PromQL errors of every `checks.*.query` and `checks.*.sequential.{events,good,total}`
 * that is a string, whatever else is wrong; and a sequential check's counters: events or
 * good, each a plain selector with `$selector`. A query longer than `maxLength` is reported
 * as such and not parsed.
 */
function queryFindings(raw, maxLength = LIMITS.queryLength) {
    const checks = semantics_isMapping(raw) ? raw["checks"] : undefined;
    if (!semantics_isMapping(checks))
        return [];
    return Object.entries(checks).flatMap(([name, check]) => {
        if (!semantics_isMapping(check))
            return [];
        const sequential = check["sequential"];
        const queries = semantics_isMapping(sequential)
            ? COUNTER_KEYS.map((key) => [["checks", name, "sequential", key], sequential[key]])
            : [[["checks", name, "query"], check["query"]]];
        const counters = semantics_isMapping(sequential) ? counterFindings(sequential, ["checks", name, "sequential"]) : [];
        return [...counters, ...queries.flatMap(([path, query]) => {
                if (typeof query !== "string" || query.length === 0)
                    return [];
                if (query.length > maxLength)
                    return [{ path, message: `the query is ${query.length} characters long; expected at most ${maxLength}` }];
                const error = (0,promql/* validateQuery */.B4)(query);
                if (error)
                    return [{ path, offset: error.offset, message: `PromQL does not parse at column ${error.offset + 1} of the query: ${error.message}` }];
                if (!semantics_isMapping(sequential))
                    return [];
                const problem = (0,promql/* selectorProblem */.fY)(query);
                if (problem)
                    return [{ path, message: problem }];
                if ((0,promql/* usesSelector */.iA)(query))
                    return [];
                const example = query.includes("{") ? query.replace("}", ", $selector}") : `${query}{$selector}`;
                return [{ path, message: `expected $selector in the braces, where the canary and baseline matchers go, like ${example}` }];
            })];
    });
}
/** A sequential check counts its events one way: `events`, or `good` (events = total - good). */
function counterFindings(sequential, path) {
    const has = (key) => sequential[key] !== undefined;
    if (has("events") && has("good")) {
        return [{ path: [...path, "good"], message: "expected events or good, found both; give events for errors, or good for requests within a limit (events = total - good)" }];
    }
    if (!has("events") && !has("good")) {
        return [{ path, at: "parent", message: "expected events (a counter of errors) or good (a counter of requests that are not events, like a histogram bucket); found neither" }];
    }
    return [];
}
/** True when a check reads Prometheus, so a Prometheus URL must come from the file or the inputs. */
function needsPrometheus(pb) {
    return Object.values(pb.checks).some(readsPrometheus);
}
function stageFindings(stages) {
    const out = [];
    stages.forEach(([i, stage]) => {
        const at = (...rest) => ["stages", i, ...rest];
        if (stage.interval > stage.soak) {
            out.push({ path: at("interval"), message: `interval ${(0,quantity/* formatSeconds */.Xo)(stage.interval)} is longer than the soak ${(0,quantity/* formatSeconds */.Xo)(stage.soak)}; expected at most the soak` });
        }
        if (stage.minSoak > stage.soak) {
            out.push({ path: at("min-soak"), message: `min-soak ${(0,quantity/* formatSeconds */.Xo)(stage.minSoak)} is longer than the soak ${(0,quantity/* formatSeconds */.Xo)(stage.soak)}; expected at most the soak` });
        }
        // A soak with nothing to watch would end in a go with no data behind it.
        if (stage.soak > 0 && stage.checks.length === 0) {
            out.push({ path: at("checks"), at: "parent", message: `stage '${stage.name}' soaks for ${(0,quantity/* formatSeconds */.Xo)(stage.soak)} but holds no checks; expected checks: [...] naming at least one check` });
        }
    });
    return out;
}
/**
 * References and order, read from the raw document whatever else is wrong with it: a stage
 * naming a check that does not exist, a check listed twice, duplicate stage names, weights
 * that do not increase, rollback.verify naming what is not there, and the sign-off's roles
 * (`signoff-semantics.ts`).
 * Values of the wrong type are left to the schema's own messages.
 */
function referenceFindings(raw) {
    if (!semantics_isMapping(raw))
        return [];
    const out = [];
    const known = semantics_isMapping(raw["checks"]) ? new Set(Object.keys(raw["checks"])) : undefined;
    const names = (list, path) => {
        if (!Array.isArray(list))
            return;
        const listed = new Set();
        list.forEach((n, j) => {
            if (typeof n !== "string")
                return;
            if (known && !known.has(n))
                out.push({ path: [...path, j], message: unknownCheck(n, [...known]) });
            if (listed.has(n))
                out.push({ path: [...path, j], message: `check ${(0,errors/* describeName */.kw)(n)} is listed twice` });
            listed.add(n);
        });
    };
    const seen = new Map();
    let previous;
    (Array.isArray(raw["stages"]) ? raw["stages"] : []).forEach((stage, i) => {
        if (!semantics_isMapping(stage))
            return;
        const { name, weight } = stage;
        if (typeof name === "string") {
            const first = seen.get(name);
            if (first !== undefined)
                out.push({ path: ["stages", i, "name"], message: `duplicate stage name ${(0,errors/* describeName */.kw)(name)} (also stages[${first}])` });
            else
                seen.set(name, i);
        }
        if (typeof weight === "number") {
            if (previous && weight <= previous.weight) {
                out.push({ path: ["stages", i, "weight"], message: `weight ${weight} is not above the previous stage's ${previous.weight} (stages[${previous.index}]); weights must increase` });
            }
            previous = { weight, index: i };
        }
        names(stage["checks"], ["stages", i, "checks"]);
        names(stage["wait-for"], ["stages", i, "wait-for"]);
    });
    if (semantics_isMapping(raw["rollback"]))
        names(raw["rollback"]["verify"], ["rollback", "verify"]);
    out.push(...signoffReferenceFindings(raw));
    return out;
}
function unknownCheck(name, known) {
    const shown = known.length > 20 ? `${known.slice(0, 20).join(", ")} and ${known.length - 20} more` : known.join(", ");
    return `no check named ${(0,errors/* describeName */.kw)(name)}; expected one of: ${shown || "(no checks defined)"}`;
}
/** A sequential check judges a whole soak: it cannot be waited for or verified after a rollback, which are single looks. */
function sequentialFindings(c, pb) {
    const out = [];
    const single = (list, path, what) => list.forEach((name, j) => {
        if (name === c.name)
            out.push({ path: [...path, j], message: `${(0,errors/* describeName */.kw)(name)} is a sequential check, which judges a whole soak; ${what} takes a single look, expected a check with query, http or alerts` });
    });
    pb.stages.forEach((stage, i) => single(stage.waitFor, ["stages", i, "wait-for"], "wait-for"));
    single(pb.rollback.verify, ["rollback", "verify"], "rollback.verify");
    return out;
}
function metricFindings(c) {
    const out = [];
    const at = (...rest) => ["checks", c.name, ...rest];
    if (!c.fail && !c.warn && !c.baseline && !c.spread) {
        out.push({ path: at(), message: "the check judges nothing; expected at least one of fail, warn, baseline or spread" });
    }
    out.push(...limitPair(c.fail, c.warn, at("warn")));
    if (c.spread)
        out.push(...limitPair(c.spread.fail, c.spread.warn, at("spread", "warn")));
    const dimension = (c.fail ?? c.warn)?.quantity.dimension;
    if (c.baseline && dimension) {
        for (const [key, q] of [["max-increase", c.baseline.maxIncrease], ["max-decrease", c.baseline.maxDecrease]]) {
            if (q && q.dimension !== dimension && q.dimension !== "number") {
                out.push({ path: at("baseline", key), message: `${q.text} is ${article(q.dimension)} but the check's fail and warn are ${article(dimension)}; expected the same unit` });
            }
        }
    }
    if (c.baseline && !(0,promql/* usesSelector */.iA)(c.query)) {
        out.push({ path: at("query"), message: "a baseline comparison needs $selector in the query, where the canary and baseline matchers go" });
    }
    return out;
}
/** fail and warn of one check must measure the same thing, and warn must come first. */
function limitPair(fail, warn, path) {
    if (!fail || !warn)
        return [];
    if (fail.quantity.dimension !== warn.quantity.dimension) {
        return [{ path, message: `warn "${warn.text}" is ${article(warn.quantity.dimension)} but fail "${fail.text}" is ${article(fail.quantity.dimension)}; expected the same unit` }];
    }
    const upward = (op) => op.startsWith(">");
    if (upward(fail.op) !== upward(warn.op)) {
        return [{ path, message: `warn "${warn.text}" and fail "${fail.text}" point in opposite directions; expected both with > or both with <` }];
    }
    const [w, f] = [warn.quantity.value, fail.quantity.value];
    if (upward(fail.op) ? w > f : w < f) {
        return [{ path, message: `warn "${warn.text}" is past fail "${fail.text}", so it could never apply; expected warn ${upward(fail.op) ? "at or below" : "at or above"} fail` }];
    }
    return [];
}
function article(d) {
    return { ratio: "a percentage", duration: "a duration", bytes: "a size", number: "a plain number" }[d] ?? d;
}
function selectorFindings(selectors, queried) {
    const { canary, baseline } = selectors;
    const out = [];
    if (queried && Object.keys(canary).length === 0) {
        out.push({ path: ["selectors", "canary"], message: "expected at least one label matcher, like { version: canary }; queries use $selector" });
    }
    if (queried && Object.keys(baseline).length === 0) {
        out.push({ path: ["selectors", "baseline"], message: "expected at least one label matcher, like { version: stable }; queries use $selector" });
    }
    const same = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
    if (Object.keys(canary).length > 0 && same(canary, baseline)) {
        out.push({ path: ["selectors", "baseline"], message: "the baseline selector is the same as the canary's; expected labels that tell them apart" });
    }
    return out;
}
function windowFindings(w) {
    if (!w)
        return [];
    const out = [];
    const spans = (key, list) => list.forEach((span, i) => {
        if (span.from >= span.to) {
            out.push({ path: ["windows", key, i, "to"], message: `the window ${span.text} ends before it starts; expected to after from (split a window crossing midnight in two)` });
        }
    });
    spans("allow", w.allow);
    spans("deny", w.deny);
    w.freeze.forEach((f, i) => {
        for (const key of ["from", "to"]) {
            if (!isCalendarDate(f[key]))
                out.push({ path: ["windows", "freeze", i, key], message: `expected a calendar date YYYY-MM-DD, found ${(0,errors/* describeValue */.bp)(f[key])}` });
        }
        if (f.from > f.to)
            out.push({ path: ["windows", "freeze", i, "to"], message: `the freeze ends (${f.to}) before it starts (${f.from}); expected to on or after from` });
    });
    return out;
}
function otherFindings(t) {
    if (t?.kind === "kubernetes" && t.canaryDeployment === t.deployment) {
        return [{ path: ["target", "kubernetes", "canary-deployment"], message: `the canary Deployment is the stable one ('${t.deployment}'); expected a different Deployment` }];
    }
    return [];
}
function isCalendarDate(text) {
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}
function semantics_isMapping(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/playbook/source-map.ts
/**
 * Points a document path at its place in the YAML text, so every problem carries the line
 * and column a user can jump to.
 */

/** Builds a {@link Locator} over a parsed document and the text it came from. */
function sourceMap(doc, lines, text) {
    const position = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    // Pairs of each mapping by key, built on first use: a lookup per finding stays constant
    // time however many keys a mapping has.
    const index = new WeakMap();
    const pairOf = (map, key) => {
        let byKey = index.get(map);
        if (!byKey) {
            byKey = new Map();
            for (const p of map.items) {
                const k = (0,dist/* isPair */.tO)(p) ? keyText(p.key) : undefined;
                if (k !== undefined && !byKey.has(k))
                    byKey.set(k, p);
            }
            index.set(map, byKey);
        }
        return byKey.get(key);
    };
    return ({ path, at = "value", offset }) => {
        const target = at === "parent" ? path.slice(0, -1) : path;
        const found = walk(doc.contents, target, pairOf);
        const node = at === "key" && found.depth === target.length ? found.key : found.node;
        const start = node?.range?.[0] ?? 0;
        if (offset !== undefined && found.depth === target.length && (0,dist/* isScalar */.jn)(node) && node.range) {
            const inner = innerOffset(node, text, offset);
            if (inner !== undefined)
                return position(start + inner);
        }
        return position(start);
    };
}
/**
 * A {@link Locator} over playbook text that has already loaded, for checks that run after
 * the loader (the scripts a command target names must exist in the repository).
 */
function textLocator(text) {
    const lines = new dist/* LineCounter */.HN();
    return sourceMap((0,dist/* parseDocument */.Tp)(text, { lineCounter: lines }), lines, text);
}
function walk(root, path, pairOf) {
    let node = root;
    let key;
    let depth = 0;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairOf(node, String(segment));
            if (!pair)
                break;
            key = pair.key;
            // A key with no value (`soak:`) has no node: point at the key.
            node = pair.value ?? key;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === "number" && node.items[segment] !== undefined) {
            key = undefined;
            node = node.items[segment];
        }
        else
            break;
        depth++;
    }
    return { node, key, depth };
}
function keyText(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : undefined;
}
/**
 * Where character `offset` of a string value sits in the source. Exact for one-line plain
 * scalars and for quoted ones without escapes; other forms (block scalars, escapes) point
 * at the start of the value.
 */
function innerOffset(node, text, offset) {
    const [start, end] = node.range;
    const raw = text.slice(start, end);
    const value = String(node.value);
    if (raw.includes("\n"))
        return undefined;
    if (node.type === dist/* Scalar */.X5.PLAIN && raw === value)
        return offset;
    if ((node.type === dist/* Scalar */.X5.QUOTE_DOUBLE || node.type === dist/* Scalar */.X5.QUOTE_SINGLE) && raw.slice(1, -1) === value) {
        return offset + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/playbook/load.ts
/**
 * The one place a playbook file is read. YAML syntax, the schema, PromQL and the checks
 * across sections all run before anything else happens, and every problem found is
 * reported at once, each with its file, line, column and path.
 */










/** Default location of the playbook in a repository. */
const DEFAULT_PLAYBOOK = ".github/deploy-playbook.yml";
/**
 * Parses playbook text, once the PromQL grammar is loaded (await {@link loadPromqlGrammar}
 * first; a parse without it is a bug and throws). `file` names it in problems. Throws a
 * {@link ConfigurationError} listing every problem, sorted by position. Only two things
 * stop the checks early: text
 * that cannot be read as YAML (too large, binary, a syntax error, an alias bomb), and
 * the checks across a part's fields (warn against fail, interval against soak) on a part
 * that is itself invalid.
 */
function parsePlaybook(text, file, limits = LIMITS) {
    const unreadable = textProblems(text, file, limits);
    if (unreadable.length > 0)
        throw new errors/* ConfigurationError */.j1(unreadable);
    const lines = new dist/* LineCounter */.HN();
    // Duplicate keys are found by duplicateKeyProblems, in linear time, and reported with the rest.
    // A playbook is plain data: YAML 1.1's !!binary, !!set and the like are refused as
    // unknown tags (below), never turned into bytes or sets the schema would misdescribe.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, resolveKnownTags: false });
    if (doc.errors.length > 0) {
        throw new errors/* ConfigurationError */.j1(
        // One syntax error sets off a cascade (an unquoted `{` in a flow mapping yields dozens
        // of "unexpected token" errors down the file), so only the first is worth reading.
        doc.errors.slice(0, 1).map((e) => {
            const pos = lines.linePos(e.pos[0]);
            return { file, line: pos.line, column: pos.col, path: "", message: `YAML: ${yamlMessage((0,errors/* clip */.$Q)(e.message, 200), text, pos.line, e.code)}` };
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // The yaml package's guard against alias bombs throws; anything else is our bug.
        if (error instanceof ReferenceError && /alias/i.test(error.message))
            throw new errors/* ConfigurationError */.j1([aliasProblem(doc, lines, file)]);
        throw error;
    }
    const locate = sourceMap(doc, lines, text);
    const problem = (f) => ({ file, ...locate(f), path: formatPath(f.path), message: f.message });
    const duplicates = [...duplicateKeyProblems(doc, lines, file), ...warningProblems(doc, lines, text, file)];
    if (data === null || data === undefined) {
        throw new errors/* ConfigurationError */.j1([{ file, line: 1, column: 1, path: "", message: "the file is empty; expected a playbook starting with version: 1" }]);
    }
    const parsed = schema/* playbookSchema */.z.safeParse(data);
    const findings = [...countFindings(data, limits), ...queryFindings(data, limits.queryLength), ...referenceFindings(data)];
    if (!parsed.success) {
        // Every part that is valid on its own still gets the checks across its fields.
        findings.push(...issueFindings(parsed.error.issues, data, schema/* playbookSchema */.z), ...partialFindings(data));
        throw located([...duplicates, ...findings.map(problem)]);
    }
    const playbook = (0,schema/* toPlaybook */.$)(parsed.data);
    findings.push(...semanticFindings(playbook));
    if (findings.length > 0 || duplicates.length > 0)
        throw located([...duplicates, ...findings.map(problem)]);
    return playbook;
}


/**
 * Reads and parses a playbook file; `path` is where to read it, `file` how problems name
 * it (the path as the user gave it). A missing, unreadable or oversized file is a
 * {@link ConfigurationError}. Loads the PromQL grammar first.
 */
async function loadPlaybook(path, files, file = path) {
    return (await loadPlaybookSource(path, files, file)).playbook;
}
/** As {@link loadPlaybook}, with the text as read, for whoever must point at its lines later. */
async function loadPlaybookSource(path, files, file = path) {
    const text = await readPlaybookText(path, files, file);
    await (0,promql/* loadPromqlGrammar */.H6)();
    return { playbook: parsePlaybook(text, file), text };
}
/** At most this many problems are listed; a file with more was not written as a playbook. */
const MAX_PROBLEMS = 200;
/**
 * Sorted by position, each problem once (two checks may reach the same conclusion), the
 * first {@link MAX_PROBLEMS} of them and then one line that counts the rest.
 */
function located(problems) {
    const order = (p) => (p.line ?? 0) * 1e5 + (p.column ?? 0);
    const unique = [...new Map(problems.map((p) => [(0,errors/* formatProblem */.Vw)(p), p])).values()].sort((a, b) => order(a) - order(b));
    if (unique.length <= MAX_PROBLEMS)
        return new errors/* ConfigurationError */.j1(unique);
    const next = unique[MAX_PROBLEMS];
    const rest = unique.length - MAX_PROBLEMS;
    return new errors/* ConfigurationError */.j1([
        ...unique.slice(0, MAX_PROBLEMS),
        { file: next.file, line: next.line, column: next.column, path: "", message: `${rest} more problems from here on are not listed; fix the ones above first`, unlisted: rest },
    ]);
}
function yamlMessage(message, text, line, code) {
    if (code === "MULTIPLE_DOCS")
        return "the file holds a second YAML document (after ---); expected one playbook per file";
    // The yaml package reports its own stack overflow on absurd nesting as an error.
    if (/Maximum call stack/.test(message))
        return "the document nests too deeply to be read; expected a playbook a few levels deep";
    const source = text.split(/\r?\n/)[line - 1] ?? "";
    // `fail: > 5%` reads as a folded block scalar in YAML; the fix is quoting.
    if (/:\s*[>|][^\n]*\S/.test(source) && /:\s*[>|]\s*[<>=]?\s*[\d.]/.test(source)) {
        return `${message}; a limit starting with > or < must be quoted, like fail: "> 5%"`;
    }
    // PromQL braces and brackets end a { } mapping early unless the value is quoted.
    if (/\{[^}]*:[^'"]*[{[]/.test(source) && /flow|Unexpected/.test(message)) {
        return `${message}; inside a { } mapping, a value containing { } [ ] or , must be quoted, like query: 'rate(x_total{$selector}[5m])'`;
    }
    return message;
}


/***/ })

};
