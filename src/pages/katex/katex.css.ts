import type { APIRoute } from "astro";
import { mathStylesheet } from "../../lib/outputs/math-assets.ts";

export const GET: APIRoute = () =>
  new Response(mathStylesheet(), { headers: { "Content-Type": "text/css; charset=utf-8" } });
