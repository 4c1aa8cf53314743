/** Markdown highlighting: Shiki's colours as CSS classes instead of a `style` on every token. */
// One small stylesheet (src/styles/code.css, generated from the two themes by `npm run code-theme`) colours every
// code block, so pages and the data store carry short class names, feeds carry no `style` attributes, and the
// CSP needs no `style-src-attr 'unsafe-inline'`.
import { satteriCreateHighlightFn, satteriHighlightPlugin } from "@astrojs/markdown-satteri";
import type { Element, Nodes } from "hast";
import type { HastPluginDefinition } from "satteri";
import { bundledThemes, normalizeTheme, type ShikiTransformer, type ThemeRegistrationResolved } from "shiki";

/** The two Shiki themes code is highlighted in: light by default, dark under `prefers-color-scheme: dark`. */
export const CODE_THEMES = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;

/** The generated stylesheet, relative to the project root. */
export const CODE_STYLESHEET_FILE = "src/styles/code.css";

type Scheme = keyof typeof CODE_THEMES;
/** The classes Astro gives every block that name its themes. */
const THEME_CLASSES = new Set<string>(["astro-code-themes", ...Object.values(CODE_THEMES)]);
const SCHEMES: readonly Scheme[] = ["light", "dark"];
/** One letter per scheme in class names: `l3` is light colour 3, `d3` dark colour 3. */
const LETTER: Record<Scheme, string> = { light: "l", dark: "d" };
/** Font declarations Shiki writes, as the class suffix and the CSS each value stands for. */
const FONT_CLASSES: Record<string, Record<string, { suffix: string; css: string }[]>> = {
  "font-style": { italic: [{ suffix: "i", css: "font-style: italic" }] },
  "font-weight": { bold: [{ suffix: "w", css: "font-weight: bold" }] },
  "text-decoration": {
    underline: [{ suffix: "u", css: "text-decoration: underline" }],
    "line-through": [{ suffix: "s", css: "text-decoration: line-through" }],
    "underline line-through": [{ suffix: "us", css: "text-decoration: underline line-through" }],
  },
};
/** Astro's diff transformer marks `+`/`-` with this style; it becomes the `ns` class. */
const NO_SELECT = "user-select:none";

interface Palette {
  /** The theme's default text and background colours (lower case), which need no class. */
  fg: string;
  bg: string;
  /** Every text colour the theme can give a token, upper case as Shiki writes them, sorted: a colour's index is its class number. */
  foregrounds: string[];
}

async function loadTheme(name: string): Promise<ThemeRegistrationResolved> {
  const loader = bundledThemes[name as keyof typeof bundledThemes];
  return normalizeTheme((await loader()).default);
}

function paletteOf(theme: ThemeRegistrationResolved): Palette {
  const foregrounds = new Set<string>([theme.fg.toUpperCase()]);
  for (const { settings } of theme.settings)
    if (settings.foreground) foregrounds.add(settings.foreground.toUpperCase());
  return { fg: theme.fg.toLowerCase(), bg: theme.bg.toLowerCase(), foregrounds: [...foregrounds].sort() };
}

const palettes: Record<Scheme, Palette> = {
  light: paletteOf(await loadTheme(CODE_THEMES.light)),
  dark: paletteOf(await loadTheme(CODE_THEMES.dark)),
};

/** Returns the classes that stand for one `name:value` declaration Shiki wrote, or throws for one it never should. */
function classesFor(name: string, value: string, where: string): string[] {
  if (`${name}:${value}` === NO_SELECT) return ["ns"];
  const match = /^--shiki-(light|dark)(?:-(bg|font-style|font-weight|text-decoration))?$/.exec(name);
  const scheme = match?.[1] as Scheme | undefined;
  if (scheme) {
    const kind = match?.[2];
    // As before classes, a token draws no background of its own: the block's background shows through.
    if (kind === "bg") return [];
    if (kind === undefined) {
      const index = palettes[scheme].foregrounds.indexOf(value.toUpperCase());
      if (index >= 0) return [`${LETTER[scheme]}${index}`];
    } else {
      // Shiki resets a style one theme gives a token and the other does not: the token's own default.
      if (["inherit", "normal", "none"].includes(value)) return [];
      const font = FONT_CLASSES[kind]?.[value];
      if (font) return font.map(({ suffix }) => `${LETTER[scheme]}${suffix}`);
    }
  }
  throw new Error(
    `Shiki wrote "${name}: ${value}" in a ${where} code block, which src/lib/markdown/code-classes.ts has no class for ` +
      `(themes ${CODE_THEMES.light} and ${CODE_THEMES.dark}): add it there and run npm run code-theme.`,
  );
}

