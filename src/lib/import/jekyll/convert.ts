/**
 * The importer's plan: every file of a Jekyll site's `_posts/` and `_drafts/` turned into a post
 * for this blog (or a reason it cannot be), each with its old URLs as `redirect_from`. Pure: the CLI
 * (`scripts/import-jekyll.ts`) reads the files and writes the plan.
 */
import yaml from "js-yaml";
import type { CheckedPost } from "../../checks/checked-post.ts";
import { checkAcrossPosts, checkFrontMatter } from "../../checks/post-check.ts";
import { checkRedirects } from "../../checks/redirect-check.ts";
import { redirectFile, siteConflict } from "../../urls/site-paths.ts";
import { postSlugFromPath, termSlug, uniqueBySlug } from "../../content/slugs.ts";
import { languageSegment, postUrl } from "../../urls/urls.ts";
import { site } from "../../../site.config.ts";
import { defaultsFor, readJekyllConfig, type JekyllConfig } from "./config.ts";
import { calendarDay } from "../../content/dates.ts";
import { compareText } from "../../text/compare.ts";
import { canonicalLanguage } from "../../text/languages.ts";
import {
  mapFrontMatter,
  parsePostPath,
  readJekyllFrontMatter,
  type JekyllPostPath,
  type MappedFrontMatter,
} from "./front-matter.ts";
import { texProblems } from "../../markdown/math.ts";
import { findAssets } from "./assets.ts";
import { readSiteData, type DataFile } from "./data.ts";
import { convertKramdown } from "./kramdown.ts";
import { convertKramdownBlocks, withoutBlankLines } from "./kramdown-blocks.ts";
import { convertLiquid, createLiquidEngine, type LiquidContext } from "./liquid.ts";
import { convertMath } from "./math.ts";
import { bodyWithEmoji } from "./text.ts";
import { parseJekyllDate } from "./dates.ts";
import { jekyllUrl } from "./permalinks.ts";

/** A file of the Jekyll site, as the CLI read it. */
export interface JekyllFile {
  /** Relative to the Jekyll site's root, `/`-separated: `_posts/2016-03-01-hello.md`. */
  path: string;
  text: string;
  modified: Date;
}

/** A post already in this blog, which imported posts must not collide with: the checks' own shape of a post. */
export type ExistingPost = CheckedPost;

/** Everything the plan is made from. */
export interface ImportInput {
  /** The text of `_config.yml`, if the site has one. */
  configText: string | undefined;
  /** Every file under `_posts/` (at any depth, also `<category>/_posts/`) and `_drafts/`. */
  files: readonly JekyllFile[];
  /** Posts already in the blog (the output folder included). */
  existing: readonly ExistingPost[];
  /** Folder the posts are written to, relative to the project root. */
  outFolder: string;
  /** This blog's time zone (`site.timeZone`). */
  siteTimeZone: string;
  /** Pages of the Jekyll site outside `_posts/` (`about.md`), which are not imported. */
  pages?: readonly string[];
  /** The `permalink` a page's front matter gives it, by its path (`about.md` → `/about/`). */
  pagePermalinks?: ReadonlyMap<string, string>;
  /** Files of `_data/` (paths relative to it): `site.data` in Liquid. */
  dataFiles?: readonly DataFile[];
  /** Files of `_includes/` by their path relative to it (`note.html`). */
  includes?: ReadonlyMap<string, string>;
  /** Every file of the Jekyll site outside `_`- and `.`-folders, `/`-separated: where referenced files are looked up. */
  siteFiles?: ReadonlySet<string>;
  /** This blog's language (`site.lang`): translations in another language get it in their slug. */
  siteLang?: string;
}

/** What became of one file. */
export interface ImportedPost {
  source: string;
  status: "imported" | "failed" | "skipped";
  draft: boolean;
  /** File name in the output folder. */
  fileName?: string;
  slug?: string;
  /** The post's new address. */
  url?: string;
  /** The addresses it had, each a `redirect_from` entry. */
  oldUrls: string[];
  /** The file to write. */
  text?: string;
  changes: string[];
  /** What the author should look at. */
  attention: string[];
  /** Why it failed or was skipped. */
  reason?: string;
  /** Site paths (without the leading `/`) of the Jekyll site's files it references, to copy into `public/`. */
  assets: string[];
}

/** The whole import: the site's settings, every file's outcome, and notes on the site as a whole. */
export interface ImportPlan {
  config: JekyllConfig;
  posts: ImportedPost[];
  notes: string[];
  /** Every file the imported posts reference, to copy from the Jekyll site into `public/` at the same path. */
  assets: string[];
}

/** A file read as a Jekyll post: its outcome so far, its path, format, body and mapped front matter. */
export interface Parsed {
  post: ImportedPost;
  path: JekyllPostPath;
  format: "markdown" | "html";
  body: string;
  mapped: MappedFrontMatter;
  /** The front matter as written, defaults merged in: `page.*` in Liquid. */
  data: Record<string, unknown>;
  /** The post's language and the key it shares with its translations, when it is one of several. */
  translation?: { lang: string; key: string | undefined };
}

