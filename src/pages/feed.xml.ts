import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { postsFeed, publishedPosts } from "../lib/content.ts";
import { feedUrl, homeUrl } from "../lib/urls.ts";
import { site } from "../site.config.ts";

// jekyll-feed's address, so readers subscribed to a Jekyll blog's feed keep receiving posts. It is the
// site's feed, self link included: a reader that follows the self link moves over to /rss.xml.
export const GET: APIRoute = async () =>
  rss(
    await postsFeed({
      title: site.title,
      description: site.description,
      feedPath: feedUrl(),
      pagePath: homeUrl(),
      posts: await publishedPosts(),
    }),
  );
