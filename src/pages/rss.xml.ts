import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { publishedPosts } from "../lib/content/published.ts";
import { siteFeed } from "../lib/outputs/feeds/post-feed.ts";
import { feedUrl } from "../lib/urls/urls.ts";

export const GET: APIRoute = async () => rss(await siteFeed(await publishedPosts(), feedUrl()));
