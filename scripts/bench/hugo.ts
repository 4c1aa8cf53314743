/**
 * Hugo on the benchmark's corpus, for scale: the same posts (front matter and Markdown as written) in a minimal
 * Hugo site with what our site makes of them (post pages with tags, categories, related posts and neighbours,
 * paginated home and term listings, feeds, highlighted code), built cold. The bench prints our times as
 * multiples of this one.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleTreeMemory } from "./proc.ts";

/** One cold Hugo build of the corpus. */
export interface HugoRun {
  version: string;
  ok: boolean;
  wallMs: number;
  peakTreeRssBytes: number;
  log: string;
}

const CONFIG = `baseURL = "https://example.com/"
title = "Field Notes"
languageCode = "en"
paginate = 10
[taxonomies]
  tag = "tags"
  category = "categories"
[markup.highlight]
  noClasses = false
[related]
  includeNewer = true
  threshold = 1
  toLower = true
  [[related.indices]]
    name = "tags"
    weight = 1
`;

const BASE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<meta name="description" content="{{ .Description }}"></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>
`;

const SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · {{ .ReadingTime }} min read</p>
{{ .TableOfContents }}{{ .Content }}
<p>{{ range .GetTerms "categories" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
<ul>{{ range first 3 (site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = where site.RegularPages "Section" "posts" }}{{ end }}
{{ range (.Paginate $pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Date.Format "2 January 2006" }} · {{ .Description }}</p></article>{{ end }}
{{ template "_internal/pagination.html" . }}{{ end }}
`;

/** Returns Hugo's version line, or undefined when `hugo` is not installed. */
export function hugoVersion(): string | undefined {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Writes a Hugo site at `siteDir` whose posts are the files of `postsDir`. */
export function writeHugoSite(siteDir: string, postsDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, "layouts/_default"), { recursive: true });
  writeFileSync(join(siteDir, "hugo.toml"), CONFIG);
  writeFileSync(join(siteDir, "layouts/_default/baseof.html"), BASE);
  writeFileSync(join(siteDir, "layouts/_default/single.html"), SINGLE);
  writeFileSync(join(siteDir, "layouts/_default/list.html"), LIST);
  cpSync(postsDir, join(siteDir, "content/posts"), { recursive: true });
}

/** Builds the Hugo site at `siteDir` from a cold start (no output, no resource cache); times it and samples its memory. */
export function runHugoBuild(siteDir: string, version: string): Promise<HugoRun> {
  for (const folder of ["public", "resources"]) rmSync(join(siteDir, folder), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn("hugo", ["--quiet", "--source", siteDir, "--ignoreCache"], { stdio: ["ignore", "pipe", "pipe"] });
  const memory = sampleTreeMemory(child.pid ?? 0);
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      resolve({ version, ok: code === 0, wallMs, peakTreeRssBytes: memory.stop().peakBytes, log });
    });
  });
}
