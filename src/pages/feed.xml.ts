// jekyll-feed's address, so readers subscribed to a Jekyll blog's feed keep receiving posts. The same posts as
// /rss.xml, with a self link naming this address: a feed whose self link names another URL fails validation.
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { publishedPosts } from "../lib/content/published.ts";
import { siteFeed } from "../lib/outputs/feeds/post-feed.ts";
import { feedAliasUrl } from "../lib/urls/urls.ts";

export const GET: APIRoute = async () => rss(await siteFeed(await publishedPosts(), feedAliasUrl()));
