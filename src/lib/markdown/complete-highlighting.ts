/** Shiki transformer: every line is tokenized to its end, however busy the machine, so builds stay byte-identical. */
import type { ShikiConfig } from "astro";

type ShikiTransformer = NonNullable<ShikiConfig["transformers"]>[number];

/**
 * Returns a Shiki transformer that lifts Shiki's per-line time limit (500 ms of wall time by default).
 * Past that limit Shiki leaves the rest of a line uncoloured, so on a loaded machine the same code could
 * be highlighted differently from one build to the next. No grammar of ours needs a limit: posts are the
 * author's own text, and a post's check already bounds its size.
 */
export function completeHighlighting(): ShikiTransformer {
  return {
    name: "blog:complete-highlighting",
    preprocess(code, options) {
      // Shiki reads the limit from these same options after every transformer's preprocess has run.
      options.tokenizeTimeLimit = 0;
      return code;
    },
  };
}
