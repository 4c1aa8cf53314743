import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { publishedPosts } from "../../../lib/content/published.ts";
import { postsFeed } from "../../../lib/outputs/feeds/post-feed.ts";
import { tagFeedPaths } from "../../../lib/outputs/pages.ts";
import { tagFeedUrl, tagUrl } from "../../../lib/urls/urls.ts";
import { site } from "../../../site.config.ts";

export const getStaticPaths = (async () => tagFeedPaths(await publishedPosts())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { term } }) =>
  rss(
    await postsFeed({
      title: `${site.title}: ${term.name}`,
      description: `Posts tagged “${term.name}” on ${site.title}.`,
      feedPath: tagFeedUrl(term.slug),
      pagePath: tagUrl(term.slug),
      posts: term.posts,
    }),
  );
