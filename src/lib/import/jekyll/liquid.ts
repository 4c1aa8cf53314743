/**
 * Liquid in Jekyll post bodies, evaluated with liquidjs in Jekyll's context (`site`, `site.data`,
 * `page`, `site.posts`) and Jekyll's filters, so the text becomes what Jekyll showed. Jekyll's and
 * Octopress's tags become what this blog renders (fenced code, quotes, images, links). Whatever cannot
 * be evaluated here (a plugin's tag, a variable nothing defines) is kept as written and reported.
 */
import { Liquid, Tag, type Context, type Emitter, type TagToken, type TopLevelToken } from "liquidjs";
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
  /** Returns the old site's absolute URL of a post or page that was not imported, when it can be known. */
  oldUrl?(tag: "post_url" | "link", target: string): string | undefined;
  /** The Jekyll site's `url` (`https://example.org`), or `""`. */
  siteUrl: string;
  /** `site` as Liquid sees it: `_config.yml`, `data`, `posts`. */
  site?: Record<string, unknown>;
  /** `page` as Liquid sees it: the post's front matter, `url`, `date`. */
  page?: Record<string, unknown>;
  /** Files of `_includes/` by name (`note.html`). */
  includes?: ReadonlyMap<string, string>;
}

/** The per-render state custom tags report into. */
interface RenderState {
  context: LiquidContext;
  result: BodyConversion;
}

/** What `registerTag` takes: a tag class built from a tag token and the tokens after it. */
type TagConstructor = new (token: TagToken, remain: TopLevelToken[], liquid: Liquid) => Tag;

const STATE = "__jekyllImport";
const KEPT = "jekyll_import_kept";

function stateOf(ctx: Context): RenderState {
  return (ctx.environments as Record<string, unknown>)[STATE] as RenderState;
}

/** Returns the fenced code block for a code body, each line indented by `indent`. */
function fence(info: string, code: string, indent: string): string {
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const marker = "`".repeat(Math.max(3, longestRun + 1));
  const lines = code.split("\n").map((line) => (line === "" ? "" : indent + line));
  return `${marker}${info}\n${lines.join("\n")}\n${indent}${marker}`;
}

/** Returns what precedes the tag on its source line, and whether anything but blanks follows its end. */
function lineAround(token: TagToken, end: number): { lineStart: string; midLineAfter: boolean } {
  const before = token.input.slice(0, token.begin);
  const lineStart = before.slice(before.lastIndexOf("\n") + 1);
  return { lineStart, midLineAfter: !/^[ \t]*(\r?\n|$)/.test(token.input.slice(end)) };
}

/** Returns `code` as a block: fenced code in Markdown, `<pre><code>` in an HTML post, on lines of its own. */
function codeBlock(
  state: RenderState,
  token: TagToken,
  end: number,
  language: string,
  meta: string,
  code: string,
): string {
  const trimmed = code.replace(/^[\r\n]+|\s+$/g, "");
  if (state.context.format === "html") {
    const className = language ? ` class="language-${escapeMarkup(language)}"` : "";
    return `<pre><code${className}>${escapeMarkup(trimmed)}</code></pre>`;
  }
  const { lineStart, midLineAfter } = lineAround(token, end);
  const indent = /^[ \t]*$/.test(lineStart) ? lineStart : "";
  const lead = indent === lineStart ? "" : "\n\n";
  const info = [language, meta].filter(Boolean).join(" ");
  return `${lead}${fence(info, trimmed, indent)}${midLineAfter ? "\n" : ""}`;
}

