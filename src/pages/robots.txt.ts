import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/outputs/feeds/feeds.ts";
import { sitemapUrl } from "../lib/urls/urls.ts";

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(sitemapUrl(), site).href));
