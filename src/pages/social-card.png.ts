import type { APIRoute } from "astro";
import { socialCardPng } from "../lib/outputs/social-card.ts";
import { site } from "../site.config.ts";

// The site's own card: shared by the home, tag, category, archive, about and search pages.
export const GET: APIRoute = async () => {
  const png = await socialCardPng({ title: site.description, tags: [], siteName: site.title });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
