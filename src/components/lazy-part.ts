// Code that loads only when a part of the page is used (checkpoints, importers, downloads, search) can fail
// to arrive: offline, a dropped connection, a new version deployed since the page opened. Without this the
// part just never appears and nothing says why. `loadPart` tells the person beside the part, in words, and
// offers a button that tries again; nothing typed is touched, because only the missing code is fetched again.
export const PART_DID_NOT_LOAD = 'This part did not load. Check your connection and try again.';

const tryAgainLabel = 'Try again';

/**
 * Runs `load` (a dynamic import); if it fails, shows the message and a "Try again" button right after
 * `beside` (or inside it, at the end, when `inside` is set) until a try succeeds. The promise settles only
 * with the loaded module, so callers' `.then` runs once the part is there, however many tries it took.
 */
/** Modules fetched again at an address of their own, by the code that asks for them (see below). */
const fetchedAfresh = new Map<string, Promise<unknown>>();

export function loadPart<T>(beside: Element, load: () => Promise<T>, { inside = false } = {}): Promise<T> {
  return new Promise<T>((resolve) => {
    let problem: HTMLElement | undefined;
    const show = (again: boolean) => {
      if (!problem) {
        // One message per part, even when it was asked for twice (a dialog opened again).
        (inside ? beside.lastElementChild : beside.nextElementSibling)?.closest('[data-part-load-problem]')?.remove();
        problem = problemBox(() => attempt(true));
      }
      if (!problem.isConnected) {
        if (inside) beside.append(problem);
        else beside.after(problem);
      }
      const button = problem.querySelector('button')!;
      button.disabled = false;
      if (again) {
        // The button keeps focus, and the words are said again.
        const words = problem.querySelector('p')!;
        words.textContent = '';
        window.setTimeout(() => {
          words.textContent = PART_DID_NOT_LOAD;
        }, 100);
        button.focus();
      }
    };
    // The files that failed, as the build's preload links report them (Safari's import error names none).
    const failed = new Set<string>();
    const noteFailure = (event: Event) => {
      if (event.target instanceof HTMLLinkElement && event.target.rel === 'modulepreload') failed.add(event.target.href);
    };
    const attempt = (again: boolean) => {
      document.addEventListener('error', noteFailure, true);
      const site = load.toString();
      ((fetchedAfresh.get(site) as Promise<T> | undefined) ?? load())
        // Safari and Firefox remember a module that failed and do not ask for it again: the file that failed is
        // asked for again at an address of its own, and that copy is used from then on. Firefox names the file in
        // the import's error; Safari does not, so there it is the one preload link that failed (Firefox also
        // reports preload links of modules it has already loaded as failed, so its count is not to be trusted).
        .catch((error: unknown) => {
          const named = String(error).match(/https?:\/\/\S+?\.js\b/)?.[0];
          const file = named ?? (failed.size === 1 ? [...failed][0] : undefined);
          if (!again || !file) throw error;
          const afresh = import(/* @vite-ignore */ `${file}?retry=${Date.now()}`) as Promise<T>;
          fetchedAfresh.set(
            site,
            afresh.catch((e: unknown) => {
              fetchedAfresh.delete(site);
              throw e;
            }),
          );
          return afresh;
        })
        .then(
          (loaded) => {
            problem?.remove();
            resolve(loaded);
          },
          () => show(again),
        )
        .finally(() => document.removeEventListener('error', noteFailure, true));
    };
    attempt(false);
  });
}

function problemBox(retry: () => void): HTMLElement {
  const box = document.createElement('div');
  box.className = 'part-load-problem';
  box.dataset.partLoadProblem = '';
  const words = document.createElement('p');
  words.setAttribute('role', 'alert');
  words.textContent = PART_DID_NOT_LOAD;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = tryAgainLabel;
  button.addEventListener('click', () => {
    button.disabled = true;
    button.dataset.tried = 'true';
    retry();
  });
  box.append(words, button);
  return box;
}