/** A block tag whose body is rendered as Liquid, then handed to `finish` with the tag's arguments. */
function blockTag(
  name: string,
  finish: (state: RenderState, tag: TagToken, end: number, body: string) => string,
): TagConstructor {
  return class extends Tag {
    private readonly templates: ReturnType<Liquid["parser"]["parseToken"]>[] = [];
    private end = 0;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      while (remain.length > 0) {
        const next = remain.shift();
        if (next === undefined) break;
        if ("name" in next && next.name === `end${name}`) {
          this.end = next.end;
          return;
        }
        this.templates.push(liquid.parser.parseToken(next, remain));
      }
      throw new Error(`{% ${name} %} without {% end${name} %}`);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, string> {
      const body: string = yield this.liquid.renderer.renderTemplates(this.templates, ctx);
      emitter.write(finish(stateOf(ctx), this.token, this.end, body));
    }
  };
}

/** A one-line tag that writes `render(args)`. */
function inlineTag(render: (state: RenderState, args: string, token: TagToken) => string): TagConstructor {
  return class extends Tag {
    render(ctx: Context, emitter: Emitter): void {
      emitter.write(render(stateOf(ctx), this.token.args.trim(), this.token));
    }
  };
}

/** Octopress `{% codeblock [title] [lang:x] [url] [link text] %}`: its title and link become a caption line. */
function codeblockTag(state: RenderState, token: TagToken, end: number, body: string): string {
  let args = token.args.trim();
  const language = /\blang:(\S+)/.exec(args)?.[1] ?? "";
  args = args.replace(/\s*\blang:\S+/, "").trim();
  const url = /(?:^|\s)((?:https?:\/\/|\/)\S+)(?:\s+(.+))?$/.exec(args);
  const title = (url ? args.slice(0, url.index) : args).trim();
  const fileLanguage = !language && /\.(\w+)$/.exec(title)?.[1];
  state.result.changes.push("{% codeblock %} converted to fenced code");
  const caption = url ? `[${title || url[2] || url[1]}](${url[1]})` : title ? `*${title}*` : "";
  const block = codeBlock(state, token, end, language || fileLanguage || "", "", body);
  return caption ? `${caption}\n\n${block.replace(/^\n+/, "")}` : block;
}

/** Jekyll `{% highlight lang [linenos] [mark_lines="1 2"] %}`: fenced code, line numbers kept as `showLineNumbers`. */
function highlightTag(state: RenderState, token: TagToken, end: number, body: string): string {
  const [language = "", ...options] = token.args.trim().split(/\s+/).filter(Boolean);
  const lineNumbers = options.some((option) => option === "linenos" || option.startsWith("linenos="));
  const dropped = options.filter((option) => !option.startsWith("linenos"));
  if (dropped.length > 0) state.result.changes.push(`highlight options dropped: ${dropped.join(" ")}`);
  if (lineNumbers && state.context.format === "markdown")
    state.result.changes.push("highlight linenos → showLineNumbers");
  if (lineNumbers && state.context.format === "html") state.result.changes.push("highlight options dropped: linenos");
  state.result.changes.push(
    state.context.format === "html"
      ? "{% highlight %} converted to <pre><code>"
      : "{% highlight %} converted to fenced code",
  );
  return codeBlock(state, token, end, language, lineNumbers ? "showLineNumbers" : "", body);
}

/** Octopress `{% blockquote [author[, source]] [link] [link title] %}`: a Markdown quote with its attribution. */
function blockquoteTag(state: RenderState, token: TagToken, _end: number, body: string): string {
  const args = token.args.trim();
  const link = /(?:^|\s)(https?:\/\/\S+)(?:\s+(.+))?$/.exec(args);
  const [author = "", source = ""] = (link ? args.slice(0, link.index) : args)
    .split(/,\s*/, 2)
    .map((part) => part.trim());
  const cite = link ? `[${link[2] ?? source ?? link[1]}](${link[1]})` : source;
  const attribution = [author, cite].filter(Boolean).join(", ");
  const lines = body.trim().split("\n");
  if (attribution) lines.push("", `— ${attribution}`);
  state.result.changes.push("{% blockquote %} converted to a quote");
  return `\n${lines.map((line) => (line ? `> ${line}` : ">")).join("\n")}\n`;
}

