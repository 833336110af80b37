type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element; attributes that are false or undefined are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

export const hidden = (text: string) => h('span', { class: 'visually-hidden' }, text);

/** Saves a file to the person's downloads. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = h('a', { href, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Asks for one file, as "Load answers from a file" does; `use` runs only if one is chosen. */
export function pickFile(root: HTMLElement, label: string, use: (file: File) => void): void {
  const input = h('input', { type: 'file', accept: 'application/json,.json', hidden: true, 'aria-label': label });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file) use(file);
  });
  input.addEventListener('cancel', () => input.remove());
  root.append(input);
  input.click();
}

/** Text of a chosen answers file, or why it cannot be read. */
export async function readSmallFile(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > 5_000_000) return { ok: false, message: 'The file is too big to be a saved answers file.' };
  return { ok: true, text: await file.text() };
}
