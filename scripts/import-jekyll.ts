// `npm run import:jekyll -- <jekyll-site> [--dry-run] [--force] [--strict] [--out folder] [--public folder]`:
// imports a Jekyll site's _posts/ and _drafts/ into src/content/posts/ (or --out), each post with its old URLs
// as redirect_from, copies the files posts reference into public/ (or --public) at the same paths, and prints
// what it did to each post and what needs the author's eye. Exit status: 0, 1 for a usage error, 2 when some
// posts could not be converted (the others are written), 3 with --strict when any post was flagged.
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { planImport, type ExistingPost, type JekyllFile } from "../src/lib/import/jekyll/convert.ts";
import { readJekyllFrontMatter } from "../src/lib/import/jekyll/front-matter.ts";
import {
  classCounts,
  classLines,
  countOutcomes,
  postReport,
  summaryLine,
  type WriteOutcome,
} from "../src/lib/import/jekyll/report.ts";
import { listPostFiles, postFolders } from "../src/lib/content/post-files.ts";
import { checkFrontMatter } from "../src/lib/checks/post-check.ts";
import { postSlugFromPath } from "../src/lib/content/slugs.ts";
import { site } from "../src/site.config.ts";
import { fail, readArguments } from "./support/cli.ts";

const USAGE =
  "Usage: npm run import:jekyll -- <path-to-jekyll-site> [--dry-run] [--force] [--strict] [--out folder] [--public folder]";
const command = { name: "import-jekyll", usage: USAGE };
const startedAt = performance.now();
const startCpu = process.cpuUsage();
const root = fileURLToPath(new URL("../", import.meta.url));

const SKIPPED_FOLDERS = new Set(["_site", "node_modules", "vendor", ".git", ".jekyll-cache", ".sass-cache"]);

/** Every file of the Jekyll site under a `_posts/` folder (at any depth) or the top `_drafts/`. */
function postSourceFiles(siteRoot: string): JekyllFile[] {
  const paths = globSync(["**/_posts/**/*", "_drafts/**/*"], {
    cwd: siteRoot,
    exclude: (path) => SKIPPED_FOLDERS.has(path.split(/[\\/]/).at(-1) ?? path),
  });
  return paths
    .map((path) => path.split("\\").join("/"))
    .filter((path) => statSync(resolve(siteRoot, path)).isFile())
    .map((path) => {
      const absolute = resolve(siteRoot, path);
      return { path, text: readFileSync(absolute, "utf8"), modified: statSync(absolute).mtime };
    });
}

/** Every file of the site outside `_`- and `.`-folders (what Jekyll copies or renders), `/`-separated. */
function siteFiles(siteRoot: string): Set<string> {
  const paths = globSync("**/*", {
    cwd: siteRoot,
    exclude: (path) => /^[_.]/.test(path.split(/[\\/]/).at(-1) ?? path) || SKIPPED_FOLDERS.has(path),
  });
  return new Set(
    paths.map((path) => path.split("\\").join("/")).filter((path) => statSync(resolve(siteRoot, path)).isFile()),
  );
}

/** The text of every file under one of the site's `_` folders, by its path relative to that folder. */
function folderTexts(siteRoot: string, folder: string, pattern = "**/*"): { path: string; text: string }[] {
  const base = resolve(siteRoot, folder);
  if (!existsSync(base)) return [];
  return globSync(pattern, { cwd: base })
    .map((path) => path.split("\\").join("/"))
    .filter((path) => statSync(resolve(base, path)).isFile())
    .sort()
    .map((path) => ({ path, text: readFileSync(resolve(base, path), "utf8") }));
}

/** The `permalink` each page's front matter gives it. */
function pagePermalinks(pages: readonly { path: string; text: string }[]): Map<string, string> {
  const permalinks = new Map<string, string>();
  for (const page of pages) {
    try {
      const permalink = readJekyllFrontMatter(page.text)?.data["permalink"];
      if (typeof permalink === "string") permalinks.set(page.path, permalink);
    } catch {
      // A page whose front matter is not YAML keeps Jekyll's default URL.
    }
  }
  return permalinks;
}

/** Copies each file from the Jekyll site into `publicFolder` at the same path, unless an identical one is there; returns the counts. */
function copyAssets(siteRoot: string, publicFolder: string, assets: readonly string[], dryRun: boolean) {
  const counts = { copied: 0, present: 0, different: [] as string[] };
  for (const asset of assets) {
    const from = resolve(siteRoot, asset);
    const to = resolve(root, publicFolder, asset);
    if (existsSync(to)) {
      if (readFileSync(to).equals(readFileSync(from))) counts.present++;
      else counts.different.push(asset);
      continue;
    }
    counts.copied++;
    if (dryRun) continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return counts;
}

/** Pages of the Jekyll site (files with front matter outside `_posts/`), which the import leaves out, with their text. */
function jekyllPages(siteRoot: string): { path: string; text: string }[] {
  return globSync(["*.{md,markdown,html}", "_pages/**/*.{md,markdown,html}"], { cwd: siteRoot })
    .filter((path) => !/^(index|404)\./.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(resolve(siteRoot, path), "utf8") }))
    .filter((page) => page.text.startsWith("---"));
}

