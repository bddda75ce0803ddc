#!/usr/bin/env node
import { processDeps } from "./deps.js";
import { run } from "./main.js";

run(process.argv.slice(2), processDeps()).then((code) => (process.exitCode = code));
