import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { publishedPosts } from "../lib/content/published.ts";
import { legacyRedirectPaths, redirectPage } from "../lib/outputs/redirects.ts";
import { site } from "../site.config.ts";

// An endpoint, not a page: Astro writes an endpoint's path exactly, so `/2016/03/01/old.html` becomes
// that file rather than `old.html/index.html`.
export const getStaticPaths = (async () => legacyRedirectPaths(await publishedPosts())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(redirectPage(props.redirect, site.url, props.redirect.lang), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
