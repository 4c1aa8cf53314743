import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  lastBuildIsCurrent,
  outputKey,
  readBuildRecord,
  sourcesKey,
  writeBuildRecord,
  type BuildRecord,
} from "../../scripts/support/build-record.ts";
import { checkPostFolders } from "../../src/lib/checks/post-check.ts";
import { nextScheduledDate, readNextScheduled, writeNextScheduled } from "../../src/lib/checks/schedule.ts";
import { postFolders } from "../../src/lib/content/post-files.ts";

let root: string;
const env = { BLOG_POSTS_DIRS: "src/content/posts:notes" };
const post = (title: string, date: string) => `---\ntitle: "${title}"\ndate: ${date}\n---\nBody.\n`;

function write(file: string, text: string): void {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "build-record-"));
  write("src/content/posts/2024-12-01-a.md", post("A", "2024-12-01"));
  write("src/content/posts/diagram.svg", "<svg/>");
  write("notes/2024-12-02-b.md", post("B", "2024-12-02"));
  write("public/favicon.svg", "<svg/>");
  write("src/components/PostMeta.astro", "<p>{minutes} min read</p>\n");
  write("dist/index.html", "<h1>Home</h1>");
  write("dist/posts/a/index.html", "<h1>A</h1>");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("sourcesKey", () => {
  it("changes with every file in a post folder or public/, posts and images alike", () => {
    const edits: [string, () => void][] = [
      ["a post", () => write("src/content/posts/2024-12-01-a.md", post("A, retitled", "2024-12-01"))],
      ["an image beside the posts", () => write("src/content/posts/diagram.svg", "<svg><path/></svg>")],
      ["a post in a second folder", () => write("notes/2024-12-03-c.md", post("C", "2024-12-03"))],
      ["a public file", () => write("public/robots-extra.txt", "x")],
      ["a post removed", () => rmSync(join(root, "notes/2024-12-02-b.md"))],
    ];
    for (const [name, apply] of edits) {
      const before = sourcesKey(root, env);
      apply();
      expect(sourcesKey(root, env), name).not.toBe(before);
    }
  });

  it("leaves code to the inputs key, and is the same for the same files", () => {
    const before = sourcesKey(root, env);
    write("src/components/PostMeta.astro", "<p>{minutes} minutes</p>\n");
    expect(sourcesKey(root, env)).toBe(before);
    expect(sourcesKey(root, { BLOG_POSTS_DIRS: "src/content/posts" })).not.toBe(before);
  });
});

describe("outputKey", () => {
  it("changes when a file of the output is added, removed or rewritten, and only then", () => {
    const dist = join(root, "dist");
    const before = outputKey(dist);
    expect(outputKey(dist)).toBe(before);
    write("dist/posts/a/index.html", "<h1>a</h1>");
    utimesSync(join(dist, "posts/a/index.html"), new Date("2020-01-01"), new Date("2020-01-01"));
    const rewritten = outputKey(dist);
    expect(rewritten, "same size, another time").not.toBe(before);
    write("dist/extra.html", "");
    expect(outputKey(dist)).not.toBe(rewritten);
    rmSync(join(dist, "extra.html"));
    expect(outputKey(dist)).toBe(rewritten);
  });
});

describe("the build record", () => {
  const now = new Date("2025-06-01T12:00:00Z");
  const recordFile = () => join(root, "cache/build-record.json");
  const current = () => ({ inputs: "inputs-1", sources: sourcesKey(root, env), outDir: join(root, "dist") });
  const recordOf = (startedAt: Date): BuildRecord => ({
    ...current(),
    output: outputKey(join(root, "dist")),
    startedAt: startedAt.toISOString(),
    nextScheduledAt: nextScheduledDate(checkPostFolders(root, postFolders(env)).posts, startedAt)?.toISOString(),
  });
  const isCurrent = (record: BuildRecord | undefined, at = now) => lastBuildIsCurrent(record, current(), at);

  it("is read back as written, and is nothing when missing or malformed", () => {
    mkdirSync(join(root, "cache"));
    expect(readBuildRecord(recordFile())).toBeUndefined();
    writeBuildRecord(recordFile(), recordOf(now));
    expect(readBuildRecord(recordFile())).toEqual(recordOf(now));
    writeFileSync(recordFile(), JSON.stringify({ inputs: "inputs-1" }));
    expect(readBuildRecord(recordFile())).toBeUndefined();
  });

  it("says the last build is current only with the same sources, inputs, output folder and output", () => {
    const record = recordOf(now);
    expect(isCurrent(record)).toBe(true);
    expect(isCurrent(undefined)).toBe(false);
    expect(isCurrent({ ...record, inputs: "inputs-0" }), "code changed").toBe(false);
    expect(isCurrent({ ...record, outDir: join(root, "elsewhere") }), "another output folder").toBe(false);
    write("notes/2024-12-02-b.md", post("B, retitled", "2024-12-02"));
    expect(isCurrent(record), "a post edited").toBe(false);
    const afterEdit = recordOf(now);
    rmSync(join(root, "dist/posts/a/index.html"));
    expect(isCurrent(afterEdit), "a page removed from the output").toBe(false);
    rmSync(join(root, "dist"), { recursive: true });
    expect(isCurrent(afterEdit), "no output at all").toBe(false);
  });

  it("is not current once a post scheduled after it has come due", () => {
    write("notes/2025-07-01-scheduled.md", post("Scheduled", "2025-07-01T09:00:00Z"));
    const record = recordOf(now);
    expect(isCurrent(record, new Date("2025-06-30T00:00:00Z"))).toBe(true);
    expect(isCurrent(record, new Date("2025-07-01T09:00:00Z"))).toBe(false);
    expect(record.nextScheduledAt).toBe("2025-07-01T09:00:00.000Z");
    write("notes/2025-06-15-sooner.md", post("Sooner", "2025-06-15T00:00:00Z"));
    const posts = checkPostFolders(root, postFolders(env)).posts;
    expect(nextScheduledDate(posts, now)?.toISOString()).toBe("2025-06-15T00:00:00.000Z");
    expect(nextScheduledDate(posts, new Date("2025-07-02"))).toBeUndefined();
  });
});

describe("when the next scheduled post comes due, as the build's post check leaves it", () => {
  it("is read back as written, none when nothing is scheduled, and unknown when missing or garbled", () => {
    const cache = join(root, "cache");
    expect(readNextScheduled(cache)).toBeUndefined();
    writeNextScheduled(cache, new Date("2025-07-01T09:00:00Z"));
    expect(readNextScheduled(cache)?.nextScheduledAt?.toISOString()).toBe("2025-07-01T09:00:00.000Z");
    writeNextScheduled(cache, undefined);
    expect(readNextScheduled(cache)).toEqual({ nextScheduledAt: undefined });
    writeFileSync(join(cache, "next-scheduled-post.json"), '{"nextScheduledAt": "soon"}');
    expect(readNextScheduled(cache)).toBeUndefined();
  });
});
