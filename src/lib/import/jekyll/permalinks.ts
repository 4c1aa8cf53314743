/**
 * Jekyll's post URLs, computed as Jekyll 4 computes them (`Jekyll::URL`, `Drops::UrlDrop`,
 * `Utils.slugify`), so each imported post can keep its old address as a redirect.
 */
import { pad, wallClock } from "./dates.ts";

/** Jekyll's built-in permalink styles and the templates they stand for. */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** Returns the URL template a `permalink` setting stands for: a built-in style's, or the setting itself. */
export function permalinkTemplate(setting: string | undefined): string {
  const style = (setting ?? "date").trim().replace(/^:/, "");
  return PERMALINK_STYLES[style] ?? setting ?? PERMALINK_STYLES["date"]!;
}

const ALNUM = "\\p{L}\\p{M}\\p{Nd}";
const SLUGIFY_DEFAULT = new RegExp(`[^${ALNUM}]+`, "gu");
const SLUGIFY_PRETTY = new RegExp(`[^${ALNUM}._~!$&'()+,;=@]+`, "gu");

/** Returns `text` slugified as Jekyll's `Utils.slugify` does in its `default` or `pretty` mode. */
export function jekyllSlugify(text: string, mode: "default" | "pretty" = "default", cased = false): string {
  const slug = text.replace(mode === "pretty" ? SLUGIFY_PRETTY : SLUGIFY_DEFAULT, "-").replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}

const PATH_SAFE = /[a-zA-Z0-9\-._~!$&'()*+,;=:@/]/;

/** Returns `path` with every character a URL path may not carry as is percent-encoded (UTF-8), as Jekyll's `URL.escape_path`. */
export function escapePath(path: string): string {
  let escaped = "";
  for (const character of path) {
    if (PATH_SAFE.test(character)) escaped += character;
    else
      for (const byte of new TextEncoder().encode(character))
        escaped += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return escaped;
}

/** What Jekyll knows of a post when it builds the post's URL. */
export interface PermalinkPost {
  /** The slug: front matter `slug`, else the file name without date and extension. */
  slug: string;
  /** The file name without its extension, date included: `2016-03-01-hello`. */
  basename: string;
  /** Every category, in Jekyll's order: folders above `_posts`, `categories`, then `category`. */
  categories: readonly string[];
  /** The post's date. */
  date: Date;
  /** The time zone the Jekyll site built in. */
  timeZone: string;
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Returns the ISO 8601 week-numbering year and week of a calendar day. */
function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return { year: weekYear, week };
}

/** Returns the value of every placeholder Jekyll 4 fills in a post's permalink template. */
export function placeholders(post: PermalinkPost): Record<string, string> {
  const wall = wallClock(post.date, post.timeZone);
  const dayOfYear = (Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(wall.year, 0, 1)) / 86_400_000 + 1;
  const week = isoWeek(wall.year, wall.month, wall.day);
  const categories = [...new Set(post.categories.map((category) => category.toLowerCase()))].join("/");
  return {
    collection: "posts",
    path: `/${post.basename}`,
    name: jekyllSlugify(post.basename),
    title: jekyllSlugify(post.slug, "pretty", true),
    slug: jekyllSlugify(post.slug),
    categories,
    year: pad(wall.year, 4),
    month: pad(wall.month),
    day: pad(wall.day),
    hour: pad(wall.hour),
    minute: pad(wall.minute),
    second: pad(wall.second),
    i_day: String(wall.day),
    i_month: String(wall.month),
    short_month: SHORT_MONTHS[wall.month - 1] ?? "",
    long_month: LONG_MONTHS[wall.month - 1] ?? "",
    short_year: pad(wall.year % 100),
    y_day: pad(dayOfYear, 3),
    w_year: String(week.year),
    week: pad(week.week),
    w_day: String(wall.weekday),
    short_day: (LONG_DAYS[wall.weekday - 1] ?? "").slice(0, 3),
    long_day: LONG_DAYS[wall.weekday - 1] ?? "",
    output_ext: ".html",
  };
}

/**
 * Returns the URL Jekyll gives a post with `template` (the site's permalink template, or the post's
 * own `permalink`, which may use placeholders too), or throws for a placeholder Jekyll does not know.
 */
export function jekyllUrl(template: string, post: PermalinkPost): string {
  const values = placeholders(post);
  const filled = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    // `/:month_:day`: a key followed by an underscore that is not part of it.
    const key =
      name in values ? name : name.endsWith("_") && name.slice(0, -1) in values ? name.slice(0, -1) : undefined;
    if (key === undefined) throw new Error(`the permalink ${template} uses ${match}, which Jekyll does not know`);
    return escapePath(values[key] ?? "") + (key === name ? "" : "_");
  });
  // Jekyll's `sanitize_url`: a leading slash, no `..` or `./`, no doubled slashes.
  return `/${filled}`
    .replaceAll("..", "/")
    .replaceAll("./", "")
    .replace(/\/{2,}/g, "/");
}
