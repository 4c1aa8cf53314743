import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { publishedPosts } from "../../../lib/content/published.ts";
import { termFeed } from "../../../lib/outputs/feeds/post-feed.ts";
import { termFeedPaths } from "../../../lib/outputs/pages.ts";

export const getStaticPaths = (async () => termFeedPaths(await publishedPosts(), "tags")) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { term } }) => rss(await termFeed("tags", term));
