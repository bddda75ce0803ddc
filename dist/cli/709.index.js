export const id = 709;
export const ids = [709];
export const modules = {

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   playbookJsonSchemaText: () => (/* binding */ playbookJsonSchemaText)
/* harmony export */ });
/* unused harmony exports SCHEMA_FILE, playbookJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1810);
/**
 * The JSON Schema editors use to validate playbooks, generated from the zod schema so the
 * two cannot disagree. `schema/playbook.schema.json` is this, committed; a test fails when
 * it is stale.
 */


/** Where the committed schema lives, relative to the package root. */
const SCHEMA_FILE = "schema/playbook.schema.json";
/** The playbook's JSON Schema (draft 2020-12), describing the file as written. */
function playbookJsonSchema() {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .playbookSchema */ .z, {
        io: "input",
        target: "draft-2020-12",
        // Transforms and refinements check more than JSON Schema can say; the input shape is
        // what an editor needs. A type with no JSON form at all is a mistake in the schema.
        unrepresentable: "throw",
    });
}
/** The schema as the committed file holds it. */
function playbookJsonSchemaText() {
    return `${JSON.stringify(playbookJsonSchema(), null, 2)}\n`;
}


/***/ })

};
