import { median } from "../support/stats.ts";
import type { PageLoad, SearchRun } from "./browser.ts";
import type { BuildPhases, BuildRun } from "./build.ts";
import type { DevLoopRun } from "./dev.ts";
import type { HugoRun } from "./hugo.ts";
import type { OutputStats, PageWeight } from "./site.ts";

/** Everything one benchmark run measured; `--json` prints it as it is. */
export interface BenchResult {
  posts: number;
  seed: number;
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    astro: string;
    pagefind: string;
    /** One-minute load average when the run started and ended: other work on the machine skews timings. */
    loadAverage: { start: number; end: number };
  };
  /** The commit measured; `dirty` lists uncommitted changes to src/, the config, the lock file or public/. */
  git: { commit: string; dirty: string[] };
  corpus: { words: number; commonWord: string; commonWordPosts: number; rareWord: string; rarePostSlug: string };
  /** Each build repeated `runs` times; the table shows medians. */
  runs: number;
  fullBuilds: BuildRun[];
  touchedRebuilds: BuildRun[];
  unchangedRebuilds: BuildRun[];
  output: OutputStats | undefined;
  postPage: PageWeight | undefined;
  postPageLoad: PageLoad | undefined;
  search: { common: SearchRun[]; rare: SearchRun[] } | undefined;
  /** Hugo's cold build of the same posts, when `hugo` is installed. */
  hugo: HugoRun | undefined;
  /** The writing loop in `astro dev`, with `--dev`. */
  devLoop: DevLoopRun | undefined;
  /** What failed or was skipped, if anything. */
  notes: string[];
}

