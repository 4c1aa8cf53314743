/**
 * A Jekyll post's file name and front matter, mapped onto this blog's schema (`src/lib/schema.ts`):
 * only keys the schema knows are written; every other key is dropped and named in the report.
 */
import yaml from "js-yaml";
import { calendarDay } from "../../content/dates.ts";
import { splitFrontMatter } from "../../content/front-matter.ts";
import { parseJekyllDate, type JekyllDate } from "./dates.ts";
import { plainTitle } from "./text.ts";

/** What a Jekyll post's path says about it. */
export interface JekyllPostPath {
  /** Relative to the Jekyll site's root, `/`-separated: `_posts/2016-03-01-hello.md`. */
  path: string;
  /** In `_drafts/`. */
  inDrafts: boolean;
  /** `2016-03-01` when the file name starts with a date. */
  dateFromName: string | undefined;
  /** The file name without date and extension: `hello`. */
  slug: string;
  /** The file name without its extension: `2016-03-01-hello`. */
  basename: string;
  /** The extension, lowercased, without the dot. */
  extension: string;
  /** Folders above `_posts/`, which Jekyll makes categories: `blog/_posts/x.md` is in `blog`. */
  folderCategories: string[];
}

const DATED_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)\.([^.]+)$/;
const UNDATED_NAME = /^(.*)\.([^.]+)$/;

/**
 * Returns what the path of a file under `_posts/` or `_drafts/` says about it, or `undefined` when
 * Jekyll would not read it as a post (a `_posts/` file whose name does not start with a date).
 */
export function parsePostPath(path: string): JekyllPostPath | undefined {
  const segments = path.split("/");
  const fileName = segments.at(-1) ?? path;
  const inDrafts = segments[0] === "_drafts";
  const postsIndex = segments.indexOf("_posts");
  const dated = DATED_NAME.exec(fileName);
  const undated = inDrafts ? UNDATED_NAME.exec(fileName) : null;
  if (!dated && !undated) return undefined;
  const extension = (dated?.[3] ?? undated?.[2] ?? "").toLowerCase();
  return {
    path,
    inDrafts,
    dateFromName: dated?.[1],
    slug: (dated?.[2] ?? undated?.[1] ?? "").replace(/\.+$/, ""),
    basename: fileName.slice(0, fileName.length - extension.length - 1),
    extension,
    folderCategories: postsIndex > 0 ? segments.slice(0, postsIndex) : [],
  };
}

/** Returns a file's front matter (parsed as YAML 1.2 core, so dates stay as written) and body; `undefined` without front matter. */
export function readJekyllFrontMatter(text: string): { data: Record<string, unknown>; body: string } | undefined {
  // Jekyll's own rule, looser than this blog's: `...` may close the block too.
  const match = splitFrontMatter(text, { jekyll: true });
  if (!match) return undefined;
  const parsed = yaml.load(match.yaml, { schema: yaml.CORE_SCHEMA });
  if (parsed !== null && parsed !== undefined && (typeof parsed !== "object" || Array.isArray(parsed))) {
    throw new Error("front matter is not a set of `key: value` lines");
  }
  return { data: (parsed ?? {}) as Record<string, unknown>, body: text.slice(match.block.length) };
}

/** A Jekyll post's front matter, mapped. */
export interface MappedFrontMatter {
  /** Front matter for this blog, keys in the order they are written (no `redirect_from` yet). */
  frontMatter: Record<string, unknown>;
  date: JekyllDate;
  /** Jekyll's slug of the post: front matter `slug`, else the file name's. */
  slug: string;
  /** Every category, as Jekyll orders them: folders, `categories`, then `category`. */
  categories: string[];
  /** The post's own `permalink`, when it has one. */
  permalink: string | undefined;
  draft: boolean;
  /** The post's jekyll-redirect-from `redirect_from` paths. */
  redirectFrom: string[];
  /** The language its front matter names (`lang:` or `language:`), as written. */
  language: string | undefined;
  /** The key its front matter gives the post's translations, when it names one. */
  translationKey: string | undefined;
  changes: string[];
  attention: string[];
}

/** Keys read below; anything else is reported as dropped. */
const READ_KEYS = new Set([
  "title",
  "date",
  "updated",
  "last_modified_at",
  "modified",
  "description",
  "excerpt",
  "summary",
  "tags",
  "tag",
  "categories",
  "category",
  "published",
  "draft",
  "author",
  "authors",
  "image",
  "header",
  "permalink",
  "slug",
  "redirect_from",
  "redirect_to",
  "layout",
  "lang",
  "language",
  "translation_key",
  "ref",
  "mathjax",
  "math",
  "usemathjax",
  "katex",
]);

