import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { childEnv } from "../support/project.ts";
import { sampleTreeMemory } from "./proc.ts";

/** What Astro's own phase timer (env ASTRO_TIMER_PATH) writes: milliseconds and heap per phase. */
export type AstroTimerStats = Record<string, { elapsedTime: number; heapUsedChange: number; heapUsedTotal: number }>;

/** Where the time of one build went, in milliseconds. */
export interface BuildPhases {
  /**
   * From starting the process until the content layer starts syncing (its "Syncing content" log line):
   * Node and the Astro CLI, loading the config, `astro:config:setup` hooks (the project's post check
   * reads and checks every post there), and the temporary Vite server that sync uses.
   */
  setup: number;
  /** The content layer: reading, parsing and validating the posts into the data store ("Sync content layer"). */
  contentSync: number;
  /** Vite/Rolldown bundling of the prerender and client code ("Prerender build", "SSR build", "Client build"). */
  bundling: number;
  /** Rendering every route to HTML and writing it ("Static generate"). */
  rendering: number;
  /** Pagefind indexing, after `astro build` has exited (scripts/build.ts), as its own log line reports it. */
  pagefind: number;
  /** The rest of the wall time: writing types, collecting routes, the sitemap, exiting, and swapping the output in. */
  other: number;
}

export interface BuildRun {
  label: string;
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  phases: BuildPhases;
  /** Astro's "N page(s) built" count. */
  pagesBuilt: number | undefined;
  /** Peak of the summed RSS of the whole process tree (Node, Pagefind's binary, …), sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** Peak summed RSS of each command's processes in the tree (`node`, `pagefind_extended`, …), sampled. */
  peakRssByCommand: Record<string, number>;
  /** RSS once a second: [ms after start, whole tree, by command]. */
  memoryTimeline: [number, number, Record<string, number>][];
  /** When the build's notable log lines arrived, in ms after start (content sync, bundling, rendering, Pagefind). */
  milestones: Record<string, number>;
  /** Peak RSS of the largest single process, from /usr/bin/time (exact, not sampled), when it is there. */
  maxProcessRssBytes: number | undefined;
  /** CPU seconds of the whole tree, from /usr/bin/time. */
  cpuUserSeconds: number | undefined;
  cpuSystemSeconds: number | undefined;
  /** V8 heap in use at the end of Astro's "Total build" timer. */
  heapUsedBytes: number | undefined;
  timer: AstroTimerStats;
  logFile: string;
}

/** Terminal colour codes (ESC [ … m), should a build print them despite NO_COLOR. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/**
 * Returns the phases of a build from its wall time, Astro's own phase timer, the time the "Syncing
 * content" line arrived (ms after the process started) and the log (for Pagefind's own timing).
 */
export function buildPhases(
  wallMs: number,
  timer: AstroTimerStats,
  log: string,
  syncLineMs: number | undefined,
): BuildPhases {
  const time = (name: string) => timer[name]?.elapsedTime ?? 0;
  const total = time("Total build");
  const pagefindMatch = /Search index of \d+ pages in \d+ shards: .* in ([\d.]+)s\./.exec(log.replace(ANSI, ""));
  const pagefind = pagefindMatch ? Number(pagefindMatch[1]) * 1000 : 0;
  const contentSync = time("Sync content layer");
  const bundling = time("Prerender build") + time("SSR build") + time("Client build");
  const rendering = time("Static generate") + time("Server generate");
  // Without the sync line, count what lies outside Astro's "Total build" timer as setup.
  const setup = syncLineMs ?? Math.max(0, wallMs - total);
  return {
    setup,
    contentSync,
    bundling,
    rendering,
    pagefind,
    other: Math.max(0, wallMs - setup - contentSync - bundling - rendering - pagefind),
  };
}

/** Returns Astro's "N page(s) built" count from a build log. */
export function pagesBuilt(log: string): number | undefined {
  const match = /(\d+) page\(s\) built in/.exec(log.replace(ANSI, ""));
  return match ? Number(match[1]) : undefined;
}

