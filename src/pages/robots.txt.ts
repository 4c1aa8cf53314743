import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/feeds";
import { sitemapUrl } from "../lib/urls";

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(sitemapUrl(), site).href));
