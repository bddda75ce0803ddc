export const id = 863;
export const ids = [863];
export const modules = {

/***/ 24863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPromqlGrammar: () => (/* reexport */ promql/* loadPromqlGrammar */.H6),
  parsePlaybook: () => (/* binding */ parsePlaybook),
  textLocator: () => (/* reexport */ textLocator)
});

// UNUSED EXPORTS: DEFAULT_PLAYBOOK, MAX_PROBLEMS, loadPlaybook, loadPlaybookSource

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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

// EXTERNAL MODULE: ./src/playbook/read.ts
var read = __webpack_require__(23355);
;// CONCATENATED MODULE: ./src/playbook/guard.ts
/**
 * What the loader checks before, and beside, the schema so that hostile or odd input costs
 * little and reads as a user mistake: a file too large or not text at all, aliases that
 * expand without bound, keys written twice, more checks, stages or query text than any
 * playbook needs.
 */




/** The limits in force: 1 MB, 500 checks, 50 stages, 8,000 characters a query. */
const LIMITS = { fileBytes: read/* MAX_FILE_BYTES */.gZ, checks: 500, stages: 50, queryLength: 8_000 };
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
        return [(0,read/* sizeProblem */.bi)(bytes, file, limits.fileBytes)];
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

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(29396);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/playbook/quantity.ts
var quantity = __webpack_require__(57802);
;// CONCATENATED MODULE: ./src/playbook/fields.ts
/**
 * Field schemas shared by the playbook schema: quantities, limits, names, label sets.
 * Each validates the text as written (so the JSON Schema shows editors the pattern) and
 * turns it into base units once.
 */



/**
 * What a field expects, in words, for error messages ("missing required key 'soak' (a
 * duration like 5m)"). A registry of its own keeps these out of the JSON Schema.
 */
const fields_forms = registries/* registry */.u5();
const DURATION_PATTERN = "^(\\d+(\\.\\d+)?(ms|s|m|h|d|w))+$";
/** A duration such as `5m`, `2h`, `1h30m`, `500ms`, parsed into seconds. */
const duration = (description) => schemas/* string */.YjP()
    .regex(new RegExp(DURATION_PATTERN), {
    error: (iss) => `expected a duration like 30s, 5m, 2h or 1h30m (units ms, s, m, h, d, w), found ${(0,errors/* describeValue */.bp)(iss.input)}`,
})
    .transform((text) => (0,quantity/* parseQuantity */.Lf)(text).value)
    .meta({ description, examples: ["5m", "2h"] })
    .register(fields_forms, { expected: "a duration like 30s, 5m, 2h or 1h30m" });
/** A quantity of the given dimensions (`5%`, `1s`, `20MB`, `1000`). */
const fields_quantity = (description, dimensions) => schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
    .transform((raw, ctx) => {
    const q = (0,quantity/* parseQuantity */.Lf)(raw);
    if (!q || (dimensions && !dimensions.includes(q.dimension))) {
        ctx.addIssue({
            code: "custom",
            input: raw,
            message: `expected ${dimensions ? dimensions.map(describeDimension).join(" or ") : "a quantity"} like ${examplesFor(dimensions)}, found ${(0,errors/* describeValue */.bp)(raw)}`,
        });
        return core/* NEVER */.tm;
    }
    return q;
})
    .meta({ description })
    .register(fields_forms, { expected: `${dimensions ? dimensions.map(describeDimension).join(" or ") : "a quantity"} like ${examplesFor(dimensions)}` });
/** A limit as the reference playbooks write it: `"> 5%"`, `"< 500ms"`. */
const limit = (description) => schemas/* string */.YjP()
    .transform((raw, ctx) => {
    const l = (0,quantity/* parseLimit */.Fv)(raw);
    if (!l) {
        ctx.addIssue({
            code: "custom",
            input: raw,
            message: `expected ${quantity/* LIMIT_FORMS */._M}, found ${(0,errors/* describeValue */.bp)(raw)}`,
        });
        return core/* NEVER */.tm;
    }
    return l;
})
    .meta({
    description,
    examples: ["> 5%", "> 500ms", "> 20MB", "< 100"],
})
    .register(fields_forms, { expected: 'a limit like "> 5%" or "< 500ms" (quoted: YAML reads a leading > as folded text)' });
