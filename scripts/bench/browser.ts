import type { Browser } from "playwright-core";

/** What loading one page cost in Chromium, cold cache. */
export interface PageLoad {
  path: string;
  /** Every request the page made (document included). */
  requests: number;
  /** Requests that started before the first contentful paint (document included). */
  requestsBeforeFirstPaint: number;
  firstContentfulPaintMs: number | undefined;
  /** Bytes on the wire (headers excluded) by resource type. */
  bytesByType: Record<string, number>;
}

interface TimedRequest {
  url: string;
  type: string;
  bytes: number;
}

async function settle(requests: Promise<TimedRequest>[]): Promise<TimedRequest[]> {
  return Promise.all(requests);
}

/** Loads `origin + path` in a fresh context (empty cache) and counts its requests and when it painted. */
export async function measurePageLoad(browser: Browser, origin: string, path: string): Promise<PageLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<TimedRequest>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      request
        .sizes()
        .then((sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize })),
    );
  });
  await page.goto(origin + path, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const fcp = paint?.startTime;
    const resources = performance.getEntriesByType("resource");
    return {
      fcp,
      beforePaint: fcp === undefined ? resources.length : resources.filter((entry) => entry.startTime < fcp).length,
    };
  });
  const requests = await settle(pending);
  await context.close();
  const bytesByType: Record<string, number> = {};
  for (const request of requests) bytesByType[request.type] = (bytesByType[request.type] ?? 0) + request.bytes;
  return {
    path,
    requests: requests.length,
    requestsBeforeFirstPaint: 1 + timing.beforePaint,
    firstContentfulPaintMs: timing.fcp,
    bytesByType,
  };
}

/** One search, cold cache: what it fetched and how long until results showed. */
export interface SearchRun {
  query: string;
  /** Bytes on the wire of every response under /pagefind/ until the page went quiet. */
  pagefindBytes: number;
  pagefindRequests: number;
  /** Of those, the index itself: metadata, word chunks, filters and result fragments (`.pf_*` files), not the UI's JS, CSS and wasm. */
  indexBytes: number;
  /** From navigation start until the first `.search-result` appeared. */
  firstResultMs: number | undefined;
  /** From navigation start until the first result's title link rendered. */
  firstResultLoadedMs: number | undefined;
  /** From the `search:query` mark (Pagefind loaded, the `?q=` query handed to it) until the first result appeared. */
  afterQueryMs: number | undefined;
  results: number;
  /** Each response under /pagefind/: path and bytes on the wire. */
  files: { path: string; bytes: number }[];
  /** Whether the server compressed responses (`astro preview` does not; a CDN would). */
  compressed: boolean;
}

/**
 * Records, in the page, when the first result appeared (watching the DOM); the search element itself marks
 * `search:query` when it hands Pagefind the first query.
 */
function instrumentSearch(): void {
  const marks: Record<string, number> = {};
  (window as unknown as { __bench: Record<string, number> }).__bench = marks;
  new MutationObserver(() => {
    if (marks["result"] === undefined && document.querySelector(".search-result")) marks["result"] = performance.now();
    if (marks["loaded"] === undefined && document.querySelector(".search-result-link"))
      marks["loaded"] = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** Opens `/search/?q=<query>` in a fresh context (empty cache) and measures the search. */
export async function measureSearch(browser: Browser, origin: string, query: string): Promise<SearchRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(instrumentSearch);
  const pending: Promise<TimedRequest & { encoded: boolean }>[] = [];
  page.on("requestfinished", (request) => {
    if (!new URL(request.url()).pathname.includes("/pagefind/")) return;
    pending.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        url: request.url(),
        type: request.resourceType(),
        bytes: sizes.responseBodySize,
        encoded: !!response?.headers()["content-encoding"],
      })),
    );
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator(".search-result-link").first().waitFor();
  await page.waitForLoadState("networkidle");
  const marks: Record<string, number | undefined> = await page.evaluate(() => ({
    ...(window as unknown as { __bench: Record<string, number> }).__bench,
    trigger: performance.getEntriesByName("search:query")[0]?.startTime,
  }));
  // The status line counts every match ("12 posts."), not only the first page of them shown.
  const results = Number.parseInt(await page.locator(".search-status").innerText(), 10) || 0;
  const requests = await Promise.all(pending);
  await context.close();
  const isIndex = (url: string) => /\.pf_\w+$/.test(new URL(url).pathname);
  return {
    query,
    pagefindBytes: requests.reduce((sum, request) => sum + request.bytes, 0),
    pagefindRequests: requests.length,
    indexBytes: requests.filter((request) => isIndex(request.url)).reduce((sum, request) => sum + request.bytes, 0),
    firstResultMs: marks["result"],
    firstResultLoadedMs: marks["loaded"],
    afterQueryMs:
      marks["result"] !== undefined && marks["trigger"] !== undefined ? marks["result"] - marks["trigger"] : undefined,
    results,
    files: requests.map((request) => ({ path: new URL(request.url).pathname, bytes: request.bytes })),
    compressed: requests.some((request) => request.encoded),
  };
}
