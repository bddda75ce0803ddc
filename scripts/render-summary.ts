/**
 * `npm run render-summary -- SUMMARY.md OUT.png`: renders a gate's job summary as GitHub
 * would show it (Markdown by marked, charts by Mermaid) in headless Chromium, and saves a
 * PNG of the whole page. For looking at the charts; nothing in `npm test` needs Chromium.
 *
 * Chromium is found as $CHROMIUM, or `chromium` / `chromium-browser` / `google-chrome` on
 * the PATH (on Debian: apt-get install chromium).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { marked } from "marked";

const WIDTH = 1000;

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: npm run render-summary -- SUMMARY.md OUT.png");
  process.exit(2);
}

const require = createRequire(import.meta.url);
// Loaded by URL, not inlined: --dump-dom would otherwise print all 3 MB of it back.
const mermaid = pathToFileURL(require.resolve("mermaid/dist/mermaid.min.js")).href;
const html = page(await marked.parse(readFileSync(input, "utf8")), mermaid);
const dir = mkdtempSync(join(tmpdir(), "render-summary-"));
try {
  const file = join(dir, "summary.html");
  writeFileSync(file, html);
  const browser = findChromium();
  const common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=10000", `--user-data-dir=${join(dir, "profile")}`];
  // First pass: let Mermaid draw, then read the page's height from the DOM it leaves.
  const dom = execFileSync(browser, [...common, `--window-size=${WIDTH},1000`, "--dump-dom", `file://${file}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 2000);
  const failed = /data-mermaid-error="([^"]*)"/.exec(dom)?.[1];
  if (failed) console.error(`Mermaid could not draw a chart: ${failed}`);
  execFileSync(browser, [...common, `--window-size=${WIDTH},${height}`, `--screenshot=${resolve(output)}`, `file://${file}`], { stdio: "ignore", timeout: 60_000 });
  console.log(`${output}: ${WIDTH}x${height}, ${(dom.match(/<svg[^>]*aria-roledescription="xychart"/g) ?? []).length} chart(s) drawn`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function findChromium(): string {
  const candidates = [process.env["CHROMIUM"], "chromium", "chromium-browser", "google-chrome"].filter((c): c is string => !!c);
  for (const c of candidates) {
    try {
      execFileSync(c, ["--version"], { stdio: "ignore" });
      return c;
    } catch {
      // try the next one
    }
  }
  console.error("no Chromium found: set CHROMIUM, or install it (apt-get install chromium)");
  process.exit(1);
}

/** The summary in a page styled like a GitHub job summary, with Mermaid run on its code blocks. */
function page(body: string, mermaidUrl: string): string {
  // marked writes ```mermaid blocks as <pre><code class="language-mermaid">; Mermaid reads <pre class="mermaid">.
  const withCharts = body.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 24px; max-width: ${WIDTH - 48}px; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
code { background: #eff2f5; padding: 1px 4px; border-radius: 4px; } pre.mermaid { background: none; }
details { margin: 8px 0; }
</style></head><body>
${withCharts}
<script src="${mermaidUrl}"></script>
<script>
mermaid.initialize({ startOnLoad: false });
mermaid.run({ querySelector: "pre.mermaid" })
  .catch((e) => document.body.setAttribute("data-mermaid-error", String(e && e.message || e).replace(/"/g, "'")))
  .finally(() => document.body.setAttribute("data-height", String(Math.ceil(document.documentElement.scrollHeight) + 24)));
</script>
</body></html>`;
}
