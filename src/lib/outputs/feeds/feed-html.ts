/**
 * Post HTML made fit for a feed reader, by an allowlist sanitizer (sanitize-html, the package Astro's RSS
 * guide names): only the elements, attributes and URL schemes listed here survive, whatever the post's
 * raw HTML holds. Its parser (htmlparser2) keeps a stack, not recursion, so deep nesting cannot crash it,
 * and it checks a URL's scheme after dropping control characters and blanks (`java⇥script:`) as browsers do.
 */
import sanitizeHtml from "sanitize-html";

/** MathML as KaTeX writes it: feed readers render it themselves, without KaTeX's stylesheet. */
const MATHML_ELEMENTS = [
  "math",
  "semantics",
  "annotation",
  "mrow",
  "mi",
  "mn",
  "mo",
  "ms",
  "mtext",
  "mspace",
  "msup",
  "msub",
  "msubsup",
  "mfrac",
  "msqrt",
  "mroot",
  "mover",
  "munder",
  "munderover",
  "mtable",
  "mtr",
  "mtd",
  "mstyle",
  "mpadded",
  "mphantom",
  "menclose",
];

/** Elements a post body may carry into a feed: text structure, tables, code, media; never script, forms or frames. */
const FEED_ELEMENTS = [
  ...sanitizeHtml.defaults.allowedTags.filter((tag) => !["main", "nav", "footer", "header", "aside"].includes(tag)),
  "img",
  "picture",
  "source",
  "details",
  "summary",
  "del",
  "ins",
  ...MATHML_ELEMENTS,
];

/** Attributes kept, per element (`*`: every element). No `style`, no event handlers, no `formaction` or `srcdoc`. */
const FEED_ATTRIBUTES: sanitizeHtml.IOptions["allowedAttributes"] = {
  "*": ["id", "lang", "dir", "title"],
  a: ["href", "rel", "hreflang"],
  img: ["src", "srcset", "alt", "width", "height", "loading", "decoding"],
  source: ["src", "srcset", "type", "media", "sizes"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  td: ["colspan", "rowspan", "align"],
  th: ["colspan", "rowspan", "align", "scope"],
  ol: ["start", "reversed", "type"],
  code: ["class"],
  pre: ["class"],
  math: ["xmlns", "display"],
  annotation: ["encoding"],
  mi: ["mathvariant"],
  mo: ["stretchy", "fence", "separator", "lspace", "rspace", "minsize", "maxsize", "movablelimits", "accent"],
  mspace: ["width"],
  mstyle: ["displaystyle", "scriptlevel"],
  mpadded: ["width", "height", "depth", "lspace", "voffset"],
  mfrac: ["linethickness"],
  menclose: ["notation"],
  mover: ["accent"],
  munder: ["accentunder"],
  munderover: ["accent", "accentunder"],
  mtable: ["columnalign", "rowspacing", "columnspacing"],
  mtd: ["columnalign"],
};

/** Attributes whose value is one URL, made absolute against the post's address. */
const URL_ATTRIBUTES = new Set(["href", "src", "cite"]);

/** Returns `url` resolved against `baseUrl`, or as written when it is not a URL at all. */
function absolute(url: string, baseUrl: string): string {
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}

/** Returns a `srcset` with each candidate's URL made absolute. */
function absoluteSrcset(srcset: string, baseUrl: string): string {
  return srcset
    .split(",")
    .map((candidate) => {
      const [url = "", ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, baseUrl), ...descriptors].join(" ");
    })
    .join(", ");
}

/** Returns an element's attributes with every URL made absolute (the sanitizer then checks the scheme of the result). */
function withAbsoluteUrls(attributes: sanitizeHtml.Attributes, baseUrl: string): sanitizeHtml.Attributes {
  const result: sanitizeHtml.Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (URL_ATTRIBUTES.has(name)) result[name] = absolute(value, baseUrl);
    else if (name === "srcset") result[name] = absoluteSrcset(value, baseUrl);
    else result[name] = value;
  }
  return result;
}

/**
 * Returns post HTML fit for a feed: only allowlisted elements and attributes, links only to http(s), mailto
 * and the post's own fragments, and every link and image URL absolute (resolved against the post's own URL).
 * Math is carried as MathML.
 */
export function feedSafeHtml(html: string, postAbsoluteUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: FEED_ELEMENTS,
    allowedAttributes: FEED_ATTRIBUTES,
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href", "src", "cite", "srcset"],
    allowProtocolRelative: false,
    // Dropped with their content: what they hold is code or styling, never the post's text.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "svg"],
    transformTags: {
      "*": (tagName, attribs) => ({
        tagName,
        attribs: withAbsoluteUrls(attribs, postAbsoluteUrl),
      }),
    },
  });
}
