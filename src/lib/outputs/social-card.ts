/** Social card images: the element tree satori draws, and the cache that keeps drawn cards between builds. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { CARD_FONT_PACKAGES, cardFontFiles, directionOfText } from "./card-fonts.ts";
import { startCardWorkers, type CardWorkers } from "./card-workers.ts";

/** Size of a social card: what Open Graph and Twitter's large card expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The text a card shows: a post's title, date and tags, or the site's name and description. */
export interface CardText {
  title: string;
  /** The post's date as shown; a site card has none. */
  date?: string | undefined;
  tags: string[];
  siteName: string;
}

/** An image a page names for sharing, with what Open Graph wants said about it. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  alt: string;
  /** Known for drawn cards; left out for an author's own image, whose size the build does not read. */
  width?: number | undefined;
  height?: number | undefined;
}

const require = createRequire(import.meta.url);
let cardWorkers: CardWorkers | undefined;

type Node = { type: string; props: Record<string, unknown> };
const element = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

/** Padding of the card; satori sizes boxes without it. */
const PADDING_X = 72;
const PADDING_Y = 64;
const TITLE_LINE_HEIGHT = 1.15;
/** Lines the title may take before it ends in an ellipsis; with the site name and date, they fill the card. */
const TITLE_MAX_LINES = 3;

/** Returns how wide `text` runs, in Latin letters: CJK and other full-width characters count twice. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width +=
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]/u.test(
        character,
      )
        ? 2
        : 1;
  return width;
}

/** Returns the title's font size: large for a short title, stepping down as it grows; the clamp takes the rest. */
export function titleFontSize(title: string): number {
  const width = textWidth(title);
  if (width <= 40) return 76;
  if (width <= 70) return 64;
  if (width <= 110) return 52;
  return 44;
}

/** Returns the card as a satori element tree: site name, title (at most three lines), then date and tags. */
function cardElement(card: CardText): Node {
  const titleSize = titleFontSize(card.title);
  const innerWidth = CARD_WIDTH - 2 * PADDING_X;
  const footer = [
    element("div", { display: "flex", flexShrink: 0 }, card.date ?? ""),
    element(
      "div",
      { display: "block", lineClamp: 1, textOverflow: "ellipsis", maxWidth: innerWidth * 0.6, textAlign: "right" },
      card.tags
        .slice(0, 4)
        .map((tag) => `#${tag}`)
        .join("  "),
    ),
  ];
  return element(
    "div",
    {
      width: CARD_WIDTH - 2 * PADDING_X,
      height: CARD_HEIGHT - 2 * PADDING_Y,
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      background: "#0d1117",
      color: "#e6edf3",
      fontFamily: "Inter",
    },
    [
      element(
        "div",
        { display: "block", lineClamp: 1, textOverflow: "ellipsis", fontSize: 32, color: "#6cb6ff", fontWeight: 700 },
        card.siteName,
      ),
      // A block with a line clamp: a title too long even at the smallest size ends in an ellipsis on its third
      // line, and the box never grows into the date below it.
      element(
        "div",
        {
          display: "block",
          width: innerWidth,
          maxHeight: Math.ceil(titleSize * TITLE_LINE_HEIGHT * TITLE_MAX_LINES),
          overflow: "hidden",
          lineClamp: TITLE_MAX_LINES,
          textOverflow: "ellipsis",
          fontSize: titleSize,
          fontWeight: 700,
          lineHeight: TITLE_LINE_HEIGHT,
          direction: directionOfText(card.title),
        },
        card.title,
      ),
      element(
        "div",
        {
          display: "flex",
          width: innerWidth,
          justifyContent: "space-between",
          gap: 32,
          fontSize: 28,
          color: "#9198a1",
        },
        footer,
      ),
    ],
  );
}

/** Returns a 1200×630 PNG social card, drawn with the font subsets its text needs. */
export function renderSocialCard(card: CardText): Promise<Buffer> {
  cardWorkers ??= startCardWorkers({ width: CARD_WIDTH, height: CARD_HEIGHT });
  const fonts = cardFontFiles([card.title, card.siteName, card.date ?? "", ...card.tags], [400, 700]);
  return cardWorkers.draw(cardElement(card), fonts);
}

/** Where rendered cards are kept between builds: Astro's cache folder, so hosts that keep `node_modules` keep them. */
const cardCacheDir = join(process.env["BLOG_CACHE_DIR"] ?? "node_modules/.astro", "social-cards");
/** Bump when the card's design changes, so cached cards are redrawn. */
const CARD_DESIGN_VERSION = 2;
/** What else draws a card: an upgrade of any of them redraws the cached cards too. */
const DRAWING_PACKAGES = ["satori", "@resvg/resvg-js", ...CARD_FONT_PACKAGES.map((font) => font.name)].map((name) => {
  // Read, not `require`d: a `require` of a computed path makes the bundler pull in every file it could name.
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string };
  return `${name}@${manifest.version}`;
});

/** Returns the cache key of a card: its text, the design's version and the drawing packages' versions. */
export function socialCardKey(card: CardText): string {
  return createHash("sha256")
    .update(JSON.stringify([CARD_DESIGN_VERSION, DRAWING_PACKAGES, card]))
    .digest("hex");
}

/** Returns the PNG card for a post, from the cache when the same text was drawn before. */
export async function socialCardPng(card: CardText): Promise<Buffer> {
  const cached = join(cardCacheDir, `${socialCardKey(card)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await renderSocialCard(card);
  try {
    mkdirSync(cardCacheDir, { recursive: true });
    // Written whole, then renamed: builds that share the cache never read half a card.
    const partial = `${cached}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, cached);
  } catch (error) {
    // The cache only saves time: a read-only or full disk costs the next build a redraw, not this build.
    console.warn(
      `social card: not cached in ${cardCacheDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return png;
}

/** Returns the alt text of a post's drawn card: what it shows, in words. */
export function postCardAlt(title: string, date: string, siteName: string): string {
  return `${title}: a post on ${siteName}, ${date}`;
}

/** Returns the alt text of the site's card. */
export function siteCardAlt(siteName: string, description: string): string {
  return `${siteName}: ${description}`;
}
