import { describe, expect, it } from "vitest";
import { startCardWorkers } from "../../src/lib/outputs/card-workers.ts";
import { renderSocialCard, type CardText } from "../../src/lib/outputs/social-card.ts";

const card = (title: string): CardText => ({
  title,
  date: "1 December 2024",
  tags: ["Python", "FastAPI"],
  siteName: "Field Notes",
});

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe("social cards drawn on worker threads", () => {
  it("gives each of many concurrent cards its own picture, the same as when drawn alone", async () => {
    const titles = Array.from({ length: 6 }, (_, index) => `Post number ${index + 1} of a busy week`);
    const together = await Promise.all(titles.map((title) => renderSocialCard(card(title))));
    for (const [index, title] of titles.entries()) {
      const alone = await renderSocialCard(card(title));
      expect(together[index]?.equals(alone)).toBe(true);
      expect(pngSize(alone)).toEqual([1200, 630]);
    }
    expect(new Set(together.map((png) => png.toString("base64"))).size).toBe(titles.length);
  });

  it("rejects with the worker's error when satori cannot draw the element", async () => {
    const broken = { type: "div", props: { style: { display: "flex" }, children: [{ type: "img", props: {} }] } };
    const workers = startCardWorkers({ width: 100, height: 100, fonts: [] });
    await expect(workers.draw(broken)).rejects.toThrow(/^social card: Error: Image source is not provided/);
    await workers.close();
  });

  it("rejects the cards still being drawn when its workers stop, and draws again with new ones", async () => {
    const workers = startCardWorkers({ width: 100, height: 100, fonts: [] });
    const empty = { type: "div", props: { style: { display: "flex", width: 100, height: 100 } } };
    // The expectation is attached before the workers stop, so the rejection is never unhandled.
    const rejected = expect(workers.draw(empty)).rejects.toThrow(/^social card: the drawing worker stopped/);
    await workers.close();
    await rejected;
    const png = await workers.draw(empty);
    expect(pngSize(png)).toEqual([100, 100]);
    await workers.close();
  });
});
