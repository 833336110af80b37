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
    const attempt = (fromButton: boolean) => {
      load().then(
        (loaded) => {
          problem?.remove();
          resolve(loaded);
        },
        () => {
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
          // After a failed retry the button keeps focus, and the repeated words are said again.
          if (fromButton) {
            const words = problem.querySelector('p')!;
            words.textContent = '';
            window.setTimeout(() => { words.textContent = PART_DID_NOT_LOAD; }, 100);
            button.focus();
          }
        },
      );
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
    retry();
  });
  box.append(words, button);
  return box;
}
