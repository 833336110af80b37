// The colour scheme: the device's preference (prefers-color-scheme) unless the reader picked one
// with the theme switch. The inline script in BaseLayout.astro reads the same key before the first
// paint, so a chosen theme shows without a flash of the other one.
export const THEME_KEY = 'mvp-toolkit:theme';
export type Theme = 'light' | 'dark';

const root = document.documentElement;
const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const chosenTheme = (): Theme | null => (root.dataset.theme === 'dark' || root.dataset.theme === 'light' ? root.dataset.theme : null);
export const currentTheme = (): Theme => chosenTheme() ?? systemTheme();

function choose(theme: Theme): void {
  root.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
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
