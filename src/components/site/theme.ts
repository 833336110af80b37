// The colour scheme: the device's preference (prefers-color-scheme) unless the reader picked one
// with the theme switch. The inline script in BaseLayout.astro reads the same key before the first
// paint, so a chosen theme shows without a flash of the other one.
export const THEME_KEY = 'mvp-toolkit:theme';
export type Theme = 'light' | 'dark';

const root = document.documentElement;
const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const chosenTheme = (): Theme | null => (root.dataset.theme === 'dark' || root.dataset.theme === 'light' ? root.dataset.theme : null);
export const currentTheme = (): Theme => chosenTheme() ?? systemTheme();

/**
 * Keeps a theme that differs from the device's; choosing the one the device prefers forgets the choice,
 * so the site follows the device again (dark at night, if the device does that).
 */
function choose(theme: Theme): void {
  const follow = theme === systemTheme();
  if (follow) delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (follow) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be switched off; the choice then lasts until the page is left.
  }
}

export function bindThemeSwitch(button: HTMLButtonElement): void {
  const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  show();
  button.addEventListener('click', () => {
    choose(currentTheme() === 'dark' ? 'light' : 'dark');
    show();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
}
