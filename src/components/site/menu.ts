// The Menu button on narrow screens: shows the site links (and, on toolkit pages, the toolkit
// contents) it controls; Escape inside them closes the menu and returns focus to the button.
const button = document.querySelector<HTMLButtonElement>('.menu-button');
const panels = (button?.getAttribute('aria-controls') ?? '')
  .split(' ')
  .map((id) => document.getElementById(id))
  .filter((el): el is HTMLElement => el !== null);

if (button && panels.length > 0) {
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    for (const panel of panels) panel.classList.toggle('is-open', open);
  };
  const contents = document.getElementById('toolkit-contents');
  button.addEventListener('click', () => {
    setOpen(!isOpen());
    if (!isOpen()) return;
    const target =
      contents?.querySelector<HTMLElement>('a[aria-current]') ?? contents?.querySelector<HTMLElement>('a') ?? panels[0].querySelector<HTMLElement>('a');
    target?.focus();
  });
  for (const panel of panels) {
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && isOpen()) {
        setOpen(false);
        button.focus();
      }
    });
  }
}
