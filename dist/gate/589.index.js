export const id = 589;
export const ids = [589];
export const modules = {

/***/ 57589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPromqlGrammar: () => (/* reexport */ promql/* loadPromqlGrammar */.H6),
  parsePlaybook: () => (/* binding */ parsePlaybook),
  textLocator: () => (/* reexport */ textLocator)
});

// UNUSED EXPORTS: DEFAULT_PLAYBOOK, loadPlaybook, loadPlaybookSource

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/playbook/finding.ts
var finding = __webpack_require__(81274);
// EXTERNAL MODULE: ./src/playbook/guard.ts
var guard = __webpack_require__(93898);
// EXTERNAL MODULE: ./src/playbook/fields.ts
var fields = __webpack_require__(98126);
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
        if (!isMapping(value))
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
        value = isMapping(value) || Array.isArray(value) ? value[segment] : undefined;
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
    if (d.type !== "union" || !isMapping(value))
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
function isMapping(v) {
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
// EXTERNAL MODULE: ./src/playbook/read.ts
var read = __webpack_require__(23355);
// EXTERNAL MODULE: ./src/playbook/schema.ts + 3 modules
var schema = __webpack_require__(11810);
// EXTERNAL MODULE: ./src/playbook/semantics.ts + 1 modules
var semantics = __webpack_require__(66525);
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
function parsePlaybook(text, file, limits = guard/* LIMITS */.b1) {
    const unreadable = (0,guard/* textProblems */.cU)(text, file, limits);
    if (unreadable.length > 0)
        throw new errors/* ConfigurationError */.j1(unreadable);
    const lines = new dist/* LineCounter */.HN();
    // Duplicate keys are found by duplicateKeyProblems, in linear time, and reported with the rest.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
        throw new errors/* ConfigurationError */.j1(
        // One syntax error sets off a cascade (an unquoted `{` in a flow mapping yields dozens
        // of "unexpected token" errors down the file), so only the first is worth reading.
        doc.errors.slice(0, 1).map((e) => {
            const pos = lines.linePos(e.pos[0]);
            return { file, line: pos.line, column: pos.col, path: "", message: `YAML: ${yamlMessage((0,errors/* clip */.$Q)(e.message, 200), text, pos.line)}` };
        }));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: guard/* MAX_ALIAS_COUNT */.w4 });
    }
    catch (error) {
        // The yaml package's guard against alias bombs throws; anything else is our bug.
        if (error instanceof ReferenceError && /alias/i.test(error.message))
            throw new errors/* ConfigurationError */.j1([(0,guard/* aliasProblem */.C1)(doc, lines, file)]);
        throw error;
    }
    const locate = sourceMap(doc, lines, text);
    const problem = (f) => ({ file, ...locate(f), path: (0,finding/* formatPath */.j)(f.path), message: f.message });
    const duplicates = (0,guard/* duplicateKeyProblems */.TR)(doc, lines, file);
    if (data === null || data === undefined) {
        throw new errors/* ConfigurationError */.j1([{ file, line: 1, column: 1, path: "", message: "the file is empty; expected a playbook starting with version: 1" }]);
    }
    const parsed = schema/* playbookSchema */.z.safeParse(data);
    const findings = [...(0,guard/* countFindings */.Gt)(data, limits), ...(0,semantics/* queryFindings */.RK)(data, limits.queryLength), ...(0,semantics/* referenceFindings */.Cw)(data)];
    if (!parsed.success) {
        // Every part that is valid on its own still gets the checks across its fields.
        findings.push(...issueFindings(parsed.error.issues, data, schema/* playbookSchema */.z), ...(0,semantics/* partialFindings */.Ed)(data));
        throw located([...duplicates, ...findings.map(problem)]);
    }
    const playbook = (0,schema/* toPlaybook */.$)(parsed.data);
    findings.push(...(0,semantics/* semanticFindings */.Nd)(playbook));
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
/** Sorted by position, each problem once (two checks may reach the same conclusion). */
function located(problems) {
    const order = (p) => (p.line ?? 0) * 1e5 + (p.column ?? 0);
    const unique = new Map(problems.map((p) => [(0,errors/* formatProblem */.Vw)(p), p]));
    return new errors/* ConfigurationError */.j1([...unique.values()].sort((a, b) => order(a) - order(b)));
}
function yamlMessage(message, text, line) {
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
