import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from "astro";
import { mathFont, mathFontFiles } from "../../../lib/outputs/math-assets.ts";

export const getStaticPaths = (() => mathFontFiles().map((font) => ({ params: { font } }))) satisfies GetStaticPaths;

type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<never, Params> = ({ params }) =>
  new Response(new Uint8Array(mathFont(params.font)), { headers: { "Content-Type": "font/woff2" } });
