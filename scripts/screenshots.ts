// `npm run screenshots`: the seed post at phone and desktop widths, light and dark, as PNGs for review.
// Serves the built site (run `npm run build` first) with `astro preview`.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { startPreview } from "./support/astro-server.ts";
import { launchBrowser } from "./support/browser.ts";
import { projectRoot, siteOutDir } from "./support/project.ts";
import { postUrl } from "../src/lib/urls/urls.ts";

const outDir = siteOutDir();
const shotsDir = join(projectRoot, "screenshots");
const path = process.argv[2] ?? postUrl("fastapi-vs-django");

if (!existsSync(join(outDir, "index.html"))) {
  console.error(`No built site in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}
mkdirSync(shotsDir, { recursive: true });

const [server, browser] = await Promise.all([startPreview(outDir), launchBrowser()]);
const written: string[] = [];
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: "load" });
      const file = join(shotsDir, `post-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`  ${file}`);
      written.push(file);
      await context.close();
    }
  }
} finally {
  await Promise.all([browser.close(), server.stop()]);
}
console.log(`Wrote ${written.length} screenshots of ${path} to ${shotsDir}.`);