/** Returns the run whose wall time is the median (the lower middle for an even count). */
export function medianRun(runs: readonly BuildRun[]): BuildRun | undefined {
  const ok = runs.filter((run) => run.ok);
  if (ok.length === 0) return undefined;
  const sorted = [...ok].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export const seconds = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? "–" : `${(ms / 1000).toFixed(1)} s`;
export const milliseconds = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? "–" : `${Math.round(ms)} ms`;
export function bytes(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  if (value < 1024 ** 3) return `${(value / 1024 ** 2).toFixed(1)} MB`;
  return `${(value / 1024 ** 3).toFixed(2)} GB`;
}

interface Target {
  /** Human text of the target. */
  text: string;
  met: boolean | undefined;
}

function target(text: string, met: boolean | undefined): Target {
  return { text, met };
}

/** The build targets of issue 12 for a corpus size (1,000 or 10,000 posts; none for other sizes), in ms and bytes. */
export function buildTargets(
  posts: number,
): { cold: number; edited: number; unchanged: number; peakBytes: number } | undefined {
  if (posts <= 1000) return { cold: 15_000, edited: 3_000, unchanged: 2_000, peakBytes: 1024 ** 3 };
  if (posts <= 10_000) return { cold: 90_000, edited: 15_000, unchanged: 8_000, peakBytes: 2.5 * 1024 ** 3 };
  return undefined;
}

function phaseText(phases: BuildPhases | undefined): string {
  if (!phases) return "–";
  return [
    `setup ${seconds(phases.setup)}`,
    `sync ${seconds(phases.contentSync)}`,
    `bundle ${seconds(phases.bundling)}`,
    `render ${seconds(phases.rendering)}`,
    `pagefind ${seconds(phases.pagefind)}`,
    `other ${seconds(phases.other)}`,
  ].join(", ");
}

function byCommand(run: BuildRun): string {
  return Object.entries(run.peakRssByCommand)
    .filter(([, rss]) => rss >= 16 * 1024 * 1024)
    .sort((a, b) => b[1] - a[1])
    .map(([command, rss]) => `${command} ${bytes(rss)}`)
    .join(", ");
}

function spread(runs: readonly BuildRun[]): string {
  const walls = runs.filter((run) => run.ok).map((run) => run.wallMs);
  if (walls.length < 2) return "";
  return ` (median of ${walls.length}: ${walls.map((wall) => (wall / 1000).toFixed(1)).join(", ")})`;
}

export interface Row {
  section: string;
  metric: string;
  value: string;
  target: Target | undefined;
}

const row = (section: string, metric: string, value: string, goal?: Target): Row => ({
  section,
  metric,
  value,
  target: goal,
});

/** Returns ", 4.2× Hugo" for a wall time when Hugo's full build was measured. */
function hugoMultiple(result: BenchResult, wallMs: number | undefined): string {
  const hugo = result.hugo;
  if (!hugo?.ok || wallMs === undefined) return "";
  return `, ${(wallMs / hugo.wallMs).toFixed(1)}× Hugo`;
}

/** A timed build (cold, one post edited, nothing changed): its median wall time against its target, and phases. */
function timedBuildRows(result: BenchResult, metric: string, runs: readonly BuildRun[], limitMs?: number): Row[] {
  const run = medianRun(runs);
  const goal = limitMs === undefined ? undefined : target(`< ${limitMs / 1000} s`, run ? run.wallMs < limitMs : false);
  return [
    row("build", metric, `${seconds(run?.wallMs)}${hugoMultiple(result, run?.wallMs)}${spread(runs)}`, goal),
    row("build", "  phases", phaseText(run?.phases)),
  ];
}

function buildRows(result: BenchResult): Row[] {
  const full = medianRun(result.fullBuilds);
  const targets = buildTargets(result.posts);
  const peakRss = result.fullBuilds.length
    ? Math.max(...result.fullBuilds.map((run) => run.peakTreeRssBytes))
    : undefined;
  const maxProcess = result.fullBuilds.map((run) => run.maxProcessRssBytes ?? 0);
  const cpu =
    full?.cpuUserSeconds === undefined ? "–" : `${(full.cpuUserSeconds + (full.cpuSystemSeconds ?? 0)).toFixed(1)} s`;
  const hugo = result.hugo;
  return [
    row(
      "build",
      "Hugo, same posts, cold",
      hugo
        ? `${hugo.ok ? seconds(hugo.wallMs) : "failed"}, peak RSS ${bytes(hugo.peakTreeRssBytes)} (${hugo.version.split(" ")[1] ?? hugo.version})`
        : "– (hugo not installed)",
    ),
    ...timedBuildRows(result, "full build, cold cache: wall", result.fullBuilds, targets?.cold),
    row("build", "  CPU (user + system)", cpu),
    row(
      "build",
      "  peak RSS, process tree (sampled)",
      bytes(peakRss),
      targets && target(`< ${bytes(targets.peakBytes)}`, peakRss !== undefined && peakRss < targets.peakBytes),
    ),
    row(
      "build",
      "  peak RSS, largest process",
      `${bytes(maxProcess.length ? Math.max(...maxProcess) : undefined)}${full ? ` (by command: ${byCommand(full)})` : ""}`,
    ),
    row("build", "  V8 heap in use at the end", bytes(full?.heapUsedBytes)),
    row("build", "  per post", full ? `${(full.wallMs / result.posts).toFixed(2)} ms` : "–"),
    ...timedBuildRows(result, "rebuild after editing one post", result.touchedRebuilds, targets?.edited),
    ...timedBuildRows(result, "rebuild with nothing changed", result.unchangedRebuilds, targets?.unchanged),
  ];
}

function outputRows(result: BenchResult): Row[] {
  const output = result.output;
  return [
    row("output", "pages written (Astro's count)", `${medianRun(result.fullBuilds)?.pagesBuilt ?? "–"}`),
    row("output", "HTML files", output ? `${output.htmlFiles} (${bytes(output.htmlBytes)})` : "–"),
    row("output", "dist/", output ? `${bytes(output.bytes)} in ${output.files} files` : "–"),
    row(
      "output",
      "  of which pagefind/",
      output ? `${bytes(output.pagefindBytes)} in ${output.pagefindFiles} files` : "–",
    ),
  ];
}

function postPageRows(result: BenchResult): Row[] {
  const page = result.postPage;
  const load = result.postPageLoad;
  return [
    row("post page", "page", page?.path ?? "–"),
    row(
      "post page",
      "HTML + CSS, gzipped",
      page
        ? `${bytes(page.htmlCssGzipBytes)} (HTML ${bytes(page.htmlBytes)} → ${bytes(page.htmlGzipBytes)}, inline CSS ${bytes(page.inlineCssBytes)}, ${page.cssFiles} CSS files ${bytes(page.cssGzipBytes)})`
        : "–",
      target("< 14 KB", page ? page.htmlCssGzipBytes < 14 * 1024 : undefined),
    ),
    row(
      "post page",
      "JavaScript",
      page ? `${bytes(page.jsBytes)} in ${page.scripts} scripts (JSON-LD data ${bytes(page.dataScriptBytes)})` : "–",
      target("0 B", page ? page.jsBytes === 0 : undefined),
    ),
    row(
      "post page",
      "web fonts",
      page ? `${page.fontFiles} (${bytes(page.fontBytes)})` : "–",
      target("none", page ? page.fontFiles === 0 : undefined),
    ),
    row(
      "post page",
      "requests referenced / render-blocking",
      page ? `${page.requests} / ${page.renderBlockingRequests}` : "–",
    ),
    row(
      "post page",
      "requests in Chromium: all / before first paint",
      load
        ? `${load.requests} / ${load.requestsBeforeFirstPaint} (FCP ${milliseconds(load.firstContentfulPaintMs)})`
        : "–",
      target("≤ 2 before first paint", load ? load.requestsBeforeFirstPaint <= 2 : undefined),
    ),
  ];
}

function searchRows(result: BenchResult, kind: "common" | "rare"): Row[] {
  const runs = result.search?.[kind] ?? [];
  const word = kind === "common" ? result.corpus.commonWord : result.corpus.rareWord;
  const inPosts = kind === "common" ? result.corpus.commonWordPosts : 1;
  const fetched = median(runs.map((run) => run.pagefindBytes));
  const index = median(runs.map((run) => run.indexBytes));
  const timesOf = (pick: (run: SearchRun) => number | undefined) =>
    median(runs.flatMap((run) => (pick(run) === undefined ? [] : [pick(run) as number])));
  const first = timesOf((run) => run.firstResultMs);
  const section = `search "${word}" (${inPosts} posts)`;
  // The search targets are for 10,000 posts, where the index is largest.
  const targeted = kind === "rare" && result.posts >= 10_000;
  return [
    row(
      section,
      "bytes fetched under /pagefind/",
      runs.length
        ? `${bytes(fetched)} in ${median(runs.map((run) => run.pagefindRequests))} requests (index ${bytes(index)}, UI JS/CSS and wasm ${bytes(fetched - index)})${runs[0]?.compressed ? "" : ", uncompressed"}`
        : "–",
      targeted ? target("< 300 KB", runs.length ? fetched < 300 * 1024 : undefined) : undefined,
    ),
    row(
      section,
      "first result: from navigation / loaded / from query",
      runs.length
        ? `${milliseconds(first)} / ${milliseconds(timesOf((run) => run.firstResultLoadedMs))} / ${milliseconds(timesOf((run) => run.afterQueryMs))} (median of ${runs.length}, ${runs[0]?.results ?? 0} results shown)`
        : "–",
      targeted ? target("< 300 ms", runs.length ? first < 300 : undefined) : undefined,
    ),
  ];
}

/** The writing loop's rows, with issue 12's targets at 1,000 posts: first page < 6 s on a warm cache, an edit < 1 s. */
function devLoopRows(result: BenchResult): Row[] {
  const loop = result.devLoop;
  if (!loop) return [];
  const targeted = result.posts <= 1000;
  return [
    row("dev server", "first page, empty cache", seconds(loop.firstPageColdMs)),
    row(
      "dev server",
      "first page, warm cache",
      seconds(loop.firstPageWarmMs),
      targeted ? target("< 6 s", loop.firstPageWarmMs < 6_000) : undefined,
    ),
    row(
      "dev server",
      "an edited post shown",
      `${seconds(loop.editShownMs)} (${loop.editedPath})`,
      targeted ? target("< 1 s", loop.editShownMs < 1_000) : undefined,
    ),
  ];
}

/** The rows of the table, with each target issue 12 sets and whether this run met it. */
export function rows(result: BenchResult): Row[] {
  return [
    ...buildRows(result),
    ...outputRows(result),
    ...postPageRows(result),
    ...searchRows(result, "common"),
    ...searchRows(result, "rare"),
    ...devLoopRows(result),
  ];
}

/** Formats the rows as a fixed-width text table. */
export function table(result: BenchResult): string {
  const all = rows(result);
  const header = { metric: "metric", value: "value", target: "target" };
  const metricWidth = Math.max(header.metric.length, ...all.map((row) => row.metric.length));
  const valueWidth = Math.max(header.value.length, ...all.map((row) => row.value.length));
  const mark = (goal: Target | undefined) =>
    goal ? `${goal.text} ${goal.met === undefined ? "?" : goal.met ? "met" : "MISSED"}` : "";
  const lines: string[] = [];
  lines.push(
    `Benchmark: ${result.posts} posts (seed ${result.seed}, ${result.corpus.words} words), ${result.date}`,
    `Commit: ${result.git.commit}${result.git.dirty.length ? ` plus uncommitted changes to ${result.git.dirty.map((line) => line.slice(3)).join(", ")}` : ""}`,
    `Machine: ${result.machine.cpus} × ${result.machine.cpuModel}, ${bytes(result.machine.memoryBytes)} RAM, Node ${result.machine.node}, Astro ${result.machine.astro}, Pagefind ${result.machine.pagefind}, load average ${result.machine.loadAverage.start.toFixed(1)} at start, ${result.machine.loadAverage.end.toFixed(1)} at end`,
    "",
    `${header.metric.padEnd(metricWidth)}  ${header.value.padEnd(valueWidth)}  ${header.target}`,
    `${"-".repeat(metricWidth)}  ${"-".repeat(valueWidth)}  ${"-".repeat(20)}`,
  );
  let section = "";
  for (const row of all) {
    if (row.section !== section) {
      section = row.section;
      lines.push(`[${section}]`);
    }
    lines.push(`${row.metric.padEnd(metricWidth)}  ${row.value.padEnd(valueWidth)}  ${mark(row.target)}`.trimEnd());
  }
  for (const note of result.notes) lines.push(`note: ${note}`);
  return lines.join("\n");
}

/** One line: the headline numbers and how many targets were met. */
export function summary(result: BenchResult): string {
  const goals = rows(result).flatMap((row) => (row.target && row.target.met !== undefined ? [row.target] : []));
  const met = goals.filter((goal) => goal.met === true).length;
  const missed = rows(result)
    .filter((row) => row.target?.met === false)
    .map((row) => `${row.section}: ${row.metric.trim()}`);
  const full = medianRun(result.fullBuilds);
  const touched = medianRun(result.touchedRebuilds);
  const peak = result.fullBuilds.length ? Math.max(...result.fullBuilds.map((run) => run.peakTreeRssBytes)) : undefined;
  return (
    `bench ${result.posts} posts: full build ${seconds(full?.wallMs)}, peak RSS ${bytes(peak)}, ` +
    `one-post rebuild ${seconds(touched?.wallMs)}; ${met}/${goals.length} targets met` +
    (missed.length ? ` (missed: ${missed.join("; ")})` : "")
  );
}
