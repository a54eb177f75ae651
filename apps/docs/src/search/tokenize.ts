/**
 * The Chinese-aware word splitter behind the search keys (build) and the search box's query (browser).
 * Splitting on spaces and punctuation alone leaves a Chinese title as one long "word", and 回流 would never match
 * 外投统计数据回流接口. Here every run of Han characters becomes its overlapping character bigrams
 * (外投 投统 统计 … 接口; a lone character stays itself), so any part of two or more characters matches,
 * and prefix search covers single characters. Other runs stay whole words.
 */
export function tokenizeMixed(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/[\s\p{P}\p{S}]+/u)) {
    for (const run of word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      if (!/\p{Script=Han}/u.test(run) || run.length === 1) tokens.push(run);
      else for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
    }
  }
  return tokens;
}
