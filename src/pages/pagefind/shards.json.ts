import type { APIRoute } from "astro";
import { publishedPosts } from "../../lib/content/published.ts";
import { searchShardManifest } from "../../lib/outputs/search-shards.ts";

// Read by the build's search step (scripts/support/search-index.ts), which indexes each shard it lists.
export const GET: APIRoute = async () => new Response(searchShardManifest(await publishedPosts()));
