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
        window.setTimeout(() => { words.textContent = PART_DID_NOT_LOAD; }, 100);
        button.focus();
      }
    };
    const attempt = (fromButton: boolean) => {
      load().then(
        (loaded) => {
          problem?.remove();
          resolve(loaded);
        },
        () => {
          if (!fromButton) return show(false);
          // Safari remembers that a module failed and never asks for it again in this page: if the site can be
          // reached now, the page is loaded afresh instead (answers are saved as the page is left).
          void reachable().then((online) => (online ? location.reload() : show(true)));
        },
      );
    };
    attempt(false);
  });
}

/** Whether the site answers now (the page's own address, not from any cache). */
const reachable = () => fetch(location.href, { method: 'HEAD', cache: 'no-store' }).then((r) => r.ok, () => false);

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