const HTML_EXTENSIONS = new Set(["html", "htm"]);

/**
 * Returns an `.html` post's body as Markdown that passes it through untouched: one HTML block
 * (CommonMark ends one at a blank line, so blank lines are dropped, and kept inside `<pre>` as a space
 * entity), wrapped in a `<div>` so it starts as a block whatever its first tag.
 */
export function htmlAsMarkdown(html: string): string {
  const lines = withoutBlankLines(html.trim().split(/\r?\n/));
  return `<div>\n${lines.join("\n")}\n</div>`;
}

/** Returns `text` without fenced code blocks and inline code, to look for markup outside them. */
function withoutCode(text: string): string {
  return text.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, "").replace(/`+[^`\n]*`+/g, "");
}

const LINK_TARGET = /(\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|\b(?:href|src)=["'])([^\s)"'>]+)/gm;

/** Returns the site path a link in a post points at, if it points into the old site: its base URL and origin removed. */
function oldSitePath(target: string, config: JekyllConfig): string | undefined {
  let path = target;
  if (config.url && path.startsWith(config.url)) path = path.slice(config.url.length) || "/";
  if (!path.startsWith("/") || path.startsWith("//")) return undefined;
  if (config.baseurl && (path === config.baseurl || path.startsWith(`${config.baseurl}/`))) {
    path = path.slice(config.baseurl.length) || "/";
  }
  return path;
}

/**
 * Returns `text` with links to the old site's posts pointing at their new URLs (site-relative links
 * also lose the old `baseurl`), and the site paths it links to that are neither posts nor pages of
 * this site (files to copy into `public/`, pages to recreate).
 */
function rewriteLinks(
  text: string,
  newUrlByOldPath: ReadonlyMap<string, string>,
  isSitePath: (path: string) => boolean,
  config: JekyllConfig,
): { text: string; rewritten: number; otherPaths: string[] } {
  let rewritten = 0;
  const otherPaths: string[] = [];
  const rewrittenText = text.replace(LINK_TARGET, (whole, lead: string, target: string) => {
    const path = oldSitePath(target, config);
    if (path === undefined) return whole;
    const [, pathname = path, suffix = ""] = /^([^#?]*)(.*)$/.exec(path) ?? [];
    const newUrl =
      newUrlByOldPath.get(pathname) ?? newUrlByOldPath.get(`${pathname}.html`) ?? newUrlByOldPath.get(`${pathname}/`);
    if (newUrl !== undefined) {
      rewritten++;
      return `${lead}${newUrl}${suffix}`;
    }
    // An absolute link to the old site that is not a post may still be served there: leave it.
    if (!target.startsWith("/")) return whole;
    if (!isSitePath(pathname)) otherPaths.push(pathname);
    return path === target ? whole : `${lead}${path}`;
  });
  return { text: rewrittenText, rewritten, otherPaths };
}

/**
 * Returns front matter as YAML, lists in flow style (`tags: [a, b]`). Strings YAML would read as
 * something else are quoted, except a bare day (`date: 2016-03-01`), which the schema reads as that day.
 */
export function frontMatterYaml(frontMatter: Record<string, unknown>): string {
  return yaml
    .dump(frontMatter, { lineWidth: -1, flowLevel: 1, quotingType: '"' })
    .replace(/^(date|updated): "(\d{4}-\d{2}-\d{2})"$/gm, "$1: $2");
}

/** Returns the first of `candidates` that `isFree`. */
function firstFree(candidates: Iterable<string>, isFree: (slug: string) => boolean): string {
  for (const candidate of candidates) if (isFree(candidate)) return candidate;
  throw new Error("unreachable: the candidates never run out");
}

function* slugCandidates(slug: string, year: string): Generator<string> {
  yield slug;
  yield `${slug}-${year}`;
  for (let n = 2; ; n++) yield `${slug}-${n}`;
}

/** Which file owns each slug, and where an imported post's file goes. */
export interface SlugBook {
  /** The file each slug belongs to (existing posts, then imported ones as they get their slug). */
  owners: Map<string, string>;
  /** `outFolder/fileName` for an imported post's file name. */
  outFile: (fileName: string) => string;
  /** This blog's language: a post in another one lives at `/<lang>/posts/<slug>/`. */
  siteLang: string;
}

/** Returns the outcome of one file read as a Jekyll post: its mapped front matter, or why it is skipped or failed. */
export function readPost(
  file: JekyllFile,
  config: JekyllConfig,
  siteTimeZone: string,
): { post: ImportedPost; parsed?: Parsed } {
  const post: ImportedPost = {
    source: file.path,
    status: "failed",
    draft: false,
    oldUrls: [],
    changes: [],
    attention: [],
    assets: [],
  };
  const skip = (reason: string) => ({ post: Object.assign(post, { status: "skipped", reason }) });
  const fail = (reason: string) => ({ post: Object.assign(post, { status: "failed", reason }) });
  const path = parsePostPath(file.path);
  if (!path) return skip("Jekyll reads only files named YYYY-MM-DD-title.ext in _posts/");
  const format = config.markdownExtensions.includes(path.extension)
    ? "markdown"
    : HTML_EXTENSIONS.has(path.extension)
      ? "html"
      : undefined;
  if (!format) return fail(`.${path.extension} is neither Markdown nor HTML: convert it by hand`);
  let split: ReturnType<typeof readJekyllFrontMatter>;
  try {
    split = readJekyllFrontMatter(file.text);
  } catch (error) {
    return fail(`front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (!split) return skip("no front matter: Jekyll copies such a file as it is, not as a post");
  const data = { ...defaultsFor(config, file.path, path.inDrafts), ...split.data };
  const mapped = mapFrontMatter(data, path, {
    jekyllTimeZone: config.timeZone,
    siteTimeZone,
    modified: file.modified,
    emoji: config.plugins.includes("jemoji"),
  });
  if ("error" in mapped) return fail(mapped.error);
  post.draft = mapped.draft;
  post.changes.push(...mapped.changes);
  post.attention.push(...mapped.attention);
  return { post, parsed: { post, path, format, body: split.body, mapped, data } };
}