/** A name used as a key or reference: lower-case words joined by `-` or `_`. */
const fields_name = (what) => schemas/* string */.YjP()
    .regex(/^[a-z0-9][a-z0-9_-]*$/i, {
    error: (iss) => `expected a ${what} name of letters, digits, '-' and '_', found ${(0,errors/* describeValue */.bp)(iss.input)}`,
})
    .meta({ description: `Name of a ${what}.` })
    .register(fields_forms, { expected: `a ${what} name of letters, digits, '-' and '_'` });
/** A Prometheus label name. */
const labelName = schemas/* string */.YjP()
    .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, {
    error: (iss) => `expected a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), found ${(0,errors/* describeValue */.bp)(iss.input)}`,
});
/** Label equality matchers `{ version: canary }`; values are escaped when put into PromQL. */
const labelSet = (description) => schemas/* record */.g1P(labelName, schemas/* string */.YjP().register(fields_forms, { expected: 'a label value as a string (quote numbers: "2")' }))
    .meta({ description }).register(fields_forms, { expected: "label matchers like { version: canary }" });
function describeDimension(d) {
    return { ratio: "a percentage", duration: "a duration", bytes: "a size", number: "a plain number" }[d];
}
function examplesFor(dims) {
    const ex = { ratio: "5%", duration: "500ms", bytes: "20MB", number: "100" };
    return (dims ?? ["ratio", "duration", "bytes", "number"]).map((d) => ex[d]).join(", ");
}

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
        const form = fields_forms.get(s)?.expected;
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
var promql = __webpack_require__(17552);
// EXTERNAL MODULE: ./src/http-headers.ts
var http_headers = __webpack_require__(7168);
;// CONCATENATED MODULE: ./src/playbook/check-schema.ts
/**
 * The schemas of the four kinds of check (PromQL, HTTP probe, firing alerts, sequential), part of
 * the playbook schema in `schema.ts`.
 */




/** An HTTP header name: RFC 9110 token characters. */
const headerName = schemas/* string */.YjP().regex(http_headers/* HEADER_NAME */.E, {
    error: (i) => `expected an HTTP header name like X-Scope-OrgID, found ${(0,errors/* describeValue */.bp)(i.input)}`,
});
const baseline = schemas/* strictObject */.rej({
    "max-increase": fields_quantity("Canary may exceed baseline by at most this much, in the check's units.").optional(),
    "max-decrease": fields_quantity("Canary may fall below baseline by at most this much, in the check's units.").optional(),
    "max-increase-ratio": fields_quantity("Canary may exceed baseline by at most this share of the baseline (10%).", ["ratio"]).optional(),
    "max-decrease-ratio": fields_quantity("Canary may fall below baseline by at most this share of the baseline (10%).", ["ratio"]).optional(),
    severity: schemas/* enum */.k5n(["fail", "warn"]).optional().meta({ description: "Outcome when out of tolerance. Default fail." }),
})
    .meta({
    description: "Compare canary with baseline. When both an absolute and a ratio tolerance are given for one direction, the canary is out of tolerance only when it exceeds both (\"within 1s or 10%\").",
});
const spread = schemas/* strictObject */.rej({
    by: schemas/* union */.KCZ([labelName, schemas/* array */.YOg(labelName).min(1)]).optional().meta({ description: "Labels telling instances apart. Default instance." }),
    fail: limit("Limit on the largest relative deviation of an instance from the median, e.g. \"> 10%\".").optional(),
    warn: limit("Warning limit on the same deviation.").optional(),
})
    .meta({ description: "Compare instances of the canary with each other (all hosts within 10%)." });
