import ncc from "@vercel/ncc";
import { writeFileSync, mkdirSync } from "node:fs";
for (const n of ["a", "b"]) {
  const { code } = await ncc(`/tmp/floor/${n}.ts`, { cache: false, quiet: true, transpileOnly: true });
  mkdirSync(`/tmp/floor/${n}`, { recursive: true });
  writeFileSync(`/tmp/floor/${n}/index.js`, code);
  writeFileSync(`/tmp/floor/${n}/package.json`, '{"type":"module"}');
}
