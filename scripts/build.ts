// `npm run build`: `astro build` into a staging folder, then the Pagefind index over it; the result
// replaces dist/ only when every step (pages, feeds, sitemap, search index) succeeded, so a failed build never
// leaves dist/ half-made. Pagefind runs after Astro's process has ended rather than inside it, so the memory
// Astro used for rendering is returned before Pagefind needs as much again (about 4 GB each at 10,000 posts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { firstRunReport, formatFirstRunWarning } from "../src/lib/checks/first-run.ts";
import { site } from "../src/site.config.ts";
import { buildCacheDir, projectRoot, siteOutDir } from "./support/project.ts";
import { buildInputsKey } from "./support/build-inputs.ts";
import {
  lastBuildIsCurrent,
  outputKey,
  readBuildRecord,
  sourcesKey,
  writeBuildRecord,
} from "./support/build-record.ts";
import { writeSearchIndex } from "./support/search-index.ts";
import { SITE_FOLDERS } from "../src/lib/urls/urls.ts";
import { NEXT_SCHEDULED_FILE, readNextScheduled } from "../src/lib/checks/schedule.ts";

const root = projectRoot;
const outDir = siteOutDir();
const astroArgs = process.argv.slice(2);

// Options that would point Astro away from the staging folder, whose contents then replace dist/.
const redirecting = astroArgs.filter((arg) => ["--outDir", "--root", "--config"].includes(arg.split("=")[0] ?? ""));
if (redirecting.length > 0) {
  console.error(`build: ${redirecting.join(", ")} cannot be used here; set BLOG_OUT_DIR to build into another folder.`);
  process.exit(1);
}

// Beside dist/ (one file system, so the swap is two renames) and always the same path: Astro imports its bundle
// from there, and Node's compile cache only recognises an unchanged bundle at an unchanged path (about 80 s of
// recompiling at 10,000 posts otherwise). So two builds into one dist/ at once are not supported.
const stagingDir = `${outDir}.partial`;
const previousDir = `${outDir}.previous`;

function failBuild(reason: string): never {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`${reason}\nBuild failed; ${outDir} was left as it was.`);
  process.exit(1);
}

// A fresh clone's placeholders (site URL, author, links) are named before anything is built; on CI an
// unset SITE_URL stops the build, since the published site would point at the template's domain.
const firstRun = firstRunReport(site, process.env);
if (firstRun.placeholders.length > 0) console.warn(formatFirstRunWarning(firstRun.placeholders));
if (firstRun.error) failBuild(`build: ${firstRun.error}`);

// The last successful build's record (support/build-record.ts): when nothing changed since, its site stands.
const startedAt = new Date();
const cacheDir = buildCacheDir();
const recordFile = join(cacheDir, "build-record.json");
const lastBuild = readBuildRecord(recordFile);
const current = { inputs: buildInputsKey(root), sources: sourcesKey(root), outDir };
if (astroArgs.length === 0 && lastBuildIsCurrent(lastBuild, current, startedAt)) {
  console.log(
    `[build] Nothing changed since the last build (${lastBuild?.startedAt ?? ""}): the same posts, public files, code, config, packages and environment, no scheduled post due, and ${outDir} as it left it. Kept as it is; \`npm run build -- --force\` builds afresh.`,
  );
  process.exit(0);
}
rmSync(stagingDir, { recursive: true, force: true });
mkdirSync(stagingDir, { recursive: true });

// Pages are reused from the last build only when nothing but posts changed since (support/build-inputs.ts).
const force = !astroArgs.includes("--force") && lastBuild?.inputs !== current.inputs;
if (force)
  console.log(
    "[build] No earlier build from the same code, config, packages and environment: every page is built afresh.",
  );

// The post check inside the build writes it afresh; one left from an earlier build must not be taken for it.
rmSync(join(cacheDir, NEXT_SCHEDULED_FILE), { force: true });
const astro = resolve(root, "node_modules/astro/bin/astro.mjs");
const build = spawnSync(process.execPath, [astro, "build", ...astroArgs, ...(force ? ["--force"] : [])], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BLOG_OUT_DIR: stagingDir },
});
if (build.error) failBuild(`astro build could not start: ${build.error.message}`);
if (build.signal)
  failBuild(
    `astro build was stopped by ${build.signal} (${build.signal === "SIGKILL" ? "out of memory?" : "interrupted"}).`,
  );
if (build.status !== 0) failBuild(`astro build exited with status ${build.status}.`);
if (!existsSync(join(stagingDir, "index.html"))) failBuild(`astro build wrote no home page into ${stagingDir}.`);

const started = performance.now();
try {
  const index = await writeSearchIndex(stagingDir, join(cacheDir, "search-index"));
  // No post pages is a blog with nothing published yet; post pages with nothing indexed is a broken search.
  if (index.pages === 0 && existsSync(join(stagingDir, SITE_FOLDERS.posts)))
    failBuild("[pagefind] no post page was indexed: do the post pages still carry data-pagefind-body?");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[pagefind] Search index of ${index.pages} pages in ${index.shards} shards: ${index.indexedShards} indexed (${index.indexedPages} pages), ${index.shards - index.indexedShards} copied from the cache, in ${seconds}s.`,
  );
} catch (error) {
  failBuild(`[pagefind] ${error instanceof Error ? error.message : String(error)}`);
}

const hadSite = existsSync(outDir);
try {
  if (hadSite) renameSync(outDir, previousDir);
  renameSync(stagingDir, outDir);
} catch (error) {
  if (hadSite && !existsSync(outDir)) renameSync(previousDir, outDir);
  failBuild(`Could not move the new site into ${outDir}: ${error instanceof Error ? error.message : String(error)}`);
}
rmSync(previousDir, { recursive: true, force: true });
// Without knowing when the next scheduled post comes due, no record: the next build then runs whatever changed.
const schedule = readNextScheduled(cacheDir);
if (schedule)
  writeBuildRecord(recordFile, {
    ...current,
    output: outputKey(outDir),
    startedAt: startedAt.toISOString(),
    nextScheduledAt: schedule.nextScheduledAt?.toISOString(),
  });
else rmSync(recordFile, { force: true });
console.log(`Site written to ${outDir}.`);