function declarations(style: string): [string, string][] {
  return style
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const colon = part.indexOf(":");
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

/** A token in a theme's default text colour needs no class: it inherits the block's colour. */
function isDefaultColour(name: string, value: string): boolean {
  return SCHEMES.some((scheme) => name === `--shiki-${scheme}` && value.toLowerCase() === palettes[scheme].fg);
}

/** Returns the classes an element already has: Shiki writes them as a `class` string, hast tools as `className`. */
function classesOf(node: Element): string[] {
  const named = [node.properties["class"], node.properties["className"]].flat();
  return named.flatMap((value) => (typeof value === "string" ? value.split(/\s+/).filter(Boolean) : []));
}

function setClasses(node: Element, classes: string[]): void {
  delete node.properties["className"];
  node.properties["class"] = classes.join(" ");
}

function replaceStyle(node: Element, language: string): void {
  // Astro names both themes on every block; the stylesheet needs neither (other classes, such as line-numbers, stay).
  if (node.tagName === "pre")
    setClasses(
      node,
      classesOf(node).filter((name) => !THEME_CLASSES.has(name)),
    );
  const style = node.properties["style"];
  if (typeof style !== "string") return;
  delete node.properties["style"];
  const classes = declarations(style)
    .filter(([name, value]) => !isDefaultColour(name, value))
    .flatMap(([name, value]) => classesFor(name, value, language));
  if (classes.length > 0) setClasses(node, [...classesOf(node), ...classes]);
}

function visit(node: Nodes, language: string): void {
  if (node.type === "element") replaceStyle(node, language);
  if ("children" in node) for (const child of node.children) visit(child, language);
}

/**
 * Returns the Shiki transformer that turns every `style` Shiki (and Astro's diff marker) writes into classes
 * from `code.css`; it runs on the finished tree, after Astro's own transformer.
 */
export function codeClasses(): ShikiTransformer {
  return {
    name: "code-classes",
    root(root) {
      visit(root, this.options.lang);
    },
  };
}

function rules(scheme: Scheme): string[] {
  const letter = LETTER[scheme];
  const { foregrounds } = palettes[scheme];
  const fonts = Object.values(FONT_CLASSES).flatMap((values) => Object.values(values).flat());
  return [
    ...foregrounds.map((colour, index) => `.astro-code .${letter}${index} { color: ${colour.toLowerCase()}; }`),
    ...fonts.map(({ suffix, css }) => `.astro-code .${letter}${suffix} { ${css}; }`),
  ];
}

/** Returns the stylesheet that colours highlighted code in both themes (the content of src/styles/code.css). */
export function codeStylesheet(): string {
  const indent = (lines: string[]) => lines.map((line) => `  ${line}`);
  const base = (scheme: Scheme) =>
    `.astro-code { color: ${palettes[scheme].fg}; background-color: ${palettes[scheme].bg}; }`;
  return [
    `/* Generated by \`npm run code-theme\` from Shiki's ${CODE_THEMES.light} and ${CODE_THEMES.dark}`,
    "   (src/lib/markdown/code-classes.ts): do not edit by hand. */",
    base("light"),
    ".astro-code .ns { user-select: none; }",
    "@media not all and (prefers-color-scheme: dark) {",
    ...indent(rules("light")),
    "}",
    "@media (prefers-color-scheme: dark) {",
    ...indent([base("dark"), ...rules("dark")]),
    "}",
    "",
  ].join("\n");
}

/**
 * Returns Astro's Shiki highlighter for one code block (code, language) with colours as classes; `transformers`
 * run first, so the classes replace whatever styles they leave too.
 */
export async function highlightCode(transformers: ShikiTransformer[] = []) {
  const highlight = await satteriCreateHighlightFn("shiki", {
    themes: CODE_THEMES,
    defaultColor: false,
    // `null`: no `overflow-x` style on each block; global.css scrolls every <pre>.
    wrap: null,
    transformers: [...transformers, codeClasses()],
  });
  if (!highlight) throw new Error("Astro's Shiki highlighter did not start");
  return highlight;
}

/**
 * Returns the Markdown plugin that highlights code blocks with colours as classes: Astro's own highlight
 * plugin (same language detection and exclusions) driven by {@link highlightCode}.
 */
export async function codeHighlighting(transformers: ShikiTransformer[] = []): Promise<HastPluginDefinition> {
  return satteriHighlightPlugin(await highlightCode(transformers), undefined);
}
