// GOV.UK error summary links: kept apart from errors-dom.ts, which loads only when there are errors to show.
/** Error summary links move focus to the field and show its label, as GOV.UK's do. */
export function handleSummaryClick(event: MouseEvent, form: HTMLElement): void {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-target]');
  if (!link) return;
  const target = form.querySelector<HTMLElement>(`#${CSS.escape(link.dataset.target!)}`);
  if (!target) return;
  event.preventDefault();
  const legendOrLabel = target.closest('fieldset')?.querySelector('legend') ?? form.querySelector(`label[for="${CSS.escape(target.id)}"]`);
  (legendOrLabel ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
