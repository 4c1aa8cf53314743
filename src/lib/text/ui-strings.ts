/**
 * The words shown around a post, per language: a deliberately small table of eight languages (en, ja, de, es,
 * fr, ar, zh, pt) and ten strings. A language not in it, or a string missing from it, falls back to the
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

/** Returns whether the table has strings of its own for `lang` (or its base language), rather than a fallback's. */
export function hasUiStrings(lang: string): boolean {
  return Object.keys(entryFor(lang)).length > 0;
}

/** Returns a reading time in `lang`, the number in that language's digits: "6 min read", "6分で読めます". */
export function minutesToRead(minutes: number, lang: string, fallbackLang: string): string {
  return uiStrings(lang, fallbackLang).minutesToRead.replace("{n}", formatNumber(minutes, lang));
}