/** Returns the day a post's file name starts with: its Jekyll name's day, else its date's in Jekyll's time zone. */
export function fileDay(path: JekyllPostPath, mapped: MappedFrontMatter, config: JekyllConfig): string {
  // The file keeps the day its Jekyll name gave it; the blog dates posts by `date`, never by file name.
  return path.dateFromName
    ? path.dateFromName.replace(/^(\d+)-(\d+)-(\d+)$/, (_, y: string, m: string, d: string) =>
        [y.padStart(4, "20"), m.padStart(2, "0"), d.padStart(2, "0")].join("-"),
      )
    : calendarDay(mapped.date.instant, config.timeZone);
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:[_-][a-z]{2,4})?$/i;

/** Returns a language code written the BCP 47 way (`zh_TW` → `zh-TW`), or `undefined` when it names no language. */
export function bcp47(code: string): string | undefined {
  // A folder such as `go/` or `js/` has a language code's shape; `canonicalLanguage` admits only one Intl can name.
  return LANGUAGE_CODE.test(code) ? canonicalLanguage(code.replace("_", "-")) : undefined;
}

/**
 * Finds the posts that are translations: a post whose front matter names its `lang` (or `language`), and
 * posts under language folders (`ja/news/_posts/`, when the site has two or more such folders). Copies of one
 * post share a key (front matter `translation_key`/`ref`, else their Jekyll file name); the language folder
 * is no category here.
 */
export function findTranslations(parsed: readonly Parsed[]): void {
  const folders = new Set(
    parsed.flatMap(({ path }) =>
      path.folderCategories[0] && bcp47(path.folderCategories[0]) ? [path.folderCategories[0]] : [],
    ),
  );
  const byFolder = folders.size >= 2;
  const languageOf = ({ path, mapped }: Parsed): string | undefined => {
    const folder = byFolder ? path.folderCategories[0] : undefined;
    const written = mapped.language ?? (folder !== undefined && folders.has(folder) ? folder : undefined);
    return written === undefined ? undefined : bcp47(written);
  };
  const keyOf = ({ path, mapped }: Parsed) => mapped.translationKey ?? path.basename;
  const copies = new Map<string, number>();
  for (const entry of parsed) if (languageOf(entry)) copies.set(keyOf(entry), (copies.get(keyOf(entry)) ?? 0) + 1);
  for (const entry of parsed) {
    const lang = languageOf(entry);
    if (lang === undefined) continue;
    const key = keyOf(entry);
    entry.translation = { lang, key: (copies.get(key) ?? 0) > 1 ? key : undefined };
    const folder = entry.path.folderCategories[0];
    const categories = entry.mapped.frontMatter["categories"];
    if (byFolder && folder !== undefined && folders.has(folder) && Array.isArray(categories)) {
      const rest = categories.filter((name) => name !== folder);
      if (rest.length > 0) entry.mapped.frontMatter["categories"] = rest;
      else delete entry.mapped.frontMatter["categories"];
      entry.post.changes.push(`language folder ${folder}/ is the post's language, not a category`);
    }
  }
}

/** Returns what a translation's slug ends with: `-ja` for a copy in another language than the blog's, else nothing. */
/**
 * Returns the folder a post's file goes in under the output folder: `ja/` for a post in another language than
 * the blog's (its address is then `/ja/posts/<slug>/`, so it keeps its slug), nothing for the blog's language.
 */
