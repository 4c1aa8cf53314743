import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { publishedPosts } from "../lib/content/published.ts";
import { postsInLanguage } from "../lib/content/translations.ts";
import { postsFeed } from "../lib/outputs/feeds/post-feed.ts";
import { feedUrl, homeUrl } from "../lib/urls/urls.ts";
import { site } from "../site.config.ts";

export const GET: APIRoute = async () =>
  rss(
    await postsFeed({
      title: site.title,
      description: site.description,
      feedPath: feedUrl(),
      pagePath: homeUrl(),
      posts: postsInLanguage(await publishedPosts()),
    }),
  );