const metricCheck = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().optional(),
    query: schemas/* string */.YjP().min(1).meta({
        description: "PromQL. Write $selector inside braces where the canary or baseline label matchers go: rate(x_total{code=~\"5..\", $selector}[5m]).",
    }).register(fields_forms, { expected: "a PromQL query" }),
    fail: limit("The check fails (IMMEDIATE rollback) when the value crosses this limit.").optional(),
    warn: limit("The check warns (CONSIDER rollback; the verdict becomes conditional) when the value crosses this limit.").optional(),
    per: duration("Trend: the query returns a per-second slope (deriv, rate); it is scaled to this period before the limits apply, e.g. 1h for MB/hour.").optional(),
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
const jsonScalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
const httpCheck = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().optional(),
    http: schemas/* url */.OZ5({ protocol: /^https?$/, error: "expected an http(s) URL" }).meta({ description: "URL to probe, like the runbooks' curl /health." }).register(fields_forms, { expected: "an http(s) URL" }),
    method: schemas/* enum */.k5n(["GET", "HEAD", "POST"]).optional(),
    headers: schemas/* record */.g1P(headerName, schemas/* string */.YjP()).optional(),
    expect: schemas/* strictObject */.rej({
        status: schemas/* union */.KCZ([schemas/* number */.aig().int().min(100).max(599), schemas/* array */.YOg(schemas/* number */.aig().int().min(100).max(599)).min(1)]).optional()
            .meta({ description: "Expected status code or codes. Default 200." }),
        json: schemas/* record */.g1P(schemas/* string */.YjP(), jsonScalar).optional()
            .meta({ description: "JSON fields by dotted path and the value each must equal: { status: healthy, checks.db.ok: true }." }),
    })
        .optional(),
    timeout: duration("Timeout of one request. Default 10s.").optional(),
    retries: schemas/* number */.aig().int().min(0).max(10).optional().meta({ description: "Retries after a failed attempt within one round. Default 2." }),
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
const alertsCheck = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().optional(),
    alerts: schemas/* strictObject */.rej({
        match: labelSet("Labels an alert must carry to count, e.g. { service: log-capturer }."),
        severity: schemas/* enum */.k5n(["fail", "warn"]).optional().meta({ description: "Outcome while a matching alert fires. Default fail." }),
        preflight: schemas/* boolean */.zMY().optional().meta({ description: "Also check before the stage moves traffic. Default true." }),
    })
        .meta({ description: "No alert matching these labels may be firing (ALERTS{alertstate=\"firing\"})." })
        .register(fields_forms, { expected: "a mapping with match: { label: value }" }),
})
    .transform((c) => ({
    kind: "alerts",
    ...(c.description !== undefined && { description: c.description }),
    match: c.alerts.match,
    severity: c.alerts.severity ?? "fail",
    preflight: c.alerts.preflight ?? true,
}));
const counter = (description) => schemas/* string */.YjP().min(1).meta({ description }).register(fields_forms, { expected: 'a counter selector like http_requests_total{code=~"5..", $selector}' });
/** The default confidence of a sequential check: a wrong decision at most 1% of the time. */
const DEFAULT_ALPHA = 0.01;
const sequentialCheck = schemas/* strictObject */.rej({
    description: schemas/* string */.YjP().optional(),
    sequential: schemas/* strictObject */.rej({
        events: counter('Counter of the events (errors): a selector with $selector, like http_requests_total{code=~"5..", $selector}. Give events or good.').optional(),
        good: counter('Counter of the requests that are not events, like http_request_duration_seconds_bucket{le="0.5", $selector} (requests within 500ms); the events are total minus good. Give events or good.').optional(),
        total: counter("Counter of every request: a selector with $selector, like http_requests_total{$selector}."),
        "max-ratio": schemas/* number */.aig()
            .gt(1, { error: (i) => `expected a ratio above 1 like 1.5 (the canary may have up to 1.5 times the baseline's event rate), found ${JSON.stringify(i.input)}` })
            .refine(Number.isFinite, { error: "expected a finite ratio like 1.5" })
            .meta({ description: "The largest tolerated ratio of the canary's event rate to the baseline's, above 1: 1.5 fails a canary surely 50% worse." })
            .register(fields_forms, { expected: "a ratio above 1 like 1.5" }),
        confidence: fields_quantity("Confidence of each decision, above 50% and below 100%. Default 99%. Give confidence or alpha.", ["ratio"])
            .superRefine((q, ctx) => {
            if (!(q.value > 0.5 && q.value < 1))
                ctx.addIssue({ code: "custom", input: q.text, message: `expected a confidence above 50% and below 100% like 99%, found ${JSON.stringify(q.text)}` });
        })
            .optional(),
        alpha: schemas/* number */.aig().gt(0).lt(0.5).optional()
            .meta({ description: "1 - confidence: the chance of a wrong decision, however often the gate looks, like 0.01. Give confidence or alpha." })
            .register(fields_forms, { expected: "a number between 0 and 0.5 like 0.01" }),
    })
        .meta({ description: "Canary against baseline on counts, anytime-valid: fails once the canary's event rate is surely above max-ratio times the baseline's, passes once surely below." })
        .register(fields_forms, { expected: "a mapping with events (or good), total and max-ratio" }),
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
const check = schemas/* union */.KCZ([metricCheck, httpCheck, alertsCheck, sequentialCheck])
    .meta({ description: "A check: a PromQL query with limits, an HTTP probe, firing alerts, or a sequential comparison of counts." });

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




const githubLogin = schemas/* string */.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\[bot\])?$/, { error: (i) => `expected a GitHub login, found ${JSON.stringify(i.input)}` }).register(fields_forms, { expected: "a GitHub login" });
const teamSlug = schemas/* string */.YjP().regex(/^([A-Za-z0-9-]+\/)?[A-Za-z0-9_.-]+$/, { error: (i) => `expected a team slug (eng-leads or org/eng-leads), found ${JSON.stringify(i.input)}` }).register(fields_forms, { expected: "a team slug (eng-leads or org/eng-leads)" });
const environment = (description) => schemas/* string */.YjP().min(1).meta({ description }).register(fields_forms, { expected: "a GitHub environment name" });
const roleList = (description) => schemas/* array */.YOg(fields_name("role")).min(1).meta({ description });
const role = schemas/* strictObject */.rej({
    users: schemas/* array */.YOg(githubLogin).optional().meta({ description: "GitHub logins that fill the role (compared without regard to case)." }),
    teams: schemas/* array */.YOg(teamSlug).optional().meta({ description: "Teams whose active members fill the role: org/slug, or slug in the repository owner's organization." }),
    environment: environment("The GitHub environment whose required reviewers are this role, like signoff-security. Default: signoff.environment.").optional(),
    count: schemas/* number */.aig().int().min(1).optional()
        .meta({ description: "How many different people must approve for the role. Default 1." })
        .register(fields_forms, { expected: "a whole number of at least 1" }),
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
    .register(fields_forms, { expected: "a tag template like v{version}" });
/** The `signoff` section, as written. */
const signoffSchema = schemas/* strictObject */.rej({
    environment: environment("GitHub environment whose required reviewers approve for every role that names no environment of its own. Optional when each role that can be required names one.").optional(),
    roles: schemas/* record */.g1P(fields_name("role"), role)
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
    }).register(fields_forms, { expected: "an http(s) URL" }),
    headers: schemas/* record */.g1P(headerName, schemas/* string */.YjP())
        .optional()
        .meta({ description: "Extra headers that are not secrets, such as X-Scope-OrgID for Mimir. Credentials come from action inputs, never the file." }),
    timeout: duration("Timeout of one query. Default 30s.").optional(),
})
    .transform((p) => ({ url: p.url, headers: p.headers ?? {}, timeout: p.timeout ?? 30 }))
    .meta({ description: "Where metrics are read." });
