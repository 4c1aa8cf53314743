/** Shiki transformer: fenced code whose meta says `showLineNumbers` is numbered line by line, by CSS alone. */
import type { ShikiConfig } from "astro";

type ShikiTransformer = NonNullable<ShikiConfig["transformers"]>[number];

/** The class that numbers a code block's lines (`pre.line-numbers .line::before` in the site's stylesheet). */
export const LINE_NUMBERS_CLASS = "line-numbers";

/** Returns whether a fenced code block's meta (```python showLineNumbers) asks for line numbers. */
export function wantsLineNumbers(meta: string | undefined): boolean {
  return meta !== undefined && /(?:^|\s)showLineNumbers(?=\s|$)/.test(meta);
}

/**
 * Returns a Shiki transformer that marks a code block whose meta holds `showLineNumbers` (the word
 * rehype-pretty-code and Expressive Code use) with the `line-numbers` class. Shiki already wraps each line
 * in `span.line`, so CSS counters number them: no script, numbers left out when the code is copied and
 * when it is read out.
 */
export function lineNumbers(): ShikiTransformer {
  return {
    name: "blog:line-numbers",
    pre(node) {
      if (wantsLineNumbers(this.options.meta?.__raw)) this.addClassToHast(node, LINE_NUMBERS_CLASS);
    },
  };
}
