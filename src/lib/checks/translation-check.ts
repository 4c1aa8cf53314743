/** The checks of translations: one version of a post per language, and no translation of an unpublished original. */
import { site } from "../../site.config.ts";
import { fileTranslationKey } from "../content/slugs.ts";
import { nativeLanguageName } from "../text/languages.ts";
import type { CheckedPost } from "./checked-post.ts";
import type { PostProblem } from "./problems.ts";

/** A checked post with its language and translation key filled in: the site's language, the file name. */
function withDefaults(post: CheckedPost) {
  return {
    file: post.file,
    lang: post.lang ?? site.lang,
    translationKey: post.translationKey ?? fileTranslationKey(post.file),
    explicitKey: post.explicitKey ?? false,
    draft: post.draft ?? false,
  };
}

/**
 * Returns the problems with translations: two posts in one language sharing a translation key (an error naming
 * both files: a post can have one version per language), and, as a warning, a published translation whose
 * original (its version in the site's language) is a draft, so readers of the translation find no original.
 */
export function checkTranslations(checked: readonly CheckedPost[]): PostProblem[] {
  const problems: PostProblem[] = [];
  const posts = checked.map(withDefaults);
  for (const [key, versions] of Map.groupBy(posts, (post) => post.translationKey)) {
    for (const [lang, sameLanguage] of Map.groupBy(versions, (post) => post.lang)) {
      // Two files of one name in one language also share an address; that check names them already.
      if (sameLanguage.length < 2 || !sameLanguage.some((post) => post.explicitKey)) continue;
      for (const post of sameLanguage) {
        const others = sameLanguage.filter((other) => other !== post).map((other) => other.file);
        problems.push({
          file: post.file,
          field: post.explicitKey ? "translation_key" : "lang",
          message: `"${key}" has two versions in ${nativeLanguageName(lang)} (${lang}), this one and ${others.join(" and ")}: give one another lang or translation_key`,
        });
      }
    }
    const original = versions.find((post) => post.lang === site.lang);
    if (!original?.draft) continue;
    for (const translation of versions.filter((post) => post !== original && !post.draft)) {
      problems.push({
        file: translation.file,
        severity: "warning",
        message: `is a translation of ${original.file}, which is a draft: this one is published without its original`,
      });
    }
  }
  return problems;
}
