/** Social card images: the element tree satori draws, and the cache that keeps drawn cards between builds. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startCardWorkers, type CardWorkers } from "./card-workers.ts";

/** Size of a social card: what Open Graph and Twitter's large card expect. */
const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;

export interface CardText {
  title: string;
  date: string;
  tags: string[];
  siteName: string;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => {
  const file = readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
};
let cardWorkers: CardWorkers | undefined;

type Node = { type: string; props: Record<string, unknown> };
const element = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

/** Returns the card as a satori element tree: site name, title, date and tags on a plain background. */
function cardElement(card: CardText): Node {
  const titleSize = card.title.length > 90 ? 52 : card.title.length > 50 ? 64 : 76;
  return element(
    "div",
    {
      // Satori sizes boxes without their padding.
      width: CARD_WIDTH - 144,
      height: CARD_HEIGHT - 128,
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "64px 72px",
      background: "#0d1117",
      color: "#e6edf3",
      fontFamily: "Inter",
    },
    [
      element("div", { display: "flex", fontSize: 32, color: "#6cb6ff", fontWeight: 700 }, card.siteName),
      element(
        "div",
        { display: "flex", width: CARD_WIDTH - 144, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 },
        card.title,
      ),
      element(
        "div",
        { display: "flex", width: CARD_WIDTH - 144, justifyContent: "space-between", fontSize: 28, color: "#9198a1" },
        [
          element("div", { display: "flex" }, card.date),
          element(
            "div",
            { display: "flex" },
            card.tags
              .slice(0, 4)
              .map((tag) => `#${tag}`)
              .join("  "),
          ),
        ],
      ),
    ],
  );
}

/** Returns a 1200×630 PNG social card for a post. */
export function renderSocialCard(card: CardText): Promise<Buffer> {
  cardWorkers ??= startCardWorkers({
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [
      { name: "Inter", data: font(400), weight: 400, style: "normal" },
      { name: "Inter", data: font(700), weight: 700, style: "normal" },
    ],
  });
  return cardWorkers.draw(cardElement(card));
}

/** Where rendered cards are kept between builds: Astro's cache folder, so hosts that keep `node_modules` keep them. */
const cardCacheDir = join(process.env["BLOG_CACHE_DIR"] ?? "node_modules/.astro", "social-cards");
/** Bump when the card's design changes, so cached cards are redrawn. */
const CARD_DESIGN_VERSION = 1;
/** What else draws a card: an upgrade of any of them redraws the cached cards too. */
const DRAWING_PACKAGES = ["satori", "@resvg/resvg-js", "@fontsource/inter"].map((name) => {
  // Read, not `require`d: a `require` of a computed path makes the bundler pull in every file it could name.
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string };
  return `${name}@${manifest.version}`;
});

/** Returns the PNG card for a post, from the cache when the same text was drawn before. */
export async function socialCardPng(card: CardText): Promise<Buffer> {
  const key = createHash("sha256")
    .update(JSON.stringify([CARD_DESIGN_VERSION, DRAWING_PACKAGES, card]))
    .digest("hex");
  const cached = join(cardCacheDir, `${key}.png`);
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
