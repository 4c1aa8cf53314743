// `npm run audit`: Lighthouse (mobile preset, the installed Chromium) on the built home page, seed post
// and search page (a shared search with a query and a tag), served by `astro preview`. Prints each category's score, the median of three runs, and exits
// non-zero when one is below 100. Run `npm run build` first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPreview } from "./support/astro-server.ts";
import { CHROMIUM_FLAGS, chromiumPath } from "./support/browser.ts";
import { projectRoot, siteOutDir } from "./support/project.ts";
import { median } from "./support/stats.ts";
import { homeUrl, postUrl, searchUrl } from "../src/lib/urls/urls.ts";

const outDir = siteOutDir();
const pages = [homeUrl(), postUrl("fastapi-vs-django"), searchUrl({ query: "django", filters: { tag: ["Python"] } })];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const runs = Number(process.env["AUDIT_RUNS"] ?? 3);

if (!existsSync(join(outDir, "index.html"))) {
  console.error(`No built site in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await startPreview(outDir);
const work = mkdtempSync(join(tmpdir(), "blog-audit-"));
let failed = false;
try {
  for (const path of pages) {
    const scores = new Map(categories.map((category) => [category, [] as number[]]));
    for (let run = 1; run <= runs; run++) {
      console.log(`Lighthouse ${path} (run ${run} of ${runs})…`);
      const report = join(work, `report-${run}.json`);
      const result = spawnSync(
        join(projectRoot, "node_modules/.bin/lighthouse"),
        [
          server.origin + path,
          "--quiet",
          "--output=json",
          `--output-path=${report}`,
          `--only-categories=${categories.join(",")}`,
          `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(" ")}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath }, encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(`Lighthouse failed on ${path}:\n${result.stderr}`);
      const lighthouse = JSON.parse(readFileSync(report, "utf8")) as { categories: Record<string, { score: number }> };
      for (const category of categories)
        scores.get(category)?.push(Math.round((lighthouse.categories[category]?.score ?? 0) * 100));
    }
    const line = categories.map((category) => `${category} ${median(scores.get(category) ?? [])}`).join(", ");
    console.log(`${path}: ${line}`);
    if (categories.some((category) => median(scores.get(category) ?? []) < 100)) failed = true;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await server.stop();
}
console.log(failed ? "Below 100 somewhere: see the scores above." : "100 in every category on every page audited.");
process.exitCode = failed ? 1 : 0;
