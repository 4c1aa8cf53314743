/** A post's HTML made safe and self-contained for feed readers: absolute URLs, no script. */
import { ELEMENT_NODE, parse, renderSync, type Node } from "ultrahtml";

/** Elements a feed reader could execute or that restyle the reader's own page; dropped with their content. */
const DROPPED_ELEMENTS = new Set([
  "script",
  "style",
  "object",
  "embed",
  "applet",
  "base",
  "link",
  "meta",
  "frameset",
  "frame",
]);
const URL_ATTRIBUTES = ["href", "src", "poster", "cite", "action", "data", "longdesc"];
const SCRIPT_URL = /^\s*(javascript|vbscript|data:text\/html)/i;

function absolute(url: string, baseUrl: string): string {
  if (url.startsWith("#")) return new URL(url, baseUrl).href;
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}

function absoluteSrcset(srcset: string, baseUrl: string): string {
  return srcset
    .split(",")
    .map((candidate) => {
      const [url = "", ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, baseUrl), ...descriptors].join(" ");
    })
    .join(", ");
}

/**
 * Returns whether `node` is KaTeX's HTML drawing of a formula, which only its stylesheet lays out: feeds
 * keep the MathML beside it, which readers render themselves, so a formula is not shown twice.
 */
function isMathDrawing(node: Node): boolean {
  if (node.type !== ELEMENT_NODE) return false;
  const attributes: Record<string, string> = node.attributes;
  return attributes["class"]?.split(/\s+/).includes("katex-html") ?? false;
}

function clean(node: Node, baseUrl: string): void {
  if (!("children" in node) || !Array.isArray(node.children)) return;
  node.children = node.children.filter(
    (child: Node) =>
      !(
        child.type === ELEMENT_NODE &&
        (DROPPED_ELEMENTS.has(String(child.name).toLowerCase()) || isMathDrawing(child))
      ),
  );
  for (const child of node.children as Node[]) {
    if (child.type !== ELEMENT_NODE) continue;
    const attributes: Record<string, string> = child.attributes;
    for (const name of Object.keys(attributes)) {
      const value = attributes[name] ?? "";
      if (/^on/i.test(name)) delete attributes[name];
      else if (URL_ATTRIBUTES.includes(name.toLowerCase())) {
        if (SCRIPT_URL.test(value)) delete attributes[name];
        else attributes[name] = absolute(value, baseUrl);
      } else if (name.toLowerCase() === "srcset") attributes[name] = absoluteSrcset(value, baseUrl);
    }
    clean(child, baseUrl);
  }
}

/**
 * Returns post HTML fit for a feed: every link and image URL absolute (resolved against the post's
 * own URL), and nothing a feed reader could run: no script elements, event handlers or script URLs.
 * Math is carried as MathML.
 */
export function feedSafeHtml(html: string, postAbsoluteUrl: string): string {
  // ultrahtml declares `parse` as returning `any`; it returns the document node.
  const document = parse(html) as Node;
  clean(document, postAbsoluteUrl);
  return renderSync(document);
}
