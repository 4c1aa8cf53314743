/**
 * `npm run bench -- --posts N`: builds a synthetic blog of N posts (default 1,000) and prints one
 * table (Hugo's cold build of the same posts beside it, when installed): build time split into phases, peak memory, rebuilds, output size, the weight of a post
 * page and search cost in headless Chromium. `--json` prints the raw results instead. See
 * docs/performance.md for what each number means and the results on record.
 *
 * Everything happens under `.bench/` (git-ignored) with the project's own config: posts in
 * `.bench/posts-N/`, output in `.bench/dist-N/`, Astro's cache (the content data store) in
 * `.bench/cache-N/`, logs and JSON results in `.bench/logs/` and `.bench/results/`.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "./support/browser.ts";
import { startPreview } from "./support/astro-server.ts";
import { measurePageLoad, measureSearch, type SearchRun } from "./bench/browser.ts";
import { runBuild, type BuildRun } from "./bench/build.ts";
import { measureDevLoop } from "./bench/dev.ts";
import { generateCorpus, type Corpus } from "./bench/corpus.ts";
import { hugoVersion, runHugoBuild, writeHugoSite } from "./bench/hugo.ts";
import { formatProfile, summarizeProfile } from "./bench/profile.ts";
import { summary, table, type BenchResult } from "./bench/report.ts";
import { postUrl } from "../src/lib/urls/urls.ts";
import { outputStats, pageWeight } from "./bench/site.ts";

const USAGE = `Usage: npm run bench -- [--posts N] [--seed S] [--runs R] [--search-runs R] [--json] [--keep] [--no-search] [--no-rebuilds] [--dev] [--cpu-prof]

  --posts N        posts in the synthetic corpus (default 1000)
  --seed S         seed of the corpus generator (default 20241201)
  --runs R         repeat each build measurement R times and report the median (default 1)
  --search-runs R  repeat each search R times, cold cache each time (default 3)
  --json           print the results as JSON instead of the table
  --keep           keep .bench/posts-N, dist-N and cache-N afterwards (default: removed)
  --no-search      skip the browser measurements
  --no-rebuilds    skip the two rebuilds (one post edited, nothing changed)
  --dev            also measure the writing loop: astro dev's first page (empty and warm cache), an edit shown
  --cpu-prof       afterwards, run one more cold build under node --cpu-prof and summarise where its time went

With \`hugo\` installed, Hugo first builds the same posts, and each build time is also shown as a multiple of Hugo's.`;

const { values } = parseArgs({
  options: {
    posts: { type: "string", default: "1000" },
    seed: { type: "string" },
    runs: { type: "string", default: "1" },
    "search-runs": { type: "string", default: "3" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    "no-rebuilds": { type: "boolean", default: false },
    dev: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const positiveInt = (text: string | undefined, name: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive whole number\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
};
const posts = positiveInt(values.posts, "posts");
const runs = positiveInt(values.runs, "runs");
const searchRuns = positiveInt(values["search-runs"], "search-runs");
const seed = values.seed === undefined ? undefined : positiveInt(values.seed, "seed");

const projectRoot = fileURLToPath(new URL("../", import.meta.url));
const benchDir = join(projectRoot, ".bench");
const postsDir = `.bench/posts-${posts}`;
const outDir = join(benchDir, `dist-${posts}`);
const cacheDir = `.bench/cache-${posts}/`;
const runStamp = new Date().toISOString().replace(/[:.]/g, "-");
const logDir = join(benchDir, "logs", `${posts}-${runStamp}`);
const resultsDir = join(benchDir, "results");
const started = performance.now();
const progressFile = join(logDir, "progress.log");

function progress(message: string): void {
  const line = `[bench +${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`;
  process.stderr.write(`${line}\n`);
  appendFileSync(progressFile, `${line}\n`);
}

function packageVersion(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(projectRoot, "node_modules", name, "package.json"), "utf8")) as {
      version: string;
    };
    return manifest.version;
  } catch {
    return "?";
  }
}

/** The commit measured, and any uncommitted changes to what the build reads. */
function gitState(): { commit: string; dirty: string[] } {
  const git = (...args: string[]) =>
    spawnSync("git", args, { cwd: projectRoot, encoding: "utf8" }).stdout?.trimEnd() ?? "";
  const dirty = git(
    "status",
    "--porcelain",
    "--",
    "src",
    "scripts",
    "astro.config.mjs",
    "package.json",
    "package-lock.json",
    "public",
  );
  return { commit: git("rev-parse", "--short", "HEAD") || "?", dirty: dirty ? dirty.split("\n") : [] };
}