/** Octopress `{% pullquote %}…{" quote "}…{% endpullquote %}`: the paragraph, its pulled quote marks removed. */
function pullquoteTag(state: RenderState, _token: TagToken, _end: number, body: string): string {
  state.result.changes.push("{% pullquote %} kept as its paragraph (the pulled-out copy is dropped)");
  return body.replace(/\{"\s*([\s\S]*?)\s*"\}/g, "$1").trim();
}

/** Octopress `{% img [class] src [width [height]] [title [alt]] %}`: an image. */
function imgTag(state: RenderState, args: string): string {
  const match =
    /^(?<classes>(?:[^\s/"']+\s+)*?)(?<src>(?:https?:\/\/|\/|\S+\/)\S+|\S+\.\w+)(?:\s+(?<width>\d+%?))?(?:\s+(?<height>\d+%?))?(?<rest>\s+.+)?$/.exec(
      args,
    );
  if (!match?.groups?.["src"]) {
    state.result.attention.push(`{% img ${args} %} could not be read: kept as written`);
    return `{% img ${args} %}`;
  }
  const { src = "", width, height, rest = "" } = match.groups;
  const quoted = [...rest.matchAll(/"([^"]*)"|'([^']*)'/g)].map((part) => part[1] ?? part[2] ?? "");
  const title = quoted[0] ?? rest.trim();
  const alt = quoted[1] ?? title;
  const classes = (match.groups["classes"] ?? "").trim();
  state.result.changes.push("{% img %} converted to an image");
  if (!width && !height && !classes) return `![${alt}](${src}${title ? ` "${title.replaceAll('"', "&quot;")}"` : ""})`;
  const attributes = [
    `src="${escapeMarkup(src)}"`,
    `alt="${escapeMarkup(alt)}"`,
    title ? `title="${escapeMarkup(title)}"` : "",
    width ? `width="${width}"` : "",
    height ? `height="${height}"` : "",
    classes ? `class="${escapeMarkup(classes)}"` : "",
  ].filter(Boolean);
  return `<img ${attributes.join(" ")}>`;
}

/** `{% gist id [file] %}`: the blog runs no embed scripts, so a link to the gist, flagged. */
function gistTag(state: RenderState, args: string): string {
  const [id = "", file] = args.split(/\s+/);
  const url = `https://gist.github.com/${id}${file ? `#file-${file.replace(/\W/g, "-").toLowerCase()}` : ""}`;
  state.result.attention.push(`{% gist ${id} %} embed became a link to the gist: the blog runs no embed scripts`);
  return `[${file ?? `Gist ${id}`}](${url})`;
}

/** `{% youtube id %}`: a link to the video (the blog embeds no frames), flagged. */
function youtubeTag(state: RenderState, args: string): string {
  const id = (args.split(/\s+/)[0] ?? "").replace(/^["']|["']$/g, "");
  state.result.attention.push(`{% youtube ${id} %} embed became a link to the video`);
  return `[Video on YouTube](https://www.youtube.com/watch?v=${encodeURIComponent(id)})`;
}

/** Octopress `{% video url [width height] [poster] %}`: an HTML video element (no script needed). */
function videoTag(state: RenderState, args: string): string {
  const [src = "", ...rest] = args.split(/\s+/);
  const size = rest.filter((part) => /^\d+$/.test(part));
  const poster = rest.find((part) => !/^\d+$/.test(part));
  state.result.changes.push("{% video %} converted to a <video> element");
  const attributes = [
    `src="${escapeMarkup(src)}"`,
    "controls",
    size[0] ? `width="${size[0]}"` : "",
    size[1] ? `height="${size[1]}"` : "",
    poster ? `poster="${escapeMarkup(poster)}"` : "",
  ].filter(Boolean);
  return `<video ${attributes.join(" ")}></video>`;
}

/** `{% post_url %}` and `{% link %}`: the imported post's new URL, else the old site's absolute URL, flagged. */
function linkTag(tag: "post_url" | "link") {
  return (state: RenderState, args: string, token: TagToken): string => {
    const target = args.replace(/^["']|["']$/g, "");
    const url = tag === "post_url" ? state.context.postUrl(target) : state.context.linkUrl(target);
    if (url !== undefined) {
      state.result.changes.push(`{% ${tag} %} replaced with the post's new URL`);
      return url;
    }
    const old = state.context.oldUrl?.(tag, target);
    if (old !== undefined) {
      state.result.attention.push(`{% ${tag} ${target} %} names nothing imported: it links to the old site's ${old}`);
      return old;
    }
    state.result.attention.push(`{% ${tag} ${target} %} names no imported post: left in place`);
    return token.getText();
  };
}

/** `{% include file.html key=value %}`: the file's text when it is plain Markdown/HTML or its Liquid evaluates; else kept. */
function includeTag(liquid: Liquid) {
  return (state: RenderState, args: string, token: TagToken, ctx?: Context): string => {
    const name = /^\S+/.exec(args)?.[0] ?? "";
    const text = state.context.includes?.get(name);
    if (text === undefined) {
      state.result.attention.push(`{% include ${name} %}: no such file in _includes/: kept as written`);
      return token.getText();
    }
    if (!/\{[{%]/.test(text)) {
      state.result.changes.push(`{% include ${name} %} inlined`);
      return text.trimEnd();
    }
    try {
      const params: Record<string, unknown> = {};
      for (const pair of args.slice(name.length).matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) {
        const value: unknown = pair[2] ?? pair[3] ?? (ctx ? liquid.evalValueSync(pair[4] ?? "", ctx) : pair[4]);
        params[pair[1] ?? ""] = value;
      }
      const scope: Record<string, unknown> = {
        ...(ctx?.getAll() as Record<string, unknown> | undefined),
        include: params,
      };
      const rendered = liquidText(liquid.parseAndRenderSync(text, scope) as unknown);
      state.result.changes.push(`{% include ${name} %} inlined, its Liquid evaluated`);
      return rendered.trimEnd();
    } catch (error) {
      state.result.attention.push(
        `{% include ${name} %} holds Liquid that cannot be evaluated here (${(error as Error).message.split(",")[0]}): kept as written`,
      );
      return token.getText();
    }
  };
}

/** The tag that keeps what it wraps exactly as written: what could not be evaluated. */
class KeptTag extends Tag {
  private readonly source: string;
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    let end: number | undefined;
    while (remain.length > 0) {
      const next = remain.shift();
      if (next && "name" in next && next.name === `end${KEPT}`) {
        end = next.begin;
        break;
      }
    }
    this.source = token.input.slice(token.end, end ?? token.input.length);
  }
  render(_ctx: Context, emitter: Emitter): void {
    emitter.write(this.source);
  }
}

/** Returns the engine that evaluates posts' Liquid (dates in `timeZone`): Jekyll's filters and the tags of Jekyll and Octopress. */
export function createLiquidEngine(timeZone = "UTC"): Liquid {
  // Dates print in the Jekyll site's time zone, as Jekyll printed them, wherever the import runs.
  const liquid = new Liquid({
    strictVariables: true,
    lenientIf: true,
    strictFilters: true,
    ownPropertyOnly: true,
    timezoneOffset: timeZone,
  });
  liquid.registerFilter("relative_url", (input: unknown) => sitePath(liquidText(input)));
  liquid.registerFilter("absolute_url", (input: unknown) => sitePath(liquidText(input)));
  // The blog renders Markdown itself; text that Jekyll turned to HTML here stays Markdown.
  liquid.registerFilter("markdownify", (input: unknown) => liquidText(input));
  liquid.registerFilter("smartify", (input: unknown) => liquidText(input));
  liquid.registerTag("highlight", blockTag("highlight", highlightTag));
  for (const name of ["codeblock", "code"]) liquid.registerTag(name, blockTag(name, codeblockTag));
  liquid.registerTag("blockquote", blockTag("blockquote", blockquoteTag));
  liquid.registerTag("pullquote", blockTag("pullquote", pullquoteTag));
  liquid.registerTag("img", inlineTag(imgTag));
  liquid.registerTag("gist", inlineTag(gistTag));
  liquid.registerTag("youtube", inlineTag(youtubeTag));
  liquid.registerTag("video", inlineTag(videoTag));
  liquid.registerTag("post_url", inlineTag(linkTag("post_url")));
  liquid.registerTag("link", inlineTag(linkTag("link")));
  const include = includeTag(liquid);
  liquid.registerTag(
    "include",
    class extends Tag {
      render(ctx: Context, emitter: Emitter): void {
        emitter.write(include(stateOf(ctx), this.token.args.trim(), this.token, ctx));
      }
    },
  );
  liquid.registerTag(KEPT, KeptTag);
  return liquid;
}

let sharedEngine: Liquid | undefined;

/** Returns the engine shared by conversions that bring none. */
function defaultEngine(): Liquid {
  sharedEngine ??= createLiquidEngine();
  return sharedEngine;
}

/** Returns a filter's input as text, as Liquid writes values. */
function liquidText(input: unknown): string {
  if (typeof input === "string") return input;
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  return input === null || input === undefined ? "" : JSON.stringify(input);
}

/** Returns a URL filter's input as this blog links it: a site path (no old `baseurl`), or a full URL as it was. */
function sitePath(input: string): string {
  if (/^([a-z]+:)?\/\//i.test(input)) return input;
  return input.startsWith("/") ? input : `/${input}`;
}

const firstLine = (error: unknown): string =>
  ((error as Error).message ?? String(error)).split("\n")[0]?.replace(/, line:\d+, col:\d+$/, "") ?? "";

/** A `{{ … }}` or `{% … %}` in a post's source. */
interface Span {
  begin: number;
  end: number;
  name: string | undefined;
}

const SPAN = /\{\{-?[\s\S]*?-?\}\}|\{%-?\s*(#|\w+)[\s\S]*?-?%\}/g;

/** Returns every Liquid output and tag of `text`, in order, `{% raw %}` content skipped. */
function liquidSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(SPAN.source, "g");
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push({ begin: match.index, end: pattern.lastIndex, name: match[1] });
    if (match[1] === "raw" || match[1] === KEPT || match[1] === "comment") {
      const close = new RegExp(`\\{%-?\\s*end${match[1]}\\s*-?%\\}`, "g");
      close.lastIndex = pattern.lastIndex;
      const found = close.exec(text);
      if (found) {
        spans.push({ begin: found.index, end: close.lastIndex, name: `end${match[1]}` });
        pattern.lastIndex = close.lastIndex;
      }
    }
  }
  return spans;
}

/** Returns the index of the span that closes the block `spans[index]` opens, if it has an end tag. */
function blockEnd(spans: readonly Span[], index: number): number | undefined {
  const name = spans[index]?.name;
  if (!name || name.startsWith("end")) return undefined;
  let depth = 0;
  for (let next = index + 1; next < spans.length; next++) {
    const other = spans[next]?.name;
    if (other === name) depth++;
    else if (other === `end${name}`) {
      if (depth === 0) return next;
      depth--;
    }
  }
  return undefined;
}

/** Returns `text` with its Liquid from `begin` to `end` wrapped so that it renders exactly as written. */
function keep(text: string, begin: number, end: number): string {
  return `${text.slice(0, begin)}{% ${KEPT} %}${text.slice(begin, end)}{% end${KEPT} %}${text.slice(end)}`;
}

/** Returns the source range of the tag or output holding `position` (a block through its end tag). */
function rangeAt(text: string, position: number): { begin: number; end: number; source: string } | undefined {
  const spans = liquidSpans(text);
  const index = spans.findIndex((span) => span.begin <= position && position < span.end);
  const span = spans[index];
  if (!span) return undefined;
  const close = blockEnd(spans, index);
  const end = close === undefined ? span.end : (spans[close]?.end ?? span.end);
  return { begin: span.begin, end, source: text.slice(span.begin, span.end) };
}

/** Returns `text` with every tag the engine does not know (a plugin's) kept as written, each reported. */
function keepUnknownTags(text: string, known: (name: string) => boolean, attention: string[]): string {
  let out = text;
  for (;;) {
    const spans = liquidSpans(out);
    const index = spans.findIndex(
      (span) => span.name !== undefined && !span.name.startsWith("end") && !known(span.name),
    );
    const span = spans[index];
    if (!span) return out;
    const close = blockEnd(spans, index);
    attention.push(`Liquid tag {% ${span.name} %} is a plugin's: kept as written`);
    out = keep(out, span.begin, close === undefined ? span.end : (spans[close]?.end ?? span.end));
  }
}

/**
 * Returns `text` with whitespace control on `{% raw %}`/`{% endraw %}` applied by hand: liquidjs finds no
 * end to `{%- raw -%}…{%- endraw -%}`.
 */
function plainRawTags(text: string): string {
  return text.replace(
    /(\s*)\{%(-?)\s*(raw|endraw)\s*(-?)%\}(\s*)/g,
    (_whole, before: string, trimBefore: string, name: string, trimAfter: string, after: string) =>
      `${trimBefore ? "" : before}{% ${name} %}${trimAfter ? "" : after}`,
  );
}

/** Returns `text` with the old `{{ site.url }}`/`{{ site.baseurl }}` prefixes of site paths removed. */
function withoutSitePrefixes(text: string, changes: string[]): string {
  return text
    .replace(/\{\{-?\s*site\.url\s*-?\}\}(?=\/|\{\{-?\s*site\.baseurl)/g, () => {
      changes.push("{{ site.url }} removed: links are site paths");
      return "";
    })
    .replace(/\{\{-?\s*site\.baseurl\s*-?\}\}/g, () => {
      changes.push("{{ site.baseurl }} removed: links are site paths");
      return "";
    });
}

/** Returns `body` with its Liquid evaluated for this blog, and what was changed or left for the author. */
export function convertLiquid(body: string, context: LiquidContext, engine: Liquid = defaultEngine()): BodyConversion {
  const result: BodyConversion = { text: body, changes: [], attention: [] };
  if (!/\{[{%]/.test(body)) return result;
  let text = withoutSitePrefixes(plainRawTags(body), result.changes);
  text = keepUnknownTags(text, (name) => name in engine.tags, result.attention);
  const scope = {
    site: { ...context.site, url: context.siteUrl, baseurl: "" },
    page: context.page ?? {},
    [STATE]: { context, result } satisfies RenderState,
  };
  const settled = { changes: result.changes.length, attention: result.attention.length };
  for (let attempt = 0; attempt < 500; attempt++) {
    try {
      result.text = liquidText(engine.parseAndRenderSync(text, scope) as unknown);
      if (/\{\{/.test(body)) result.changes.push("Liquid evaluated as Jekyll did");
      return result;
    } catch (error) {
      result.changes.length = settled.changes;
      result.attention.length = settled.attention;
      const token = (error as { token?: { begin: number; input: string } }).token;
      const range = token?.input === text ? rangeAt(text, token.begin) : undefined;
      if (!range) break;
      const kind = range.source.startsWith("{{") ? "output" : "tag";
      result.attention.push(`Liquid ${kind} ${range.source.replace(/\s+/g, " ")} kept as written: ${firstLine(error)}`);
      settled.attention++;
      text = keep(text, range.begin, range.end);
    }
  }
  result.attention.push("Liquid could not be evaluated: the body is kept as written");
  result.text = body;
  return result;
}
