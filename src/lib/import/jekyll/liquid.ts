/**
 * Liquid in Jekyll post bodies, turned into what this blog renders: `{% highlight %}` blocks into
 * fenced code, `{% raw %}` into its literal content, URL helpers into site paths, and links to other
 * posts into their new URLs. Any other tag or output is left in place and reported.
 */
import { escapeMarkup } from "../../text/markup.ts";

/** What a conversion of one post's body found and did. */
export interface BodyConversion {
  text: string;
  /** What was changed, for the report; repeated messages are counted there. */
  changes: string[];
  /** What the author should look at: left in place, or changed in a way that may show. */
  attention: string[];
}

/** What converting Liquid needs to know of the site being imported. */
export interface LiquidContext {
  /** `markdown` for `.md` posts; `html` for `.html` posts, whose code blocks must stay HTML. */
  format: "markdown" | "html";
  /** Returns the new URL of the post `{% post_url 2020-01-01-x %}` names, if it was imported. */
  postUrl(name: string): string | undefined;
  /** Returns the new URL of the file `{% link _posts/2020-01-01-x.md %}` names, if it is an imported post. */
  linkUrl(path: string): string | undefined;
  /** The Jekyll site's `url` (`https://example.org`), or `""`. */
  siteUrl: string;
}

const TOKEN = /\{%-?\s*(\w+)([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g;
const URL_FILTERS = /^(relative_url|absolute_url|prepend:\s*site\.(baseurl|url))$/;

function endTag(name: string): RegExp {
  return new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, "g");
}

/** Splits a Liquid output expression at its top-level `|`s. */
function splitFilters(expression: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (const character of expression) {
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "|") {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += character;
  }
  parts.push(current.trim());
  return parts;
}

/** Returns the fenced code block for a `{% highlight %}` body, each line indented by `indent`. */
function fence(language: string, code: string, indent: string): string {
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const marker = "`".repeat(Math.max(3, longestRun + 1));
  const lines = code.split("\n").map((line) => (line === "" ? "" : indent + line));
  return `${marker}${language}\n${lines.join("\n")}\n${indent}${marker}`;
}

/** Returns the replacement for a `{{ … }}` output, or `undefined` to leave it in place. */
function convertOutput(expression: string, after: string, context: LiquidContext, result: BodyConversion) {
  const [head = "", ...filters] = splitFilters(expression.trim());
  if (filters.length === 0 && head === "site.baseurl") {
    result.changes.push("{{ site.baseurl }} removed: links are site paths");
    return "";
  }
  if (filters.length === 0 && head === "site.url") {
    if (/^(\/|\{\{-?\s*site\.baseurl)/.test(after)) {
      result.changes.push("{{ site.url }} removed: links are site paths");
      return "";
    }
    if (context.siteUrl) {
      result.changes.push(`{{ site.url }} replaced with ${context.siteUrl}`);
      return context.siteUrl;
    }
    return undefined;
  }
  const literal = /^(["'])(.*)\1$/.exec(head)?.[2];
  if (literal !== undefined && filters.length > 0 && filters.every((filter) => URL_FILTERS.test(filter))) {
    const path = /^([a-z]+:)?\/\//i.test(literal) || literal.startsWith("/") ? literal : `/${literal}`;
    result.changes.push(`{{ "…" | ${filters.join(" | ")} }} replaced with the site path`);
    return path;
  }
  return undefined;
}

function convert(text: string, context: LiquidContext, result: BodyConversion): string {
  const tokens = new RegExp(TOKEN.source, "g");
  let out = "";
  let position = 0;
  for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
    out += text.slice(position, match.index);
    position = tokens.lastIndex;
    const [whole, name, rawArgs = "", expression] = match;
    if (name === undefined) {
      const replacement = convertOutput(expression ?? "", text.slice(position), context, result);
      if (replacement === undefined) {
        out += whole;
        result.attention.push(`Liquid output ${whole.replace(/\s+/g, " ")} left in place`);
      } else out += replacement;
      continue;
    }
    const args = rawArgs.trim();
    if (name === "raw" || name === "comment" || name === "highlight") {
      const end = endTag(name);
      end.lastIndex = position;
      const close = end.exec(text);
      if (!close) {
        out += whole;
        result.attention.push(`{% ${name} %} without {% end${name} %} left in place`);
        continue;
      }
      const inner = text.slice(position, close.index);
      position = end.lastIndex;
      tokens.lastIndex = position;
      if (name === "raw") {
        out += inner;
        result.changes.push("{% raw %} and {% endraw %} removed around their literal content");
      } else if (name === "comment") {
        result.changes.push("{% comment %} block removed");
      } else out += highlight(args, convert(inner, context, result), out, text.slice(position), context, result);
      continue;
    }
    if (name === "post_url" || name === "link") {
      const target = name === "post_url" ? context.postUrl(args) : context.linkUrl(args);
      if (target !== undefined) {
        out += target;
        result.changes.push(`{% ${name} %} replaced with the post's new URL`);
      } else {
        out += whole;
        result.attention.push(`{% ${name} ${args} %} names no imported post: left in place`);
      }
      continue;
    }
    out += whole;
    result.attention.push(`Liquid tag {% ${name} %} left in place`);
  }
  return out + text.slice(position);
}

/** Returns a `{% highlight %}` block as fenced code (HTML `<pre>` in `.html` posts). */
function highlight(
  args: string,
  body: string,
  before: string,
  after: string,
  context: LiquidContext,
  result: BodyConversion,
): string {
  const [language = "", ...options] = args.split(/\s+/).filter(Boolean);
  if (options.length > 0) result.changes.push(`highlight options dropped: ${options.join(" ")}`);
  const code = body.replace(/^[\r\n]+|\s+$/g, "");
  if (context.format === "html") {
    result.changes.push("{% highlight %} converted to <pre><code>");
    const className = language ? ` class="language-${escapeMarkup(language)}"` : "";
    return `<pre><code${className}>${escapeMarkup(code)}</code></pre>`;
  }
  result.changes.push("{% highlight %} converted to fenced code");
  const lineStart = before.slice(before.lastIndexOf("\n") + 1);
  const indent = /^[ \t]*$/.test(lineStart) ? lineStart : "";
  const lead = indent === lineStart ? "" : "\n\n";
  const trail = /^[ \t]*(\r?\n|$)/.test(after) ? "" : "\n";
  return `${lead}${fence(language, code, indent)}${trail}`;
}

/** Returns `body` with its Liquid converted for this blog, and what was changed or left for the author. */
export function convertLiquid(body: string, context: LiquidContext): BodyConversion {
  const result: BodyConversion = { text: "", changes: [], attention: [] };
  result.text = convert(body, context, result);
  return result;
}