function cpuModel(): string {
  const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
  return match?.[1]?.trim() ?? cpus()[0]?.model ?? "?";
}

/** Passes the build's own notable lines on as progress, and counts rendered routes instead of listing them. */
function buildLineReporter(label: string): (line: string) => void {
  let routes = 0;
  return (line) => {
    if (/^\S*\s*[├└]─/.test(line.replace(/^\d\d:\d\d:\d\d\s+/, ""))) {
      routes++;
      if (routes % 2000 === 0) progress(`${label}: ${routes} routes rendered`);
      return;
    }
    if (/\[(content|types|pagefind|@astrojs\/sitemap)\]|page\(s\) built|Completed in|error|Error|heap/.test(line))
      progress(`${label}: ${line.trim()}`);
  };
}

async function build(label: string): Promise<BuildRun> {
  progress(`${label}: npm run build`);
  const run = await runBuild({
    label,
    projectRoot,
    postsDir,
    outDir,
    cacheDir,
    logDir,
    onLine: buildLineReporter(label),
  });
  progress(
    `${label}: ${run.ok ? "done" : `FAILED (exit ${run.exitCode}, log ${run.logFile})`} in ${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${(run.peakTreeRssBytes / 1024 ** 2).toFixed(0)} MB`,
  );
  return run;
}

/** Writes the synthetic corpus into `postsDir`. */
function writeCorpus(): Corpus {
  progress(`generating ${posts} posts into ${postsDir}/`);
  const corpus = generateCorpus({ posts, ...(seed === undefined ? {} : { seed }) });
  rmSync(join(projectRoot, postsDir), { recursive: true, force: true });
  mkdirSync(join(projectRoot, postsDir), { recursive: true });
  for (const post of corpus.posts) writeFileSync(join(projectRoot, postsDir, post.fileName), post.content);
  return corpus;
}

/** Returns the result of a run before anything is measured: the corpus, the machine and the commit. */
function newResult(corpus: Corpus): BenchResult {
  const words = corpus.posts.reduce((sum, post) => sum + post.words, 0);
  progress(`wrote ${posts} posts, ${words} words; "${corpus.commonWord}" is in ${corpus.commonWordPosts} of them`);
  return {
    posts,
    seed: corpus.seed,
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpuModel(),
      memoryBytes: totalmem(),
      node: process.version,
      astro: packageVersion("astro"),
      pagefind: packageVersion("pagefind"),
      loadAverage: { start: loadavg()[0] ?? 0, end: 0 },
    },
    git: gitState(),
    corpus: {
      words,
      commonWord: corpus.commonWord,
      commonWordPosts: corpus.commonWordPosts,
      rareWord: corpus.rareWord,
      rarePostSlug: corpus.rarePostSlug,
    },
    runs,
    fullBuilds: [],
    touchedRebuilds: [],
    unchangedRebuilds: [],
    output: undefined,
    postPage: undefined,
    postPageLoad: undefined,
    search: undefined,
    hugo: undefined,
    devLoop: undefined,
    notes: [],
  };
}

