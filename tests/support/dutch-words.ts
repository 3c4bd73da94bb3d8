/**
 * Short Dutch words that carry no meaning of their own and occur in almost every Dutch
 * sentence; words that are also English ("is", "in", "of", "op", "die", "al", "aan", "we",
 * "door", "mag") are left out. Used to find Dutch sentences where none belong: in logic
 * modules (tests/unit/logic-purity.test.ts) and in English strings (english-strings.test.ts).
 */
// prettier-ignore
export const DUTCH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'je', 'jij', 'jouw', 'jullie', 'u', 'uw', 'wij', 'ze', 'zij',
  'de', 'het', 'een', 'deze', 'dit', 'dat', 'geen', 'niet', 'ook', 'nog', 'wel', 'maar',
  'en', 'van', 'voor', 'met', 'naar', 'bij', 'om', 'te', 'uit', 'als', 'er',
  'zijn', 'wordt', 'worden', 'kan', 'kunt', 'moet', 'heeft', 'hebt',
]);