export interface BuildOptions {
  label: string;
  projectRoot: string;
  /** Posts folder, relative to the project root. */
  postsDir: string;
  outDir: string;
  /** Astro's cache folder (the content data store lives there), relative to the project root. */
  cacheDir: string;
  logDir: string;
  /** Extra Node flags for the build's Node processes (through NODE_OPTIONS), e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  /** Called with each line the build prints. */
  onLine?: (line: string) => void;
}

/**
 * Runs the build as `npm run build` does (`scripts/build.ts`: `astro build` into a staging folder, then
 * Pagefind) for the benchmark corpus in a child process, under /usr/bin/time when it exists, sampling the
 * memory of its process tree, and returns its timings.
 */
export async function runBuild(options: BuildOptions): Promise<BuildRun> {
  mkdirSync(options.logDir, { recursive: true });
  const safeLabel = options.label.replace(/[^a-z0-9-]+/gi, "-");
  const timerFile = join(options.logDir, `${safeLabel}.timer.json`);
  const timeFile = join(options.logDir, `${safeLabel}.time.txt`);
  const logFile = join(options.logDir, `${safeLabel}.log`);
  rmSync(timerFile, { force: true });
  rmSync(timeFile, { force: true });
  const build = [join(options.projectRoot, "scripts/build.ts")];
  const useTime = existsSync("/usr/bin/time");
  const [command, args] = useTime
    ? ["/usr/bin/time", ["-f", "%e %U %S %M", "-o", timeFile, process.execPath, ...build]]
    : [process.execPath, build];
  const env = childEnv({
    // The corpus is a stand-in site; on CI its placeholder address would otherwise stop the build.
    ALLOW_PLACEHOLDER_URL: "1",
    ASTRO_TIMER_PATH: timerFile,
    BLOG_CACHE_DIR: options.cacheDir,
    BLOG_POSTS_DIRS: options.postsDir,
    BLOG_OUT_DIR: options.outDir,
    // A colourless log is easier to parse and to read.
    FORCE_COLOR: "0",
    NO_COLOR: "1",
    ...(options.nodeFlags ? { NODE_OPTIONS: options.nodeFlags.join(" ") } : {}),
  });
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  const memory = sampleTreeMemory(child.pid as number);
  let log = "";
  let pending = "";
  const milestones: Record<string, number> = {};
  const MILESTONES: [string, RegExp][] = [
    ["sync start", /\[content\] Syncing content/],
    ["sync end", /\[content\] Synced content/],
    ["bundling start", /Building static entrypoints/],
    ["rendering start", /generating static routes/],
    ["rendering end", /✓ Completed in [^\n]*\n[^\n]*\[build\] ✓ Completed/],
    ["sitemap written", /sitemap-index\.xml/],
    ["pagefind end", /\[pagefind\] Search index of/],
  ];
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    for (const [name, pattern] of MILESTONES)
      if (milestones[name] === undefined && pattern.test(text))
        milestones[name] = Math.round(performance.now() - started);
    log += text;
    pending += text;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) options.onLine?.(line.replace(ANSI, ""));
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exitCode = await new Promise<number | null>((resolve) => child.once("close", resolve));
  const wallMs = performance.now() - started;
  const peak = memory.stop();
  writeFileSync(logFile, log);
  const timer = existsSync(timerFile) ? (JSON.parse(readFileSync(timerFile, "utf8")) as AstroTimerStats) : {};
  const timeFields = useTime && existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split("\n").at(-1) : "";
  const [, user, system, maxKb] = (timeFields ?? "").split(" ").map(Number);
  return {
    label: options.label,
    ok: exitCode === 0,
    exitCode,
    wallMs,
    phases: buildPhases(wallMs, timer, log, milestones["sync start"]),
    pagesBuilt: pagesBuilt(log),
    peakTreeRssBytes: peak.peakBytes,
    peakRssByCommand: peak.peakByCommand,
    memoryTimeline: peak.timeline,
    milestones,
    maxProcessRssBytes: maxKb ? maxKb * 1024 : undefined,
    cpuUserSeconds: Number.isFinite(user) ? user : undefined,
    cpuSystemSeconds: Number.isFinite(system) ? system : undefined,
    heapUsedBytes: timer["Total build"]?.heapUsedTotal,
    timer,
    logFile,
  };
}