/** Cold builds: Astro's cache folder (content data store, cards, cached pages, search index) and the output removed first. */
async function measureColdBuilds(result: BenchResult): Promise<void> {
  for (let run = 1; run <= runs; run++) {
    rmSync(join(projectRoot, cacheDir), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    result.fullBuilds.push(await build(`full-${run}`));
  }
}

/** An author's edit (one sentence appended to one post, a different one each time), then builds with nothing changed. */
async function measureRebuilds(result: BenchResult, corpus: Corpus): Promise<void> {
  const edited = corpus.posts[Math.floor(posts / 3)]!;
  for (let run = 1; run <= runs; run++) {
    appendFileSync(join(projectRoot, postsDir, edited.fileName), `\nEdited for benchmark run ${run}.\n`);
    result.touchedRebuilds.push(await build(`touched-${run}`));
  }
  for (let run = 1; run <= runs; run++) result.unchangedRebuilds.push(await build(`unchanged-${run}`));
}

/** The output's size and the weight of the post page the rare word is on. */
function measureOutput(result: BenchResult, corpus: Corpus): void {
  progress("measuring the output");
  result.output = outputStats(outDir);
  result.postPage = pageWeight(outDir, postUrl(corpus.rarePostSlug));
}

/** In headless Chromium against `astro preview`: the post page's requests, then a common and a rare word searched. */
async function measureInBrowser(result: BenchResult, corpus: Corpus): Promise<void> {
  progress("starting astro preview and headless Chromium");
  const [serverStart, browserStart] = await Promise.allSettled([startPreview(outDir), launchBrowser()]);
  const server = serverStart.status === "fulfilled" ? serverStart.value : undefined;
  const browser = browserStart.status === "fulfilled" ? browserStart.value : undefined;
  try {
    if (!server || !browser) {
      const failed = [serverStart, browserStart].find((start) => start.status === "rejected");
      throw new Error(`could not start astro preview or Chromium: ${String(failed?.reason)}`);
    }
    result.postPageLoad = await measurePageLoad(browser, server.origin, postUrl(corpus.rarePostSlug));
    progress(`post page: ${result.postPageLoad.requests} requests`);
    const search = { common: [] as SearchRun[], rare: [] as SearchRun[] };
    for (let run = 1; run <= searchRuns; run++) {
      for (const [kind, word] of [
        ["common", corpus.commonWord],
        ["rare", corpus.rareWord],
      ] as const) {
        const measured = await measureSearch(browser, server.origin, word);
        search[kind].push(measured);
        progress(
          `search "${word}" ${run}/${searchRuns}: ${(measured.pagefindBytes / 1024).toFixed(0)} KB, first result at ${measured.firstResultMs?.toFixed(0)} ms`,
        );
      }
    }
    result.search = search;
  } catch (error) {
    result.notes.push(`browser measurements failed: ${(error as Error).message.split("\n")[0]}`);
    progress(`browser measurements failed: ${(error as Error).message}`);
  } finally {
    await Promise.all([browser?.close(), server?.stop()]);
  }
}

/** The writing loop in `astro dev` (its own cache folder, so the build's cache is left as it is). */
async function measureWritingLoop(result: BenchResult, corpus: Corpus): Promise<void> {
  const edited = corpus.posts[Math.floor((2 * posts) / 3)]!;
  const devCacheDir = `.bench/dev-cache-${String(posts)}/`;
  progress("dev server: first page with an empty cache, then a warm one, then an edited post");
  try {
    result.devLoop = await measureDevLoop({
      projectRoot,
      postsDir,
      cacheDir: devCacheDir,
      post: { fileName: edited.fileName, path: postUrl(edited.slug) },
    });
    const loop = result.devLoop;
    progress(
      `dev server: first page ${(loop.firstPageColdMs / 1000).toFixed(1)} s cold, ${(loop.firstPageWarmMs / 1000).toFixed(1)} s warm; edit shown in ${(loop.editShownMs / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    result.notes.push(`dev server measurement failed: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    rmSync(join(projectRoot, devCacheDir), { recursive: true, force: true });
  }
}

/** Hugo's cold build of the same posts, when `hugo` is installed: the yardstick the table's multiples use. */
async function measureHugo(result: BenchResult): Promise<void> {
  const version = hugoVersion();
  if (!version) {
    result.notes.push("hugo is not installed: no comparison with Hugo (apt-get install hugo)");
    return;
  }
  const hugoDir = join(benchDir, `hugo-${posts}`);
  writeHugoSite(hugoDir, join(projectRoot, postsDir));
  progress(`hugo: building the same ${posts} posts (${version})`);
  result.hugo = await runHugoBuild(hugoDir, version);
  progress(`hugo: ${result.hugo.ok ? "done" : "FAILED"} in ${(result.hugo.wallMs / 1000).toFixed(1)} s`);
  if (!result.hugo.ok) result.notes.push(`the Hugo build failed: ${result.hugo.log.slice(0, 300)}`);
  rmSync(hugoDir, { recursive: true, force: true });
}

/** One more cold build under `node --cpu-prof`, summarised: where a cold build's CPU goes. */
async function profileColdBuild(result: BenchResult): Promise<void> {
  const profileDir = join(logDir, "cpu-prof");
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(join(projectRoot, cacheDir), { recursive: true, force: true });
  progress("profiling a cold build (node --cpu-prof; slower than the measured builds)");
  const profiled = await runBuild({
    label: "profiled",
    projectRoot,
    postsDir,
    outDir,
    cacheDir,
    logDir,
    nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
    onLine: buildLineReporter("profiled"),
  });
  // One profile per thread (CPU.<date>.<time>.<pid>.<thread>.<n>): the main threads of the build script and of
  // Astro (thread 0), and Astro's card workers; the largest main-thread profile is Astro's.
  const profiles = readdirSync(profileDir)
    .filter((file) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(file))
    .sort((a, b) => statSync(join(profileDir, b)).size - statSync(join(profileDir, a)).size);
  if (!profiled.ok || profiles.length === 0) {
    result.notes.push("the profiled build failed or wrote no profile");
    return;
  }
  const summaryText = formatProfile(
    summarizeProfile(join(profileDir, profiles[0]!), 20, [
      /syncData|loader|glob|parseFrontmatter|markdown|renderMarkdown|createMarkdownProcessor/i,
      /generatePages|generatePath|renderPage|render(ToString|Component)?\b/,
      /getCollection|publishedPosts|selectPosts|postPaths|termPaths|getStaticPaths/,
      /shiki|highlight|codeToHast/i,
    ]),
  );
  writeFileSync(join(logDir, "cpu-prof-summary.txt"), summaryText);
  process.stderr.write(`${summaryText}\n`);
}

/** Writes the result as JSON under .bench/results/ and, unless --keep, removes the corpus, output and cache. */
function saveResult(result: BenchResult): void {
  result.machine.loadAverage.end = loadavg()[0] ?? 0;
  const resultFile = join(resultsDir, `bench-${posts}-${result.date.replace(/[:.]/g, "-")}.json`);
  writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  progress(`results written to ${resultFile}`);
  if (!values.keep) {
    // Built JavaScript under .bench/ would otherwise be picked up by `tsc` (allowJs) in `npm test`.
    for (const path of [join(projectRoot, postsDir), outDir, join(projectRoot, cacheDir)])
      rmSync(path, { recursive: true, force: true });
  }
}

function printReport(result: BenchResult): void {
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`\n${table(result)}\n\n`);
  (values.json ? process.stderr : process.stdout).write(`${summary(result)}\n`);
}

mkdirSync(logDir, { recursive: true });
mkdirSync(resultsDir, { recursive: true });
writeFileSync(progressFile, "");

const corpus = writeCorpus();
const result = newResult(corpus);
await measureHugo(result);
await measureColdBuilds(result);
const built = result.fullBuilds.some((run) => run.ok);
if (!built) result.notes.push("the full build failed: see the logs in .bench/");
if (built) {
  if (!values["no-rebuilds"]) await measureRebuilds(result, corpus);
  measureOutput(result, corpus);
  if (values["no-search"]) result.notes.push("search and page loads not measured (--no-search)");
  else await measureInBrowser(result, corpus);
  if (values.dev) await measureWritingLoop(result, corpus);
  if (values["cpu-prof"]) await profileColdBuild(result);
}
saveResult(result);
printReport(result);
process.exit(built ? 0 : 1);
