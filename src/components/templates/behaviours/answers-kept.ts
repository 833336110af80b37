// A browser can clear what a site keeps: Safari deletes it after seven days of use without a visit (web apps
// on the home screen aside), and anyone can clear their browsing data. So the notice says when the answers
// kept from before were last saved in this browser; once a person has typed, the browser is asked to keep the
// site's storage (navigator.storage.persist(), where it offers that); and answers kept for more than a day come
// with a one-line offer to save them to a file, which survives a cleared browser.
import type { FormContext } from '../form-context.ts';
import { readStoredText, storageKey } from '../../../templates-engine/saved-draft.ts';
import { browserStorage } from './saving.ts';

const DAY_MS = 86_400_000;
/** How long after typing the line is brought up to date (the save itself waits for typing to pause). */
const AFTER_SAVE_MS = 1500;

/** "today at 14:05", "yesterday at 09:30" or "on 27 November 2026 at 14:05", in the person's time zone. */
export function whenSaved(saved: Date, now: Date): string {
  const time = saved.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((dayStart(now) - dayStart(saved)) / DAY_MS);
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `yesterday at ${time}`;
  return `on ${saved.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${time}`;
}

/** True when answers saved at `saved` have been kept long enough to be worth a file as well. */
export const keptLongEnough = (saved: Date, now: Date): boolean => now.getTime() - saved.getTime() > DAY_MS;

export function answersKept(ctx: FormContext): void {
  const line = ctx.root.querySelector<HTMLElement>('[data-answers-kept]');
  const storage = browserStorage();
  if (!line || !storage) return;
  const key = storageKey(ctx.def);
  const savedAt = (): Date | undefined => {
    let raw: string | null = null;
    try {
      raw = storage.getItem(key);
    } catch {
      /* storage turned off: nothing to say */
    }
    const when = readStoredText(raw)?.savedAt;
    const date = when ? new Date(when) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  };

  const opened = savedAt();
  // The offer is made for answers that were already old when the page opened; typing today does not take it away.
  const offer = opened !== undefined && keptLongEnough(opened, new Date());
  const words = document.createElement('span');
  line.append(words);
  if (offer) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = 'Save your answers to a file';
    button.addEventListener('click', () => ctx.root.querySelector<HTMLButtonElement>('[data-save-file]')!.click());
    line.append(' Browsers can clear what they keep, so ', button, ' as well.');
  }
  const said = (saved: Date | undefined) => (saved ? `Last saved in this browser ${whenSaved(saved, new Date())}.` : 'Nothing is saved in this browser now.');
  // Shown on opening when answers were kept from before. After that it is brought up to date only where it is already
  // shown, and never made shorter: a line appearing or shrinking above the form a moment after typing would move the
  // boxes under the person's fingers (browsers without scroll anchoring, Safari among them, would not make up for it).
  words.textContent = said(opened);
  line.hidden = !opened;
  const show = () => {
    if (line.hidden) return;
    line.style.minHeight = `${line.offsetHeight}px`;
    words.textContent = said(savedAt());
  };

  let asked = false;
  let timer: number | undefined;
  ctx.onChange((_, { initial }) => {
    if (initial) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(show, AFTER_SAVE_MS);
    if (!asked) {
      asked = true;
      // Chromium and Safari decide for themselves; Firefox may ask the person, so only once they have typed.
      void navigator.storage
        ?.persisted?.()
        .then((kept) => kept || navigator.storage.persist())
        .catch(() => undefined);
    }
  });
  window.addEventListener('storage', (event) => event.key === key && show());
}
