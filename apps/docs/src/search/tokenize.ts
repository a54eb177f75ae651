/**
 * The search tokenizer, used at index time (build) and query time (browser). MiniSearch's default splits
 * on spaces and punctuation only, so a Chinese title is one long "word" and 回流 would never match
 * 外投统计数据回流接口. Here every run of Han characters becomes its overlapping character bigrams
 * (外投 投统 统计 … 接口; a lone character stays itself), so any part of two or more characters matches,
 * and prefix search covers single characters. Other runs stay whole words (MiniSearch lower-cases them).
 *
 * VitePress ships this function to the browser as its source text, so it must not use anything from
 * outside its own body: no imports, no helpers, no module constants.
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