/** Front matter that switched MathJax or KaTeX on for a post: the blog renders math without it. */
const MATH_SWITCHES = ["mathjax", "math", "usemathjax", "katex"];

const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value.trim() || undefined : typeof value === "number" ? String(value) : undefined;

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Returns the names in a `tags`/`categories` value: a list, or a space-separated string as Jekyll splits it. */
function pluralNames(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((entry) => text(entry) ?? []);
  return text(value) ? [String(value)] : [];
}

/** Returns the names in a `tag`/`category` value: one name, however many words it has. */
function singularNames(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((entry) => text(entry) ?? []) : (text(value)?.split(/\n/) ?? []);
}

/** Jekyll's `Utils.titleize_slug`: `hello-world` gives `Hello World`. */
export function titleFromSlug(slug: string): string {
  return slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** Returns an image path this blog accepts (`/…` or an http(s) URL), or `undefined`. */
function imagePath(value: unknown): string | undefined {
  const fromObject = record(value);
  const raw = text(fromObject ? (fromObject["path"] ?? fromObject["url"] ?? fromObject["src"]) : value);
  if (raw === undefined) return undefined;
  const path = raw.replace(/\{\{-?\s*site\.(baseurl|url)\s*-?\}\}/g, "").trim();
  if (/^https?:\/\//i.test(path) || path.startsWith("/")) return path.startsWith("//") ? `https:${path}` : path;
  if (/^[\w.-]+(\/[\w.~%-]+)*\.\w+$/.test(path)) return `/${path}`;
  return undefined;
}

/** Returns a plain-text description from an excerpt that may carry HTML or Markdown emphasis. */
function plainText(value: string): string {
  return value
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The post's author: a name, `{ name }`, or a list of either. */
function authorName(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value]).flatMap(
    (entry) => text(record(entry)?.["name"] ?? entry) ?? [],
  );
  return names.length > 0 ? names.join(" and ") : undefined;
}

/**
 * Returns a Jekyll post's front matter (defaults already merged in) mapped onto this blog's schema,
 * or an error when its date is not one. `modified` is the file's modification time: a draft's date
 * when it names none, as in Jekyll.
 */
export function mapFrontMatter(
  data: Record<string, unknown>,
  file: JekyllPostPath,
  context: { jekyllTimeZone: string; siteTimeZone: string; modified: Date; emoji?: boolean },
): MappedFrontMatter | { error: string } {
  const changes: string[] = [];
  const attention: string[] = [];

  const dateValue = data["date"] ?? file.dateFromName;
  let date: JekyllDate | undefined;
  if (dateValue === undefined) {
    const day = calendarDay(context.modified, context.jekyllTimeZone);
    date = parseJekyllDate(day, context.jekyllTimeZone, context.siteTimeZone);
    changes.push(`date ${day} taken from the file's modification time, as Jekyll does for drafts`);
  } else {
    date = parseJekyllDate(dateValue, context.jekyllTimeZone, context.siteTimeZone);
    const fromName =
      file.dateFromName && parseJekyllDate(file.dateFromName, context.jekyllTimeZone, context.siteTimeZone);
    if (!date && fromName) {
      date = fromName;
      attention.push(
        `date ${JSON.stringify(dateValue)} is not a date Ruby's Time.parse reads: the file name's day ${date.written} used`,
      );
    } else if (!date) {
      return { error: `date ${JSON.stringify(dateValue)} is not a date Jekyll or this blog can read` };
    } else if (data["date"] === undefined) changes.push(`date ${file.dateFromName} taken from the file name`);
    else if (date.hasTime && typeof dateValue === "string" && date.written !== dateValue.trim()) {
      changes.push(`date ${dateValue.trim()} written as ${date.written}`);
    }
  }
  if (!date) return { error: "no date" };

  const slug = text(data["slug"]) ?? file.slug;
  const writtenTitle = text(data["title"]);
  const title = writtenTitle === undefined ? titleFromSlug(slug) : plainTitle(writtenTitle, context.emoji ?? false);
  if (writtenTitle === undefined) changes.push(`no title: "${title}" made from the file name`);
  else if (title !== writtenTitle) changes.push("title written as plain text (entities, Markdown or emoji codes)");
  if (!title) return { error: `title ${JSON.stringify(writtenTitle)} has no text once its markup is removed` };

  const frontMatter: Record<string, unknown> = { title, date: date.written };

  const updatedKey = ["last_modified_at", "updated", "modified"].find((key) => data[key] !== undefined);
  if (updatedKey) {
    const updated = parseJekyllDate(data[updatedKey], context.jekyllTimeZone, context.siteTimeZone);
    if (updated) {
      frontMatter["updated"] = updated.written;
      if (updatedKey !== "updated") changes.push(`${updatedKey} → updated`);
    } else attention.push(`${updatedKey}: ${JSON.stringify(data[updatedKey])} is not a date: dropped`);
  }

  const descriptionKey = ["description", "excerpt", "summary"].find((key) => text(data[key]) !== undefined);
  if (descriptionKey) {
    const description = plainText(text(data[descriptionKey]) ?? "");
    if (description) frontMatter["description"] = description;
    if (descriptionKey !== "description") changes.push(`${descriptionKey} → description`);
  }

  const authorKey = ["author", "authors"].find((key) => data[key] !== undefined);
  if (authorKey) {
    const author = authorName(data[authorKey]);
    if (author) frontMatter["author"] = author;
    else attention.push(`${authorKey}: ${JSON.stringify(data[authorKey])} names no author: dropped`);
  }

  const header = record(data["header"]);
  const imageValue = data["image"] ?? header?.["og_image"] ?? header?.["image"] ?? header?.["teaser"];
  if (imageValue !== undefined) {
    const image = imagePath(imageValue);
    if (image) {
      frontMatter["image"] = image;
      if (data["image"] === undefined) changes.push("header image → image");
      if (image !== text(record(imageValue)?.["path"] ?? imageValue)) changes.push(`image written as ${image}`);
    } else attention.push(`image: ${JSON.stringify(imageValue)} is neither a site path nor a URL: dropped`);
  }
  if (header) changes.push("header dropped (its image, if any, kept as image)");

  const categories = [
    ...new Set([...file.folderCategories, ...pluralNames(data["categories"]), ...singularNames(data["category"])]),
  ];
  if (categories.length > 0) frontMatter["categories"] = categories;
  if (typeof data["categories"] === "string" && /\s/.test(data["categories"].trim())) {
    changes.push("categories split at spaces, as Jekyll does");
  }
  if (data["category"] !== undefined) changes.push("category → categories");
  if (file.folderCategories.length > 0) changes.push(`categories from folders: ${file.folderCategories.join(", ")}`);

  const tags = [...new Set([...pluralNames(data["tags"]), ...singularNames(data["tag"])])];
  if (tags.length > 0) frontMatter["tags"] = tags;
  if (typeof data["tags"] === "string" && /\s/.test(data["tags"].trim()))
    changes.push("tags split at spaces, as Jekyll does");
  if (data["tag"] !== undefined) changes.push("tag → tags");

  const unpublished = data["published"] === false;
  const draft = file.inDrafts || unpublished || data["draft"] === true;
  if (draft) frontMatter["draft"] = true;
  if (unpublished) changes.push("published: false → draft: true");
  if (file.inDrafts) changes.push("in _drafts/ → draft: true");

  const redirectFrom = (Array.isArray(data["redirect_from"]) ? data["redirect_from"] : [data["redirect_from"]])
    .flatMap((entry) => text(entry) ?? [])
    .map((path) => (path.startsWith("/") ? path : `/${path}`));
  if (text(data["redirect_to"]) !== undefined) {
    attention.push(
      `redirect_to: ${text(data["redirect_to"])}: the post only pointed elsewhere; its body is imported as is`,
    );
  }

  const mathSwitch = MATH_SWITCHES.find((key) => data[key] !== undefined);
  if (mathSwitch) changes.push(`${mathSwitch}: dropped: the blog renders math at build time without it`);

  const dropped = Object.keys(data).filter((key) => !READ_KEYS.has(key));
  if (dropped.length > 0) changes.push(`front matter with no place here dropped: ${dropped.join(", ")}`);

  return {
    frontMatter,
    date,
    slug,
    categories,
    permalink: text(data["permalink"]),
    draft,
    redirectFrom,
    language: text(data["lang"]) ?? text(data["language"]),
    translationKey: text(data["translation_key"]) ?? text(data["ref"]),
    changes,
    attention,
  };
}
