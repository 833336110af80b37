// Markup made once and turned into HTML at build time (Astro) or into elements in the browser (a row added,
// a file loaded), so the form drawn on the server and the parts the browser draws later are the same markup.

type Value = string | number | boolean | undefined;
export type Attrs = Record<string, Value>;
export type Child = Markup | string | null | undefined | false;

export interface Markup {
  tag: string;
  attrs: Attrs;
  children: Child[];
}

/** An element; attributes that are false or undefined are left out, `true` is an empty attribute. */
export const h = (tag: string, attrs: Attrs = {}, ...children: Child[]): Markup => ({ tag, attrs, children });

export const hidden = (text: string): Markup => h('span', { class: 'visually-hidden' }, text);

const VOID = new Set(['input', 'br', 'hr', 'img', 'col', 'meta', 'link']);
/** Drawn as `<rect />`, as SVG elements with no content are written. */
const EMPTY_SVG = new Set(['rect']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export function toHtml(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeText(child);
  let out = `<${child.tag}`;
  for (const [key, value] of Object.entries(child.attrs)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${key}` : ` ${key}="${escapeAttr(String(value))}"`;
  }
  if (EMPTY_SVG.has(child.tag)) return `${out} />`;
  out += '>';
  if (VOID.has(child.tag)) return out;
  // A textarea's first newline is dropped by the HTML parser, so one that starts with a newline keeps it.
  if (child.tag === 'textarea' && typeof child.children[0] === 'string' && child.children[0].startsWith('\n')) out += '\n';
  for (const c of child.children) out += toHtml(c);
  return `${out}</${child.tag}>`;
}

const SVG = 'http://www.w3.org/2000/svg';

export function toElement(markup: Markup, inSvg = false): HTMLElement {
  const svg = inSvg || markup.tag === 'svg';
  const el = (svg ? document.createElementNS(SVG, markup.tag) : document.createElement(markup.tag)) as HTMLElement;
  for (const [key, value] of Object.entries(markup.attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const c of markup.children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? c : toElement(c, svg));
  }
  return el;
}
