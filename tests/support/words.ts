/** Lower-case words with punctuation, quotes and markup symbols removed, for comparing texts. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[’‘`']/g, '')
    .split(/[^a-z0-9£%]+/)
    .filter(Boolean);
}

/** How many words of `source` appear in `target` in the same order (longest common subsequence). */
export function wordsInOrder(source: string[], target: string[]): number {
  let previous = new Uint16Array(target.length + 1);
  let current = new Uint16Array(target.length + 1);
  for (let i = 1; i <= source.length; i++) {
    for (let j = 1; j <= target.length; j++) {
      current[j] = source[i - 1] === target[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[target.length];
}

/** Strips the seed's Markdown and HTML syntax, leaving its words. */
export function seedToText(seed: string): string {
  return seed
    .replace(/\[((?:[^\]\\]|\\.)+)\]\(#\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\|[-\s|]*\|/g, ' ')
    .replace(/[*|•]/g, ' ');
}
