import { describe, expect, it } from "vitest";
import type { BuildRun } from "../../scripts/bench/build.ts";
import { buildTargets, rows, table, type BenchResult } from "../../scripts/bench/report.ts";

const phases = { setup: 1000, contentSync: 1000, bundling: 1000, rendering: 1000, pagefind: 500, other: 500 };

function run(label: string, wallMs: number, peakTreeRssBytes = 800 * 1024 ** 2): BuildRun {
  return {
    label,
    ok: true,
    exitCode: 0,
    wallMs,
    phases,
    pagesBuilt: 1500,
    peakTreeRssBytes,
    peakRssByCommand: { node: peakTreeRssBytes },
    memoryTimeline: [],
    milestones: {},
    maxProcessRssBytes: peakTreeRssBytes,
    cpuUserSeconds: 20,
    cpuSystemSeconds: 2,
    heapUsedBytes: 300 * 1024 ** 2,
    timer: {},
    logFile: ".bench/logs/x.log",
  };
}

/** A 1,000-post run as the bench records it: cold 12 s, an edited post 4 s, nothing changed 1.5 s, Hugo 3 s. */
const result: BenchResult = {
  posts: 1000,
  seed: 20241201,
  date: "2026-11-30T12:00:00.000Z",
  machine: {
    cpus: 2,
    cpuModel: "test CPU",
    memoryBytes: 8 * 1024 ** 3,
    node: "v24.21.0",
    astro: "7.3.5",
    pagefind: "1.6.0",
    loadAverage: { start: 1, end: 1 },
  },
  git: { commit: "abc1234", dirty: [] },
  corpus: { words: 900_000, commonWord: "the", commonWordPosts: 1000, rareWord: "zyx", rarePostSlug: "post-500" },
  runs: 1,
  fullBuilds: [run("full-1", 12_000)],
  touchedRebuilds: [run("touched-1", 4_000)],
  unchangedRebuilds: [run("unchanged-1", 1_500)],
  output: undefined,
  postPage: undefined,
  postPageLoad: undefined,
  search: undefined,
  hugo: {
    version: "hugo v0.111.3+extended linux/amd64",
    ok: true,
    wallMs: 3_000,
    peakTreeRssBytes: 300 * 1024 ** 2,
    log: "",
  },
  devLoop: { firstPageColdMs: 21_000, firstPageWarmMs: 5_000, editShownMs: 1_400, editedPath: "/posts/post-666/" },
  notes: [],
};

const rowOf = (metric: string) => rows(result).find((row) => row.metric === metric);

describe("the bench report", () => {
  it("holds issue 12's targets by corpus size", () => {
    expect(buildTargets(1000)).toEqual({ cold: 15_000, edited: 3_000, unchanged: 2_000, peakBytes: 1024 ** 3 });
    expect(buildTargets(10_000)?.cold).toBe(90_000);
    expect(buildTargets(20_000)).toBeUndefined();
  });

  it("marks each build against its target and shows it as a multiple of Hugo's cold build", () => {
    expect(rowOf("full build, cold cache: wall")).toMatchObject({
      value: "12.0 s, 4.0× Hugo",
      target: { text: "< 15 s", met: true },
    });
    expect(rowOf("rebuild after editing one post")).toMatchObject({
      value: "4.0 s, 1.3× Hugo",
      target: { text: "< 3 s", met: false },
    });
    expect(rowOf("rebuild with nothing changed")?.target).toEqual({ text: "< 2 s", met: true });
    expect(rowOf("  peak RSS, process tree (sampled)")?.target).toEqual({ text: "< 1.00 GB", met: true });
    expect(rowOf("Hugo, same posts, cold")?.value).toBe("3.0 s, peak RSS 300.0 MB (v0.111.3+extended)");
  });

  it("marks the writing loop against its targets at 1,000 posts, and leaves it out when not measured", () => {
    expect(rowOf("first page, empty cache")).toMatchObject({ value: "21.0 s", target: undefined });
    expect(rowOf("first page, warm cache")?.target).toEqual({ text: "< 6 s", met: true });
    expect(rowOf("an edited post shown")).toMatchObject({
      value: "1.4 s (/posts/post-666/)",
      target: { text: "< 1 s", met: false },
    });
    expect(rows({ ...result, devLoop: undefined }).some((row) => row.section === "dev server")).toBe(false);
  });

  it("formats the rows as a table, a missed target marked", () => {
    const text = table(result);
    expect(text).toMatch(/rebuild after editing one post\s+4\.0 s, 1\.3× Hugo\s+< 3 s MISSED/);
    expect(text).toMatch(/full build, cold cache: wall\s+12\.0 s, 4\.0× Hugo\s+< 15 s met/);
  });
});