const weekday = schemas/* enum */.k5n(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
const clock = schemas/* string */.YjP()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: (i) => `expected a time of day HH:MM, found ${(0,errors/* describeValue */.bp)(i.input)}` })
    .register(fields_forms, { expected: 'a time of day HH:MM, quoted ("18:00")' });
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
    .register(fields_forms, { expected: "a date YYYY-MM-DD" });
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
    name: fields_name("stage"),
    weight: schemas/* number */.aig()
        .min(0)
        .max(100)
        .meta({ description: "Percentage of traffic on the new version, 0-100." })
        .register(fields_forms, { expected: "a number from 0 to 100" }),
    soak: duration("How long the stage is held and watched."),
    interval: duration("Time between rounds of checks. Default 1m.").optional(),
    "min-soak": duration("A go may end the soak early only after this long. Default: the whole soak.").optional(),
    checks: schemas/* array */.YOg(fields_name("check")).optional().meta({ description: "Checks held during the soak, by name." }),
    "wait-for": schemas/* array */.YOg(fields_name("check")).optional().meta({ description: "Checks that must pass before the soak starts (wait until healthy)." }),
    "wait-timeout": duration("How long wait-for may take. Default 5m.").optional(),
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
}).register(fields_forms, { expected: "a Kubernetes name" });
const kubernetesTarget = schemas/* strictObject */.rej({
    namespace: k8sName,
    deployment: k8sName.meta({ description: "The stable Deployment." }).register(fields_forms, { expected: "a Deployment name" }),
    container: schemas/* string */.YjP().optional().meta({ description: "Container whose image is set. Default: the only one." }),
    traffic: schemas/* enum */.k5n(["replicas", "gateway"]).optional().meta({ description: "replicas: weight as the canary Deployment's share of replicas; gateway: weights of a Gateway API HTTPRoute. Default replicas." }),
    "canary-deployment": k8sName.optional().meta({ description: "The canary Deployment. Default <deployment>-canary." }),
    route: k8sName.optional().meta({ description: "The HTTPRoute, for traffic: gateway." }),
    "rollout-timeout": duration("How long to wait for a rollout to finish. Default 10m.").optional(),
});
const commandTarget = schemas/* strictObject */.rej({
    "set-weight": schemas/* string */.YjP().min(1).meta({ description: "Executable called with DEPLOY_WEIGHT, DEPLOY_VERSION, DEPLOY_STAGE in its environment." }),
    rollback: schemas/* string */.YjP().min(1).meta({ description: "Executable that restores the recorded state, from DEPLOY_STATE in its environment." }),
    status: schemas/* string */.YjP().min(1).optional().meta({ description: "Executable that exits 0 once the rollout is done; polled until the timeout." }),
    current: schemas/* string */.YjP().min(1).optional().meta({ description: "Executable that prints what is live now as JSON; recorded before the first move and given back to rollback." }),
    promote: schemas/* string */.YjP().min(1).optional().meta({ description: "Executable run once after the last stage reaches 100%. Without it, reaching 100% is the promotion." }),
    timeout: duration("Timeout of one command, and of waiting for status. Default 10m.").optional(),
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
    verify: schemas/* array */.YOg(fields_name("check")).optional().meta({ description: "Checks that must pass after rolling back." }),
    timeout: duration("How long the rollback may take. Default 10m.").optional(),
})
    .transform((r) => ({ on: r.on ?? ["no-go", "inconclusive"], verify: r.verify ?? [], timeout: r.timeout ?? 600 }));
