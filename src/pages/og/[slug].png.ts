import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { publishedPosts } from "../../lib/content/published.ts";
import { displayDate } from "../../lib/content/dates.ts";
import { socialCardPaths } from "../../lib/outputs/pages.ts";
import { socialCardPng } from "../../lib/outputs/social-card.ts";
import { site } from "../../site.config.ts";

export const getStaticPaths = (async () => socialCardPaths(await publishedPosts())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { post } }) => {
  const png = await socialCardPng({
    title: post.title,
    date: displayDate(post.date, site.timeZone, post.lang),
    tags: post.tags.map((tag) => tag.name),
    siteName: site.title,
  });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
