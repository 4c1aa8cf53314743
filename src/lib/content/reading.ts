/** Words an adult reads in a minute of technical prose, code included. */
export const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}]/u;
/** Scripts written without spaces, where each character is read as roughly one word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Returns the number of words in Markdown text: tokens holding a letter or digit, code included. */
export function wordCount(markdown: string): number {
  const unspacedCharacters = markdown.match(UNSPACED_SCRIPT)?.length ?? 0;
  const spacedWords = markdown
    .replace(UNSPACED_SCRIPT, " ")
    .split(/\s+/)
    .filter((token) => WORD.test(token)).length;
  return spacedWords + unspacedCharacters;
}

/** Returns whole minutes to read Markdown text, never less than one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.ceil(wordCount(markdown) / WORDS_PER_MINUTE));
}