function languageFolder({ translation }: Parsed, siteLang: string): string {
  if (!translation || translation.lang === siteLang) return "";
  return `${languageSegment(translation.lang)}/`;
}

/** Returns the key a post's address is known by among the slugs: `ja/slug` outside the blog's language. */
export function addressKey(slug: string, lang: string | undefined, siteLang: string): string {
  return lang === undefined || lang === siteLang ? slug : `${languageSegment(lang)}/${slug}`;
}

/** Gives each post its file name, slug and URL: a slug another post already has gets the year, then a number. */
export function assignFileNames(
  parsed: readonly Parsed[],
  input: ImportInput,
  config: JekyllConfig,
  book: SlugBook,
): void {
  // A post's old URL that is a new post's address would replace that post: the slug is taken too.
  const existingOldUrls = input.existing.flatMap((existing) => existing.redirectFrom);
  // A file of a previous import is this post's again; a file another post of this import took is not.
  const takenNow = new Set<string>();
  for (const entry of parsed) {
    const { post, path, mapped } = entry;
    const day = fileDay(path, mapped, config);
    const { siteLang } = book;
    const folder = languageFolder(entry, siteLang);
    const lang = entry.translation?.lang ?? siteLang;
    const wanted = postSlugFromPath(`${mapped.slug}.md`) || "post";
    const slug = firstFree(slugCandidates(wanted, day.slice(0, 4)), (candidate) => {
      const key = addressKey(candidate, lang, siteLang);
      const owner = book.owners.get(key);
      if (!folder && existingOldUrls.some((oldUrl) => siteConflict(oldUrl, [candidate])?.kind === "post")) return false;
      if (takenNow.has(key)) return false;
      return owner === undefined || owner === book.outFile(`${folder}${day}-${candidate}.md`);
    });
    if (slug !== wanted) post.changes.push(`published at ${postUrl(slug, lang)}: ${wanted} is another post's`);
    post.fileName = `${folder}${day}-${slug}.md`;
    post.slug = postSlugFromPath(post.fileName);
    post.url = postUrl(post.slug, lang);
    const key = addressKey(post.slug, lang, siteLang);
    book.owners.set(key, book.outFile(post.fileName));
    takenNow.add(key);
  }
}

/**
 * Spells names that would share a tag or category page one way, or the build stops: the first spelling
 * seen (the blog's own posts first) wins. Names differing only in case may stay.
 */
export function unifyTermSpellings(parsed: readonly Parsed[], existing: readonly ExistingPost[]): void {
  const spellings = new Map<string, string>();
  for (const post of existing) {
    for (const kind of ["tags", "categories"] as const) {
      for (const name of post[kind] ?? []) {
        if (!spellings.has(`${kind}:${termSlug(name)}`)) spellings.set(`${kind}:${termSlug(name)}`, name);
      }
    }
  }
  for (const { post, mapped } of parsed) {
    for (const kind of ["tags", "categories"] as const) {
      const names = mapped.frontMatter[kind];
      if (!Array.isArray(names)) continue;
      const spelled = names.map((name: string) => {
        const key = `${kind}:${termSlug(name)}`;
        const seen = spellings.get(key);
        if (seen === undefined) spellings.set(key, name);
        if (seen === undefined || seen.toLowerCase() === name.toLowerCase()) return name;
        post.changes.push(`${kind} "${name}" written "${seen}", as another post spells it: they share a page`);
        return seen;
      });
      mapped.frontMatter[kind] = uniqueBySlug(spelled);
    }
  }
}