/** The posts already in the blog's post folders and the output folder, with their slugs and old URLs. */
function existingPosts(outFolder: string): ExistingPost[] {
  const files = [...new Set(listPostFiles(root, [...postFolders(), outFolder]))];
  return files.map((file) => {
    // A post the build would reject is the build's to report; it claims only its address here.
    const checked = checkFrontMatter(file, readFileSync(resolve(root, file), "utf8")).post;
    return checked ?? { file, slug: postSlugFromPath(file), redirectFrom: [] };
  });
}

const { values, positionals } = readArguments(command, {
  "dry-run": { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
  out: { type: "string", default: "src/content/posts" },
  public: { type: "string", default: "public" },
  help: { type: "boolean", short: "h", default: false },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(command, `give the Jekyll site's folder.\n${USAGE}`);
const siteRoot = resolve(positionals[0] ?? "");
if (!existsSync(siteRoot) || !statSync(siteRoot).isDirectory()) fail(command, `${siteRoot} is not a folder.`);
const files = postSourceFiles(siteRoot);
if (files.length === 0) fail(command, `${siteRoot} has no _posts/ or _drafts/ files: is it a Jekyll site?`);

const outFolder = relative(root, resolve(values.out)) || ".";
const dryRun = values["dry-run"];
const configPath = resolve(siteRoot, "_config.yml");
const pages = jekyllPages(siteRoot);
const plan = planImport({
  configText: existsSync(configPath) ? readFileSync(configPath, "utf8") : undefined,
  files,
  existing: existingPosts(outFolder),
  outFolder,
  siteTimeZone: site.timeZone,
  siteLang: site.lang,
  pages: pages.map((page) => page.path),
  pagePermalinks: pagePermalinks(pages),
  dataFiles: folderTexts(siteRoot, "_data", "**/*.{yml,yaml,json,csv,tsv}"),
  includes: new Map(folderTexts(siteRoot, "_includes").map((file) => [file.path, file.text])),
  siteFiles: siteFiles(siteRoot),
});

const report: string[] = [];
report.push(`Importing ${files.length} files from ${siteRoot} (permalink: ${plan.config.permalinkSetting})`);
if (!dryRun) mkdirSync(resolve(root, outFolder), { recursive: true });
const outcomes = new Map<string, WriteOutcome>();
for (const post of plan.posts) {
  if (post.status === "imported" && post.fileName && post.text !== undefined) {
    const target = resolve(root, outFolder, post.fileName);
    const exists = existsSync(target);
    let outcome: WriteOutcome = exists ? (values.force ? "overwritten" : "exists") : "written";
    if (dryRun && outcome !== "exists") outcome = "would write";
    if (outcome === "written" || outcome === "overwritten") {
      // `wx` creates the file or fails if it exists, so nothing is overwritten without --force.
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, post.text, { flag: outcome === "overwritten" ? "w" : "wx" });
    }
    outcomes.set(post.source, outcome);
  }
  report.push(...postReport(post, outcomes.get(post.source), outFolder));
}
if (plan.notes.length > 0) {
  report.push("\nFor the whole site:");
  for (const note of plan.notes) report.push(`  ! ${note}`);
}
const publicFolder = relative(root, resolve(values.public)) || ".";
const assets = copyAssets(siteRoot, publicFolder, plan.assets, dryRun);
report.push(
  `\nFiles posts reference: ${plan.assets.length}, ${assets.copied} ${dryRun ? "to copy" : "copied"} into ${publicFolder}/, ${assets.present} already there.`,
);
for (const asset of assets.different)
  report.push(`  ! ${publicFolder}/${asset} differs from the Jekyll site's: left as it is`);
const lines = classLines(classCounts(plan));
if (lines.length > 0) report.push(`\n${lines.join("\n")}`);
const counts = countOutcomes(plan, outcomes);
const cpu = process.cpuUsage(startCpu);
report.push(
  `\nTook ${((performance.now() - startedAt) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU).`,
);
report.push(`\n${summaryLine(counts, dryRun)}`);
// One write: a line at a time costs a second at 1,000 posts.
process.stdout.write(`${report.join("\n")}\n`);
process.exitCode = counts.failed > 0 ? 2 : values.strict && counts.flagged > 0 ? 3 : 0;
