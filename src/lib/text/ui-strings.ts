/**
 * The words shown around a post, per language: a deliberately small table of eight languages (en, ja, de, es,
 * fr, ar, zh, pt) and thirteen strings. A language not in it, or a string missing from it, falls back to the
 * site's language, then to English; the rest of the site's chrome (header, footer) stays in the site's language.
 */
import { formatNumber } from "./languages.ts";

/** Every string the table holds. */
export interface UiStrings {
  /** Reading time; `{n}` is the number of minutes. */
  minutesToRead: string;
  /** Before the date a post was last revised. */
  updated: string;
  /** Heading of a post's tags. */
  tags: string;
  /** Heading of a post's categories. */
  categories: string;
  /** Before the title of the next newer post. */
  newer: string;
  /** Before the title of the next older post. */
  older: string;
  /** Before the list of a post's translations, and of the other languages' listings. */
  alsoIn: string;
  /** Names the newer/older navigation. */
  morePosts: string;
  /** Heading of the related posts. */
  related: string;
  /** Heading of a post's table of contents. */
  contents: string;
  /** A listing's link to its newer page, arrow included (it points to where the link sits). */
  newerPosts: string;
  /** A listing's link to its older page, arrow included. */
  olderPosts: string;
  /** Which page of a listing this is; `{n}` and `{total}` are numbers. */
  pageOf: string;
}

const ENGLISH: UiStrings = {
  minutesToRead: "{n} min read",
  updated: "Updated",
  tags: "Tags",
  categories: "Categories",
  newer: "Newer",
  older: "Older",
  alsoIn: "Also in",
  morePosts: "More posts",
  related: "Related posts",
  contents: "Contents",
  newerPosts: "← Newer posts",
  olderPosts: "Older posts →",
  pageOf: "Page {n} of {total}",
};

const STRINGS: Readonly<Record<string, Partial<UiStrings>>> = {
  en: ENGLISH,
  ja: {
    minutesToRead: "{n}分で読めます",
    updated: "更新",
    tags: "タグ",
    categories: "カテゴリー",
    newer: "次の記事",
    older: "前の記事",
    alsoIn: "ほかの言語",
    morePosts: "ほかの記事",
    related: "関連記事",
    contents: "目次",
    newerPosts: "← 新しい記事",
    olderPosts: "古い記事 →",
    pageOf: "{n} / {total} ページ",
  },
  de: {
    minutesToRead: "{n} Min. Lesezeit",
    updated: "Aktualisiert",
    tags: "Schlagwörter",
    categories: "Kategorien",
    newer: "Neuer",
    older: "Älter",
    alsoIn: "Auch auf",
    morePosts: "Weitere Beiträge",
    related: "Ähnliche Beiträge",
    contents: "Inhalt",
    newerPosts: "← Neuere Beiträge",
    olderPosts: "Ältere Beiträge →",
    pageOf: "Seite {n} von {total}",
  },
  es: {
    minutesToRead: "{n} min de lectura",
    updated: "Actualizado",
    tags: "Etiquetas",
    categories: "Categorías",
    newer: "Más reciente",
    older: "Más antiguo",
    alsoIn: "También en",
    morePosts: "Más entradas",
    related: "Entradas relacionadas",
    contents: "Contenido",
    newerPosts: "← Entradas más recientes",
    olderPosts: "Entradas anteriores →",
    pageOf: "Página {n} de {total}",
  },
  fr: {
    minutesToRead: "{n} min de lecture",
    updated: "Mis à jour",
    tags: "Étiquettes",
    categories: "Catégories",
    newer: "Plus récent",
    older: "Plus ancien",
    alsoIn: "Aussi en",
    morePosts: "Autres articles",
    related: "Articles liés",
    contents: "Sommaire",
    newerPosts: "← Articles plus récents",
    olderPosts: "Articles plus anciens →",
    pageOf: "Page {n} sur {total}",
  },
  ar: {
    minutesToRead: "مدة القراءة: {n} د",
    updated: "آخر تحديث",
    tags: "الوسوم",
    categories: "التصنيفات",
    newer: "الأحدث",
    older: "الأقدم",
    alsoIn: "متوفر أيضًا بـ",
    morePosts: "مزيد من التدوينات",
    related: "تدوينات ذات صلة",
    contents: "المحتويات",
    newerPosts: "→ تدوينات أحدث",
    olderPosts: "تدوينات أقدم ←",
    pageOf: "الصفحة {n} من {total}",
  },
  zh: {
    minutesToRead: "阅读时间 {n} 分钟",
    updated: "更新于",
    tags: "标签",
    categories: "分类",
    newer: "较新",
    older: "较旧",
    alsoIn: "其他语言",
    morePosts: "更多文章",
    related: "相关文章",
    contents: "目录",
    newerPosts: "← 较新的文章",
    olderPosts: "较旧的文章 →",
    pageOf: "第 {n} 页，共 {total} 页",
  },
  pt: {
    minutesToRead: "{n} min de leitura",
    updated: "Atualizado",
    tags: "Etiquetas",
    categories: "Categorias",
    newer: "Mais recente",
    older: "Mais antigo",
    alsoIn: "Também em",
    morePosts: "Mais artigos",
    related: "Artigos relacionados",
    contents: "Índice",
    newerPosts: "← Artigos mais recentes",
    olderPosts: "Artigos mais antigos →",
    pageOf: "Página {n} de {total}",
  },
};

/** Returns the table's entry for `lang`: its own, else its base language's (`pt-BR` uses `pt`). */
function entryFor(lang: string): Partial<UiStrings> {
  return STRINGS[lang] ?? STRINGS[new Intl.Locale(lang).language] ?? {};
}

/** Returns the UI strings of `lang`, each missing one taken from `fallbackLang` (the site's language), then from English. */
export function uiStrings(lang: string, fallbackLang: string): UiStrings {
  return { ...ENGLISH, ...entryFor(fallbackLang), ...entryFor(lang) };
}

/** Returns which page of a listing this is, in `lang`, the numbers in its digits: "Page 2 of 3", "2 / 3 ページ". */
export function pageOf(pageNumber: number, total: number, lang: string, fallbackLang: string): string {
  return uiStrings(lang, fallbackLang)
    .pageOf.replace("{n}", formatNumber(pageNumber, lang))
    .replace("{total}", formatNumber(total, lang));
}

/** Returns a reading time in `lang`, the number in that language's digits: "6 min read", "6分で読めます". */
export function minutesToRead(minutes: number, lang: string, fallbackLang: string): string {
  return uiStrings(lang, fallbackLang).minutesToRead.replace("{n}", formatNumber(minutes, lang));
}
