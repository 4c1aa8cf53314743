/** The front matter a post may have, as a zod schema: every key, its type, and the error a wrong value gets. */
import { z } from "astro/zod";
import { site } from "../../site.config.ts";
import { canonicalLanguage } from "../text/languages.ts";
import { redirectPathProblem } from "../urls/site-paths.ts";
import { parsePostDate } from "./dates.ts";

/** Most tags (and most categories) one post may have: each gets a page and a feed, and every list names them. */
export const MAX_TERMS_PER_POST = 20;

/** Text that shows nothing: white space, control and format characters (zero-width space, bidi marks), blank fillers. */
const INVISIBLE_TEXT = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u2800\u3164\uFFA0]*$/u;
const NOTHING_VISIBLE = "expected text a reader can see, found only spaces or invisible characters";

/** Returns whether `text` has a character a reader can see; empty text is left to the `min(1)` rule's own message. */
function isVisible(text: string): boolean {
  return text === "" || !INVISIBLE_TEXT.test(text);
}

const DATE_EXAMPLE = "a date such as 2024-12-01 or 2024-12-01 10:00:00 +01:00";

function describe(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (value === null || value === undefined) return "nothing";
  return `${typeof value} ${JSON.stringify(value)}`;
}

const postDate = z
  .union([z.date(), z.string()], { error: (issue) => `expected ${DATE_EXAMPLE}, found ${describe(issue.input)}` })
  .transform((value, ctx) => {
    const date = parsePostDate(value, site.timeZone);
    if (date) return date;
    ctx.addIssue({ code: "custom", message: `expected ${DATE_EXAMPLE}, found ${describe(value)}` });
    return z.NEVER;
  });

const termList = (example: string) =>
  z
    .array(
      z
        .string({ error: (issue) => `expected each entry to be text, found ${describe(issue.input)}` })
        .trim()
        .min(1, { error: "expected each entry to be non-empty text, found an empty one" })
        .refine(isVisible, { error: NOTHING_VISIBLE }),
      { error: (issue) => `expected a list of names such as ${example}, found ${describe(issue.input)}` },
    )
    .max(MAX_TERMS_PER_POST, {
      error: (issue) =>
        `expected at most ${MAX_TERMS_PER_POST} names, found ${Array.isArray(issue.input) ? issue.input.length : "more"}: each gets its own page and feed, so keep the few the post is about`,
    })
    .default([]);

/** Every key of a post's front matter, each checked on its own. */
const postKeys = z.strictObject({
  /** Jekyll's template name; accepted so imported posts build unchanged, and ignored. */
  layout: z.string().optional(),
  /** Headline of the post, shown on its page, in lists, feeds and search results. */
  title: z
    .string({ error: (issue) => `expected text, found ${describe(issue.input)}` })
    .trim()
    .min(1, { error: "expected a non-empty title" })
    .refine(isVisible, { error: NOTHING_VISIBLE }),
  /** When the post was published; a date without a time is that calendar day in the site's time zone. */
  date: postDate,
  /** When the post was last revised, if it was; shown on the page and used as the sitemap's lastmod. */
  updated: postDate.optional(),
  /** One or two sentences for lists, meta description, feeds and social cards. */
  description: z
    .string({ error: (issue) => `expected text, found ${describe(issue.input)}` })
    .trim()
    .min(1, { error: "expected non-empty text, or leave the key out" })
    .refine(isVisible, { error: NOTHING_VISIBLE })
    .optional(),
  /** Topic labels; each gets a page and a feed. `Python` and `python` are one tag. */
  tags: termList("[Python, Django]"),
  /** Broad sections such as `[Backend]`; each gets a page. */
  categories: termList("[Backend]"),
  /** Minutes to read; computed from the body at 230 words a minute when left out. */
  reading_time: z
    .number({ error: (issue) => `expected a whole number of minutes such as 6, found ${describe(issue.input)}` })
    .int({ error: (issue) => `expected a whole number of minutes such as 6, found ${describe(issue.input)}` })
    .positive({ error: (issue) => `expected a whole number of minutes greater than 0, found ${describe(issue.input)}` })
    .optional(),
  /** The post's author, when not the site's own (`site.author`). */
  author: z
    .string({ error: (issue) => `expected a name, found ${describe(issue.input)}` })
    .trim()
    .min(1, { error: "expected a non-empty name, or leave the key out" })
    .refine(isVisible, { error: NOTHING_VISIBLE })
    .optional(),
  /** Preview image for social cards: a site path such as `/images/cover.png`, or an absolute URL. */
  image: z
    .string({ error: (issue) => `expected a path or URL, found ${describe(issue.input)}` })
    .trim()
    .regex(/^(\/|https?:\/\/)/, {
      error: (issue) => `expected a path starting with / or an http(s) URL, found ${describe(issue.input)}`,
    })
    .optional(),
  /** Old addresses of this post (say, from a Jekyll site), each a site path; each gets a page that redirects here. */
  redirect_from: z
    .array(
      z
        .string({
          error: (issue) =>
            `expected each entry to be a path such as /2016/03/01/old.html, found ${describe(issue.input)}`,
        })
        .superRefine((path, ctx) => {
          const problem = redirectPathProblem(path);
          if (problem) {
            ctx.addIssue({
              code: "custom",
              message: `expected each entry to be a path such as /2016/03/01/old.html, found ${describe(path)}: ${problem}`,
            });
          }
        }),
      { error: (issue) => `expected a list of paths such as [/2016/03/01/old.html], found ${describe(issue.input)}` },
    )
    .default([]),
  /** Language of the post, a BCP 47 tag such as `ja`, `pt-BR` or `zh-TW` (stored canonical); the site's when left out. */
  lang: z
    .string({ error: (issue) => `expected a language tag such as ja, pt-BR or zh-TW, found ${describe(issue.input)}` })
    .transform((value, ctx) => {
      const canonical = canonicalLanguage(value);
      if (canonical) return canonical;
      ctx.addIssue({
        code: "custom",
        message: `expected a language tag such as ja, pt-BR or zh-TW, found ${describe(value)}`,
      });
      return z.NEVER;
    })
    .default(site.lang),
  /** Shared by the posts that are translations of one another; without it, posts with the same file name are. */
  translation_key: z
    .string({ error: (issue) => `expected text, found ${describe(issue.input)}` })
    .trim()
    .min(1, { error: "expected non-empty text, or leave the key out" })
    .optional(),
  /** A draft is left out of `npm run build` and shown, marked, by `npm run dev`. */
  draft: z.boolean({ error: (issue) => `expected true or false, found ${describe(issue.input)}` }).default(false),
});

/** Front matter of a post. Unknown keys are errors, so a typo never silently drops a field. */
export const postSchema = postKeys.refine((post) => post.updated === undefined || post.updated >= post.date, {
  path: ["updated"],
  error: "expected a date on or after the post's date: a post cannot be revised before it was published",
});

/** Front matter after validation: dates are instants and lists are always present. */
export type PostData = z.output<typeof postSchema>;
