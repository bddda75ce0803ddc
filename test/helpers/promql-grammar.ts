/**
 * Loads the PromQL grammar before each test file, as the action shells and the CLI do
 * before they parse a playbook, so tests may call parsePlaybook directly.
 */
import { loadPromqlGrammar } from "../../src/playbook/load.js";

await loadPromqlGrammar();
