// `npm run import:jekyll -- <jekyll-site> [--dry-run] [--force] [--out folder]`: imports a Jekyll site's
// _posts/ and _drafts/ into src/content/posts/ (or --out), each post with its old URLs as redirect_from,
// and prints what it did to each post and what needs the author's eye. Exit status: 0, 1 for a usage
// error, 2 when some posts could not be converted (the others are written).
import { existsSync, globSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { planImport, type ExistingPost, type JekyllFile } from "../src/lib/import/jekyll/convert.ts";
import { countOutcomes, postReport, summaryLine, type WriteOutcome } from "../src/lib/import/jekyll/report.ts";
import { listPostFiles, postFolders } from "../src/lib/content/post-files.ts";
import { checkFrontMatter } from "../src/lib/checks/post-check.ts";
import { postSlugFromPath } from "../src/lib/content/slugs.ts";
import { site } from "../src/site.config.ts";
import { fail, readArguments } from "./support/cli.ts";

const USAGE = "Usage: npm run import:jekyll -- <path-to-jekyll-site> [--dry-run] [--force] [--out folder]";
const command = { name: "import-jekyll", usage: USAGE };
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

/** Pages of the Jekyll site (files with front matter outside `_posts/`), which the import leaves out. */
function jekyllPages(siteRoot: string): string[] {
  return globSync(["*.{md,markdown,html}", "_pages/**/*.{md,markdown,html}"], { cwd: siteRoot })
    .filter((path) => !/^(index|404)\./.test(path))
    .filter((path) => readFileSync(resolve(siteRoot, path), "utf8").startsWith("---"))
    .sort();
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
  out: { type: "string", default: "src/content/posts" },
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
const plan = planImport({
  configText: existsSync(configPath) ? readFileSync(configPath, "utf8") : undefined,
  files,
  existing: existingPosts(outFolder),
  outFolder,
  siteTimeZone: site.timeZone,
  pages: jekyllPages(siteRoot),
});

console.log(`Importing ${files.length} files from ${siteRoot} (permalink: ${plan.config.permalinkSetting})`);
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
      writeFileSync(target, post.text, { flag: outcome === "overwritten" ? "w" : "wx" });
    }
    outcomes.set(post.source, outcome);
  }
  for (const line of postReport(post, outcomes.get(post.source), outFolder)) console.log(line);
}
if (plan.notes.length > 0) {
  console.log("\nFor the whole site:");
  for (const note of plan.notes) console.log(`  ! ${note}`);
}
const counts = countOutcomes(plan, outcomes);
console.log(`\n${summaryLine(counts, dryRun)}`);
process.exit(counts.failed > 0 ? 2 : 0);
