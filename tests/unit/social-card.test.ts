import { existsSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import satori from "satori";
import { describe, expect, it, vi } from "vitest";
import { cardFontFiles, directionOfText, type CardFontFile } from "../../src/lib/outputs/card-fonts.ts";
import { startCardWorkers } from "../../src/lib/outputs/card-workers.ts";
import { renderSocialCard, socialCardKey, titleFontSize, type CardText } from "../../src/lib/outputs/social-card.ts";

const card = (title: string): CardText => ({
  title,
  date: "1 December 2024",
  tags: ["Python", "FastAPI"],
  siteName: "Field Notes",
});

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** Returns the colours of rows 520–600 of an indexed card PNG (the date's band), read back from its chunks. */
function bottomBand(png: Buffer): string[] {
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const palette = chunks.get("PLTE")?.[0] ?? Buffer.alloc(0);
  const width = png.readUInt32BE(16);
  const raw = inflateSync(Buffer.concat(chunks.get("IDAT") ?? []));
  const rows: string[] = [];
  for (let y = 520; y < 600; y++) {
    const row = raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1));
    rows.push([...row].map((index) => palette.toString("hex", index * 3, index * 3 + 3)).join(""));
  }
  return rows;
}

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
    const workers = startCardWorkers({ width: 100, height: 100 });
    await expect(workers.draw(broken)).rejects.toThrow(/^social card: Error: Image source is not provided/);
    await workers.close();
  });

  it("replaces each worker after its share of cards, one at a time per slot, drawing every card", async () => {
    const workers = startCardWorkers({ width: 100, height: 100 }, 2);
    const slots = workers.counts().running;
    const box = (colour: string) => ({
      type: "div",
      props: { style: { display: "flex", width: 100, height: 100, background: colour } },
    });
    const colours = ["#000", "#111", "#222", "#333", "#444", "#555", "#666", "#777", "#888", "#999", "#aaa"];
    let mostRunning = 0;
    const sampler = setInterval(() => (mostRunning = Math.max(mostRunning, workers.counts().running)), 1);
    const pngs = await Promise.all(colours.map((colour) => workers.draw(box(colour))));
    clearInterval(sampler);
    expect(mostRunning).toBe(slots);
    expect(pngs.map(pngSize)).toEqual(colours.map(() => [100, 100]));
    expect(new Set(pngs.map((png) => png.toString("base64"))).size).toBe(colours.length);
    const again = await workers.draw(box("#555"));
    expect(again.equals(pngs[5] as Buffer)).toBe(true);
    // Two cards a worker: twelve cards took at least six workers, never more than one per slot at once.
    expect(workers.counts().started).toBeGreaterThanOrEqual(6);
    await workers.close();
    await vi.waitFor(() => expect(workers.counts().running).toBe(0));
  });

  it("rejects the cards still being drawn when its workers stop, and draws again with new ones", async () => {
    const workers = startCardWorkers({ width: 100, height: 100 });
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

/** Titles as bloggers write them, one script each (Cyrillic is Inter's own; the others need a Noto subset). */
const scriptTitles = {
  Japanese: "Rustで始めるWebAssembly入門：非同期処理の基本",
  Chinese: "为什么我们从微服务回到单体架构",
  Korean: "쿠버네티스 클러스터 업그레이드 회고",
  Cyrillic: "Как мы перенесли базу данных без простоя",
  Hebrew: "שלום עולם: מדריך למתחילים",
  Arabic: "مقدمة إلى البرمجة الوظيفية",
  Emoji: "Shipping 🚀 on Fridays 🎉",
};

/** Returns the text segments satori found no glyph for in `fonts` (it asks `loadAdditionalAsset` for them). */
async function segmentsWithoutGlyph(text: string, files: readonly CardFontFile[]): Promise<string[]> {
  const missing: string[] = [];
  const fonts = files.map((file) => {
    const data = readFileSync(file.path);
    return {
      name: file.family,
      data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
      weight: file.weight as 700,
      style: "normal" as const,
    };
  });
  const element = {
    type: "div",
    props: { style: { display: "flex", fontSize: 40, fontWeight: 700, fontFamily: "Inter" }, children: text },
  };
  await satori(element, {
    width: 1200,
    height: 200,
    fonts,
    loadAdditionalAsset: (_code, segment) => {
      missing.push(segment);
      return Promise.resolve([]);
    },
  });
  return missing;
}

describe("the fonts a card is drawn with", () => {
  it("are Inter's Latin subset alone for an English title", () => {
    const files = cardFontFiles(["FastAPI vs Django", "Field Notes", "December 1, 2024"], [700]);
    expect(files.map((file) => file.path.split("/").pop())).toEqual(["inter-latin-700-normal.woff"]);
  });

  it.each(Object.entries(scriptTitles))(
    "draw every character of a %s title, loading only the subsets it needs",
    async (_, title) => {
      const files = cardFontFiles([title], [700]);
      for (const file of files) expect(existsSync(file.path), file.path).toBe(true);
      // A few subsets, never a whole CJK font's hundred-odd.
      expect(files.length).toBeLessThanOrEqual(20);
      expect(await segmentsWithoutGlyph(title, files)).toEqual([]);
    },
  );

  it("would draw boxes without them: Inter alone has no glyph for those scripts", async () => {
    const interOnly = cardFontFiles(["latin"], [700]);
    expect(await segmentsWithoutGlyph(scriptTitles.Japanese, interOnly)).not.toEqual([]);
    expect(await segmentsWithoutGlyph(scriptTitles.Hebrew, interOnly)).not.toEqual([]);
  });

  it("sets right-to-left titles right to left", () => {
    expect(directionOfText(scriptTitles.Hebrew)).toBe("rtl");
    expect(directionOfText(scriptTitles.Arabic)).toBe("rtl");
    expect(directionOfText(`2024: ${scriptTitles.Hebrew}`)).toBe("rtl");
    expect(directionOfText(scriptTitles.Japanese)).toBe("ltr");
  });
});

describe("a long title", () => {
  it("shrinks as it grows, counting CJK characters as wide", () => {
    expect(titleFontSize("Short title")).toBe(76);
    expect(titleFontSize("FastAPI vs Django: Choosing the Right Python Framework")).toBe(64);
    expect(titleFontSize("x".repeat(100))).toBe(52);
    expect(titleFontSize("x".repeat(400))).toBe(44);
    expect(titleFontSize("日".repeat(30))).toBe(64);
  });

  it("ends in an ellipsis above the date, which is drawn as on a short title's card", async () => {
    const long = "A very long title that goes on and on about everything a post could possibly cover ".repeat(4);
    const [longCard, shortCard] = await Promise.all([renderSocialCard(card(long)), renderSocialCard(card("Short"))]);
    expect(pngSize(longCard)).toEqual([1200, 630]);
    // The bottom band (date and tags) is the same picture on both cards: the title never reaches it.
    expect(bottomBand(longCard)).toEqual(bottomBand(shortCard));
  });
});

describe("card PNGs", () => {
  it("are indexed-colour PNGs, smaller than resvg's RGBA encoding of the same pixels", async () => {
    const png = await renderSocialCard(card("FastAPI vs Django: Choosing the Right Python Framework"));
    expect(png[25]).toBe(3); // IHDR colour type: indexed
    expect(png.length).toBeLessThan(30_000);
  });

  it("are keyed by their text, the design and the drawing packages", () => {
    expect(socialCardKey(card("A"))).toBe(socialCardKey(card("A")));
    expect(socialCardKey(card("A"))).not.toBe(socialCardKey(card("B")));
    expect(socialCardKey({ ...card("A"), date: undefined })).not.toBe(socialCardKey(card("A")));
  });
});
