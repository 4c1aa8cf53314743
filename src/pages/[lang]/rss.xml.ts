import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { publishedPosts } from "../../lib/content/published.ts";
import { postsFeed } from "../../lib/outputs/feeds/post-feed.ts";
import { languageFeedPaths } from "../../lib/outputs/pages.ts";
import { nativeLanguageName } from "../../lib/text/languages.ts";
import { languageFeedUrl, languageHomeUrl } from "../../lib/urls/urls.ts";
import { site } from "../../site.config.ts";

export const getStaticPaths = (async () => languageFeedPaths(await publishedPosts())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { lang, posts } }) =>
  rss(
    await postsFeed({
      title: `${site.title} (${nativeLanguageName(lang)})`,
      description: site.description,
      feedPath: languageFeedUrl(lang),
      pagePath: languageHomeUrl(lang),
      posts,
      language: lang,
    }),
  );
