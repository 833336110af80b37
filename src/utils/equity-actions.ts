export interface EquityActionRef {
  id: string;
  text: string;
}

const ACTION = /<EquityAction id="([^"]+)">([\s\S]*?)<\/EquityAction>/g;

/** Finds the highlighted equity actions in an entry's MDX source, in order, as plain text. */
export function equityActionsIn(mdx: string): EquityActionRef[] {
  return [...mdx.matchAll(ACTION)].map(([, id, inner]) => ({
    id,
    text: inner
      .replace(/<Resource id="[^"]+">([\s\S]*?)<\/Resource>/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/\*/g, '')
      .trim(),
  }));
}
