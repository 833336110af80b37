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

/**
 * Joins table rows that a page break split: in the seed, a row whose first cell is empty
 * continues the row above it, cell by cell.
 */
export function mendSplitTableRows(seed: string): string {
  const lines = seed.split('\n').filter((line) => !/^\|[-\s|]*\|$/.test(line.trim()));
  const out: string[][] = [];
  const text: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (!line.trim().startsWith('|')) {
      if (out.length)
        text.push(
          out
            .splice(0)
            .map((row) => row.join(' | '))
            .join('\n'),
        );
      text.push(line);
      continue;
    }
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    const previous = out[out.length - 1];
    if (previous && cells[0] === '') cells.forEach((cell, i) => (previous[i] = `${previous[i] ?? ''} ${cell}`.trim()));
    else out.push(cells);
  }
  if (out.length) text.push(out.map((row) => row.join(' | ')).join('\n'));
  return text.join('\n');
}

/** Strips the seed's Markdown and HTML syntax, leaving its words. */
export function seedToText(seed: string): string {
  return mendSplitTableRows(seed)
    .replace(/\[((?:[^\]\\]|\\.)+)\]\(#\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\|[-\s|]*\|/g, ' ')
    .replace(/[*|•]/g, ' ');
}
