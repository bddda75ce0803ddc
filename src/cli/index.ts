#!/usr/bin/env node
import { run } from "./main.js";

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => (process.exitCode = code));