/** The playbook file, as written. */
const playbookSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1, { error: (i) => `expected version: 1, found ${(0,errors/* describeValue */.bp)(i.input)}` })
        .register(fields_forms, { expected: "1, the version of the playbook format" }),
    service: schemas/* string */.YjP().min(1).meta({ description: "The service this playbook deploys." }).register(fields_forms, { expected: "the service's name" }),
    prometheus: prometheus.optional(),
    selectors: schemas/* strictObject */.rej({
        canary: labelSet("Label matchers that select the canary's series, e.g. { version: canary }."),
        baseline: labelSet("Label matchers that select the baseline's series, e.g. { version: stable }."),
    })
        .meta({ description: "How canary and baseline series are told apart; put in queries where $selector stands." })
        .register(fields_forms, { expected: "a mapping with canary and baseline label matchers" }),
    checks: schemas/* record */.g1P(fields_name("check"), check).meta({ description: "Named checks that stages refer to." }).register(fields_forms, { expected: "a mapping of named checks" }),
    stages: schemas/* array */.YOg(stage).min(1).meta({ description: "Stages in order; weights increase." }).register(fields_forms, { expected: "a list of stages" }),
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
    const shape = playbookSchema.shape;
    const part = (schema, value) => {
        if (value === undefined)
            return undefined;
        const r = schema.safeParse(value);
        return r.success ? r.data : undefined;
    };
    const checks = semantics_isMapping(raw["checks"])
        ? Object.entries(raw["checks"]).flatMap(([name, c]) => {
            const parsed = part(check, c);
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
    const parsed = playbookSchema.safeParse(data);
    const findings = [...countFindings(data, limits), ...queryFindings(data, limits.queryLength), ...referenceFindings(data)];
    if (!parsed.success) {
        // Every part that is valid on its own still gets the checks across its fields.
        findings.push(...issueFindings(parsed.error.issues, data, playbookSchema), ...partialFindings(data));
        throw located([...duplicates, ...findings.map(problem)]);
    }
    const playbook = toPlaybook(parsed.data);
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
    await loadPromqlGrammar();
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
