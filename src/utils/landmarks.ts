export interface Landmark {
  id: string;
  label: string;
}

/** A URL fragment made from a caption, shared by ComparisonTable and the "on this page" list. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const shorten = (text: string, words = 8) => {
  const all = text
    .replace(/<[^>]+>/g, '')
    .replace(/\*/g, '')
    .trim()
    .split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
};

/**
 * The toolkit's sections have no headings of their own, so long sections are navigated by what
 * stands out in them: comparison tables, quotations from national guidance and equity actions.
 */
export function landmarksIn(mdx: string): Landmark[] {
  const pattern =
    /<ComparisonTable\s+caption="([^"]+)"|<GuidanceQuote id="([^"]+)"[^>]*\scite="([^"]+)"|<EquityAction id="([^"]+)">([\s\S]*?)<\/EquityAction>/g;
  return [...mdx.matchAll(pattern)].map((m) => {
    if (m[1]) return { id: slugify(m[1]), label: `Table: ${m[1]}` };
    if (m[2]) return { id: m[2], label: `Quotation from ${m[3].replace(/\.$/, '')}` };
    return { id: m[4], label: `Equity action: ${shorten(m[5].replace(/<Resource id="[^"]+">([\s\S]*?)<\/Resource>/g, '$1'))}` };
  });
}
