import type { APIRoute, GetStaticPaths } from "astro";
import { publishedPosts } from "../lib/content/published.ts";
import { legacyRedirects, redirectsFile } from "../lib/outputs/redirects.ts";

// Astro skips files whose names start with `_` in src/pages, so `_redirects` comes from a parameter.
export const getStaticPaths = (() => [{ params: { redirects: "_redirects" } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(redirectsFile(legacyRedirects(await publishedPosts())), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
