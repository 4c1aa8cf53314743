import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { filesUnder } from "../support/project.ts";

export interface OutputStats {
  files: number;
  bytes: number;
  htmlFiles: number;
  htmlBytes: number;
  pagefindFiles: number;
  pagefindBytes: number;
}

/** Counts the files and bytes a build wrote, with HTML pages and the search index on their own. */
export function outputStats(outDir: string): OutputStats {
  const stats: OutputStats = { files: 0, bytes: 0, htmlFiles: 0, htmlBytes: 0, pagefindFiles: 0, pagefindBytes: 0 };
  for (const file of filesUnder(outDir)) {
    const size = statSync(join(outDir, file)).size;
    stats.files++;
    stats.bytes += size;
    if (file.endsWith(".html")) {
      stats.htmlFiles++;
      stats.htmlBytes += size;
    }
    if (file.startsWith("pagefind/")) {
      stats.pagefindFiles++;
      stats.pagefindBytes += size;
    }
  }
  return stats;
}

/** What one page costs a reader, from the built files (gzip at zlib's default level, as a static host would serve it). */
export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Inline `<style>` bytes inside the HTML (already counted in htmlBytes). */
  inlineCssBytes: number;
  /** Linked stylesheets, each gzipped on its own. */
  cssFiles: number;
  cssBytes: number;
  cssGzipBytes: number;
  /** HTML plus linked CSS, gzipped: what must arrive before the page can paint. */
  htmlCssGzipBytes: number;
  /** Executable JavaScript: external scripts and inline scripts (JSON-LD is data, not counted). */
  jsBytes: number;
  scripts: number;
  /** JSON-LD and other non-executable script blocks. */
  dataScriptBytes: number;
  fontFiles: number;
  fontBytes: number;
  images: number;
  /** Every resource the page references that a browser fetches on load: document, stylesheets, scripts, images, fonts, icon. */
  requests: number;
  /** The document plus stylesheets and synchronous head scripts: what blocks the first paint. */
  renderBlockingRequests: number;
}

const FONT_URL = /url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf|eot))(?:[?#][^"')]*)?["']?\s*\)/gi;

/** Returns the weight of the built page at `sitePath` (such as `/posts/x/`) in `outDir`. */
export function pageWeight(outDir: string, sitePath: string): PageWeight {
  const fileFor = (url: string) => join(outDir, decodeURIComponent(new URL(url, `http://site${sitePath}`).pathname));
  const htmlFile = fileFor(sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
  const html = readFileSync(htmlFile);
  const document = parse(html.toString("utf8"));
  const local = (url: string | undefined): url is string => !!url && !/^(?:[a-z]+:)?\/\//i.test(url);

  const stylesheets = document
    .querySelectorAll('link[rel~="stylesheet"]')
    .map((link) => link.getAttribute("href"))
    .filter(local);
  const cssTexts = stylesheets.map((href) =>
    existsSync(fileFor(href)) ? readFileSync(fileFor(href)) : Buffer.alloc(0),
  );
  const inlineCss = document.querySelectorAll("style").map((style) => style.textContent);

  let jsBytes = 0;
  let scripts = 0;
  let dataScriptBytes = 0;
  let blockingScripts = 0;
  for (const script of document.querySelectorAll("script")) {
    const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
    const executable = type === "" || type === "module" || type.includes("javascript");
    const src = script.getAttribute("src");
    if (!executable) {
      dataScriptBytes += Buffer.byteLength(script.textContent);
      continue;
    }
    scripts++;
    if (src && local(src) && existsSync(fileFor(src))) jsBytes += statSync(fileFor(src)).size;
    else jsBytes += Buffer.byteLength(script.textContent);
    const inHead = script.closest("head") !== null;
    if (src && inHead && type !== "module" && !script.hasAttribute("async") && !script.hasAttribute("defer"))
      blockingScripts++;
  }

  const fontUrls = new Set<string>();
  for (const css of [...cssTexts.map((buffer) => buffer.toString("utf8")), ...inlineCss]) {
    for (const match of css.matchAll(FONT_URL)) fontUrls.add(match[1] as string);
  }
  for (const link of document.querySelectorAll('link[rel~="preload"][as="font"]')) {
    const href = link.getAttribute("href");
    if (href) fontUrls.add(href);
  }
  let fontBytes = 0;
  for (const url of fontUrls) if (local(url) && existsSync(fileFor(url))) fontBytes += statSync(fileFor(url)).size;

  const images = document.querySelectorAll("img[src]").length;
  const icons = document.querySelectorAll('link[rel~="icon"]').length;
  const htmlGzipBytes = gzipSync(html).length;
  const cssGzipBytes = cssTexts.reduce((sum, css) => sum + gzipSync(css).length, 0);
  return {
    path: sitePath,
    htmlBytes: html.length,
    htmlGzipBytes,
    inlineCssBytes: inlineCss.reduce((sum, css) => sum + Buffer.byteLength(css), 0),
    cssFiles: stylesheets.length,
    cssBytes: cssTexts.reduce((sum, css) => sum + css.length, 0),
    cssGzipBytes,
    htmlCssGzipBytes: htmlGzipBytes + cssGzipBytes,
    jsBytes,
    scripts,
    dataScriptBytes,
    fontFiles: fontUrls.size,
    fontBytes,
    images,
    requests: 1 + stylesheets.length + scripts + images + fontUrls.size + Math.min(icons, 1),
    renderBlockingRequests: 1 + stylesheets.length + blockingScripts,
  };
}