/** Returns the URL a post's permalink gave it on the Jekyll site, or why that cannot be worked out. */
function permalinkUrl({ path, mapped }: Parsed, config: JekyllConfig): { url: string } | { problem: string } {
  try {
    return {
      url: jekyllUrl(mapped.permalink ?? config.permalink, {
        slug: mapped.slug,
        basename: path.basename,
        categories: mapped.categories,
        date: mapped.date.instant,
        timeZone: config.timeZone,
      }),
    };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** Returns the URL a post's permalink gave it on the Jekyll site, or nothing when it cannot be worked out. */
function oldPermalinkUrl(entry: Parsed, config: JekyllConfig): string | undefined {
  const permalink = permalinkUrl(entry, config);
  return "url" in permalink ? permalink.url : undefined;
}

/** Returns the URLs a published post had on the Jekyll site: the one its permalink gave, and its redirect_from paths. */
export function jekyllUrls(entry: Parsed, config: JekyllConfig): string[] {
  const permalink = permalinkUrl(entry, config);
  if ("problem" in permalink) entry.post.attention.push(`old URL unknown: ${permalink.problem}`);
  return [...new Set("url" in permalink ? [permalink.url, ...entry.mapped.redirectFrom] : entry.mapped.redirectFrom)];
}

/**
 * Gives each published post its old URLs as `redirect_from`, unless another post or page has one, and
 * returns the new URL of every old path.
 */
export function claimOldUrls(
  parsed: readonly Parsed[],
  existing: readonly ExistingPost[],
  config: JekyllConfig,
  book: SlugBook,
): Map<string, string> {
  const allSlugs = new Set(book.owners.keys());
  const claimedFiles = new Map<string, string>();
  for (const post of existing) {
    for (const path of post.redirectFrom) claimedFiles.set(redirectFile(path), post.file);
  }
  const newUrlByOldPath = new Map<string, string>();
  for (const entry of parsed) {
    const { post, mapped } = entry;
    if (mapped.draft) continue;
    for (const oldUrl of jekyllUrls(entry, config)) {
      const file = redirectFile(oldUrl);
      const conflict = siteConflict(oldUrl, allSlugs);
      // Jekyll's URL may be the new one (a `/posts/:title/` permalink): nothing to redirect.
      if (conflict?.kind === "post" && conflict.slug === post.slug) continue;
      // A post imported before claims its own old URLs: they stay this post's.
      const owner = claimedFiles.get(file);
      if (conflict || (owner !== undefined && owner !== book.outFile(post.fileName ?? ""))) {
        const why =
          conflict?.kind === "post"
            ? `the address of ${book.owners.get(conflict.slug) ?? conflict.slug}`
            : conflict
              ? "one of this site's own pages"
              : `already an old URL of ${owner}`;
        post.attention.push(`old URL ${oldUrl} not redirected: it is ${why}`);
        continue;
      }
      claimedFiles.set(file, book.outFile(post.fileName ?? ""));
      post.oldUrls.push(oldUrl);
      newUrlByOldPath.set(oldUrl, post.url ?? "");
    }
  }
  return newUrlByOldPath;
}

/** What converting the posts' bodies needs to know of the whole import. */
export interface BodyContext {
  config: JekyllConfig;
  /** `site` as Liquid sees it: `_config.yml`, `data`, `posts`, `tags`, `categories`. */
  site: Record<string, unknown>;
  /** Files of `_includes/`. */
  includes: ReadonlyMap<string, string>;
  /** Every file of the Jekyll site, when the import looks referenced files up. */
  siteFiles: ReadonlySet<string> | undefined;
  /** The old site's absolute URL of a page `{% link %}` names. */
  pageUrl: (path: string) => string | undefined;
  /** The old site's absolute URL of a post `{% post_url %}` names that was not imported. */
  postOldUrl: (name: string) => string | undefined;
  liquid: ReturnType<typeof createLiquidEngine>;
  newUrlByOldPath: ReadonlyMap<string, string>;
  urlByPostName: ReadonlyMap<string, string>;
  urlBySource: ReadonlyMap<string, string>;
  isSitePath: (path: string) => boolean;
  outFile: (fileName: string) => string;
}

/** What the body conversions take from the Jekyll site as it was read, beyond its posts. */
type SiteContext = Pick<BodyContext, "site" | "includes" | "siteFiles" | "pageUrl" | "postOldUrl">;

/** Returns what the body conversions need: each post's new URL by Jekyll name and by source, and which paths are the site's. */
export function bodyContext(
  parsed: readonly Parsed[],
  config: JekyllConfig,
  newUrlByOldPath: ReadonlyMap<string, string>,
  book: SlugBook,
  siteContext: SiteContext,
): BodyContext {
  const urlByPostName = new Map<string, string>();
  const urlBySource = new Map<string, string>();
  for (const { post, path } of parsed) {
    urlByPostName.set(path.basename, post.url ?? "");
    urlBySource.set(path.path, post.url ?? "");
  }
  const newUrls = new Set(newUrlByOldPath.values());
  const postUrls = new Set(urlBySource.values());
  const isSitePath = (path: string) => newUrls.has(path) || postUrls.has(path) || siteConflict(path, []) !== undefined;
  return {
    config,
    ...siteContext,
    liquid: createLiquidEngine(config.timeZone),
    newUrlByOldPath,
    urlByPostName,
    urlBySource,
    isSitePath,
    outFile: book.outFile,
  };
}

/** Returns `site` as Liquid saw it in Jekyll: `_config.yml`'s keys, `data`, and `posts`, `tags`, `categories` newest first. */
export function siteVariables(
  config: JekyllConfig,
  data: Record<string, unknown>,
  parsed: readonly Parsed[],
): Record<string, unknown> {
  const posts = parsed
    .filter(({ mapped }) => !mapped.draft)
    .map(({ post, mapped, path }) => ({
      title: mapped.frontMatter["title"],
      url: post.url,
      id: post.url,
      date: mapped.date.instant,
      slug: mapped.slug,
      categories: mapped.categories,
      tags: mapped.frontMatter["tags"] ?? [],
      path: path.path,
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
  const grouped = (key: "tags" | "categories") => {
    const groups: Record<string, unknown[]> = {};
    for (const post of posts) for (const name of post[key] as string[]) (groups[name] ??= []).push(post);
    return groups;
  };
  return { ...config.site, data, posts, tags: grouped("tags"), categories: grouped("categories") };
}

/** Returns `page` as Liquid saw it for a post: its front matter, and its title, date, URL and terms. */
function pageVariables({ post, mapped, data, path, translation }: Parsed): Record<string, unknown> {
  return {
    ...data,
    title: mapped.frontMatter["title"],
    date: mapped.date.instant,
    url: post.url,
    id: post.url,
    slug: mapped.slug,
    categories: mapped.categories,
    tags: mapped.frontMatter["tags"] ?? [],
    path: path.path,
    ...(translation ? { lang: translation.lang } : {}),
  };
}

/** Returns the post paths among `files` by their base name (the first of each). */
function postPathsByBasename(files: readonly JekyllFile[]): Map<string, JekyllPostPath> {
  const index = new Map<string, JekyllPostPath>();
  for (const file of files) {
    const path = parsePostPath(file.path);
    if (path && !index.has(path.basename)) index.set(path.basename, path);
  }
  return index;
}

/**
 * Returns the old site's absolute URL of the post a `{% post_url %}` names when it was not imported (a `.textile`
 * post, say), as its file name and the site's permalink give it; `undefined` without a site `url` or such a post.
 */
export function notImportedPostUrl(
  name: string,
  postPaths: ReadonlyMap<string, JekyllPostPath>,
  config: JekyllConfig,
): string | undefined {
  const basename = name.replace(/^\/+/, "").split("/").at(-1) ?? name;
  const path = postPaths.get(basename);
  const date = path?.dateFromName && parseJekyllDate(path.dateFromName, config.timeZone, config.timeZone);
  if (!config.url || !path || !date) return undefined;
  try {
    const sitePath = jekyllUrl(config.permalink, {
      slug: path.slug,
      basename: path.basename,
      categories: path.folderCategories,
      date: date.instant,
      timeZone: config.timeZone,
    });
    return `${config.url}${config.baseurl}${sitePath}`;
  } catch {
    return undefined;
  }
}

/** Returns the URL Jekyll gave a page (its own `permalink`, else its path as `.html`), absolute when the site's `url` is known. */
export function jekyllPageUrl(
  path: string,
  config: JekyllConfig,
  permalinks: ReadonlyMap<string, string>,
): string | undefined {
  if (!config.url) return undefined;
  const clean = path.replace(/^\.?\//, "");
  const permalink = permalinks.get(clean);
  const sitePath =
    permalink ?? `/${clean.replace(/(^|\/)index\.(md|markdown|html)$/, "$1").replace(/\.(md|markdown)$/, ".html")}`;
  return `${config.url}${config.baseurl}${sitePath.startsWith("/") ? sitePath : `/${sitePath}`}`;
}

/** Returns the Liquid context of one post. */
function liquidContext(entry: Parsed, context: BodyContext): LiquidContext {
  return {
    format: entry.format,
    postUrl: (name) => context.urlByPostName.get(name.replace(/^\/+/, "").split("/").at(-1) ?? name),
    linkUrl: (target) => context.urlBySource.get(target.replace(/^\.?\/+/, "")),
    oldUrl: (tag, target) => (tag === "link" ? context.pageUrl(target) : context.postOldUrl(target)),
    siteUrl: context.config.url,
    site: context.site,
    page: pageVariables(entry),
    includes: context.includes,
  };
}

/** Returns a Markdown body with kramdown's syntax and math written as this blog's Markdown. */
function convertMarkdown(text: string, post: ImportedPost): string {
  const blocks = convertKramdownBlocks(text);
  const math = convertMath(blocks.text);
  const kramdown = convertKramdown(math.text);
  post.changes.push(...blocks.changes, ...math.changes, ...kramdown.changes);
  post.attention.push(...kramdown.attention);
  return kramdown.text;
}

/** Returns a post's body converted for this blog (Liquid, then kramdown or HTML, then links and files), and the site paths it links to. */
export function convertBody(entry: Parsed, context: BodyContext): { text: string; otherPaths: string[] } {
  const { post, format, body, mapped } = entry;
  const liquid = convertLiquid(body, liquidContext(entry, context), context.liquid);
  post.changes.push(...liquid.changes);
  post.attention.push(...liquid.attention);
  let text = format === "markdown" ? convertMarkdown(liquid.text, post) : liquid.text;
  if (context.config.plugins.includes("jemoji")) {
    const emoji = bodyWithEmoji(text);
    if (emoji.count > 0) post.changes.push(`${emoji.count} jemoji :shortcode:(s) written as emoji`);
    text = emoji.text;
  }
  if (format === "html") {
    text = htmlAsMarkdown(text);
    post.changes.push("HTML post kept as one HTML block in Markdown");
  }
  const links = rewriteLinks(text, context.newUrlByOldPath, context.isSitePath, context.config);
  if (links.rewritten > 0) post.changes.push(`${links.rewritten} link(s) to old post URLs now point at the new ones`);
  text = links.text;
  const image = mapped.frontMatter["image"];
  if (typeof image === "string" && image.startsWith("/") && !context.isSitePath(image)) links.otherPaths.push(image);
  let otherPaths = links.otherPaths;
  if (context.siteFiles) {
    const files = findAssets(
      typeof image === "string" ? `${text}\n![](${image})` : text,
      post.oldUrls[0] ?? oldPermalinkUrl(entry, context.config),
      context.siteFiles,
      [`${context.config.url}${context.config.baseurl}`, context.config.url],
    );
    text = typeof image === "string" ? files.text.slice(0, files.text.lastIndexOf("\n![](")) : files.text;
    post.assets = files.found;
    if (files.found.length > 0) post.changes.push(`${files.found.length} file(s) it references copied into public/`);
    for (const missing of files.missing)
      post.attention.push(`references ${missing}, which the Jekyll site does not have`);
    const handled = new Set([...files.found.map((file) => `/${file}`), ...files.missing]);
    otherPaths = otherPaths.filter((path) => !handled.has(path));
  }
  const markup = withoutCode(text);
  if (/<script\b/i.test(markup)) {
    post.attention.push("has a <script>: the site's Content-Security-Policy blocks it unless you add its hash");
  }
  if (/<style\b/i.test(markup)) post.attention.push("has a <style> element: the Content-Security-Policy blocks it");
  return { text, otherPaths };
}

/** Returns the front matter keys of a translation: `lang`, and `translation_key` when it shares one. */
function translationFrontMatter(translation: Parsed["translation"]): Record<string, string> {
  if (!translation) return {};
  const keys: Record<string, string> = { lang: translation.lang };
  if (translation.key !== undefined) keys["translation_key"] = translation.key;
  return keys;
}

/** Writes the post's file text, or fails the post when its front matter would not pass the schema. */
export function writePost(entry: Parsed, body: string, outFile: (fileName: string) => string): void {
  const { post, mapped } = entry;
  const frontMatter = {
    ...mapped.frontMatter,
    ...translationFrontMatter(entry.translation),
    ...(post.oldUrls.length > 0 ? { redirect_from: post.oldUrls } : {}),
  };
  const fileText = `---\n${frontMatterYaml(frontMatter)}---\n\n${body.replace(/^\s*\n/, "").trimEnd()}\n`;
  // TeX that KaTeX rejects would stop the blog's build: named here, with its line in the written file.
  if (fileText.includes("$")) {
    for (const problem of texProblems(fileText, { mdx: false, singleDollar: true })) {
      post.attention.push(`math on line ${problem.line} would stop the build: ${problem.message}`);
    }
  }
  const problems = checkFrontMatter(outFile(post.fileName ?? ""), fileText).problems;
  if (problems.length > 0) {
    Object.assign(post, {
      status: "failed",
      reason: `the converted front matter does not pass the schema: ${problems.map((problem) => `${problem.field ?? ""}: ${problem.message}`).join("; ")}`,
    });
    return;
  }
  post.status = "imported";
  post.text = fileText;
}

/**
 * Runs the build's own checks across posts over the blog as it will be: whatever they still find in an
 * imported post (nothing, unless a case slipped past the steps above) fails that post, not the build.
 */
export function checkAcrossBlog(
  parsed: readonly Parsed[],
  existing: readonly ExistingPost[],
  { outFile, siteLang }: SlugBook,
): void {
  const written = parsed.filter(({ post }) => post.status === "imported");
  const writtenFiles = new Set(written.map(({ post }) => outFile(post.fileName ?? "")));
  const blog: CheckedPost[] = [
    ...existing.filter((post) => !writtenFiles.has(post.file)),
    ...written.map(({ post, mapped, translation }) => ({
      file: outFile(post.fileName ?? ""),
      slug: post.slug ?? "",
      tags: (mapped.frontMatter["tags"] as string[] | undefined) ?? [],
      categories: (mapped.frontMatter["categories"] as string[] | undefined) ?? [],
      redirectFrom: post.oldUrls,
      lang: translation?.lang ?? siteLang,
      translationKey: translation?.key ?? post.fileName?.split("/").at(-1)?.replace(/\.md$/, ""),
      explicitKey: translation?.key !== undefined,
      draft: post.draft,
    })),
  ];
  for (const problem of [...checkAcrossPosts(blog), ...checkRedirects(blog)]) {
    const failing = written.find(({ post }) => {
      const file = outFile(post.fileName ?? "");
      return file === problem.file || problem.message.includes(file);
    })?.post;
    if (!failing || failing.status !== "imported") continue;
    // A clash names each other file once, however many copies of it the blog holds.
    const message = problem.message.replace(/(\S+)(?: and \1)+(?=\s|$)/g, "$1");
    Object.assign(failing, { status: "failed", reason: `the build would refuse it: ${message}` });
    delete failing.text;
  }
}

/** Returns the notes on the whole site: the feed's address, site paths posts link to, pages left out. */
export function siteNotes(
  config: JekyllConfig,
  linkedPaths: ReadonlyMap<string, number>,
  pages: readonly string[],
): string[] {
  const notes: string[] = [];
  if (config.feedPath && !["feed.xml", "rss.xml"].includes(config.feedPath.replace(/^\//, ""))) {
    notes.push(
      `jekyll-feed wrote the feed at /${config.feedPath.replace(/^\//, "")}; this site serves /rss.xml and /feed.xml.`,
    );
  }
  if (linkedPaths.size > 0) {
    const folders = [...new Set([...linkedPaths.keys()].map((path) => /^\/[^/]+\//.exec(path)?.[0] ?? path))].sort();
    notes.push(
      `Posts link to site paths that are not posts: ${folders.join(", ")}. Copy those files from the Jekyll site into public/, or recreate those pages.`,
    );
  }
  if (pages.length > 0) notes.push(`Pages outside _posts/ are not imported: ${pages.join(", ")}.`);
  return notes;
}

/**
 * Returns a note when some post would show another day than Jekyll showed: the blog shows dates in its own
 * time zone, Jekyll in the site's `timezone`.
 */
export function timeZoneNotes(config: JekyllConfig, siteTimeZone: string, parsed: readonly Parsed[]): string[] {
  if (config.timeZone === siteTimeZone) return [];
  const shifted = parsed.filter(
    ({ mapped }) =>
      mapped.date.hasTime &&
      calendarDay(mapped.date.instant, config.timeZone) !== calendarDay(mapped.date.instant, siteTimeZone),
  );
  for (const { post, mapped } of shifted) {
    post.attention.push(
      `shows as ${calendarDay(mapped.date.instant, siteTimeZone)} here; Jekyll showed ${calendarDay(mapped.date.instant, config.timeZone)}`,
    );
  }
  return shifted.length === 0
    ? []
    : [
        `${shifted.length} post(s) would show another day than Jekyll showed: set timeZone: "${config.timeZone}" in src/site.config.ts (the Jekyll site's timezone), then import again.`,
      ];
}

/** Returns the plan for importing a Jekyll site: what each file becomes, and what needs the author's eye. */
export function planImport(input: ImportInput): ImportPlan {
  const { config, notes } = readJekyllConfig(input.configText);
  const read = [...input.files]
    .sort((a, b) => compareText(a.path, b.path))
    .map((file) => readPost(file, config, input.siteTimeZone));
  const posts = read.map(({ post }) => post);
  const parsed = read.flatMap(({ parsed: entry }) => (entry ? [entry] : []));
  const folder = input.outFolder.replace(/\/+$/, "");
  const siteLang = input.siteLang ?? site.lang;
  const book: SlugBook = {
    owners: new Map(
      input.existing.map((existing) => [addressKey(existing.slug, existing.lang, siteLang), existing.file]),
    ),
    outFile: (fileName) => `${folder}/${fileName}`,
    siteLang,
  };
  findTranslations(parsed);
  assignFileNames(parsed, input, config, book);
  unifyTermSpellings(parsed, input.existing);
  const newUrlByOldPath = claimOldUrls(parsed, input.existing, config, book);
  const siteData = readSiteData(input.dataFiles ?? []);
  const postPaths = postPathsByBasename(input.files);
  notes.push(...siteData.notes);
  const context = bodyContext(parsed, config, newUrlByOldPath, book, {
    site: siteVariables(config, siteData.data, parsed),
    includes: input.includes ?? new Map(),
    siteFiles: input.siteFiles,
    pageUrl: (path) => jekyllPageUrl(path, config, input.pagePermalinks ?? new Map()),
    postOldUrl: (name) => notImportedPostUrl(name, postPaths, config),
  });
  const linkedPaths = new Map<string, number>();
  for (const entry of parsed) {
    const { text, otherPaths } = convertBody(entry, context);
    for (const linked of new Set(otherPaths)) linkedPaths.set(linked, (linkedPaths.get(linked) ?? 0) + 1);
    writePost(entry, text, book.outFile);
  }
  checkAcrossBlog(parsed, input.existing, book);
  notes.push(...siteNotes(config, linkedPaths, input.pages ?? []));
  notes.push(...timeZoneNotes(config, input.siteTimeZone, parsed));
  const assets = [...new Set(posts.filter((post) => post.status === "imported").flatMap((post) => post.assets))].sort(
    compareText,
  );
  return { config, posts, notes, assets };
}
