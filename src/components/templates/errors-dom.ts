// GOV.UK error pattern: a summary at the top that links to each field, and each message beside its field.
import type { FieldError } from '../../templates-engine/types.ts';
import { h, hidden } from './dom.ts';

const ERROR_TITLE_PREFIX = 'Error: ';

export function clearErrors(form: HTMLElement, summary: HTMLElement): void {
  summary.hidden = true;
  summary.replaceChildren();
  for (const slot of form.querySelectorAll<HTMLElement>('.error-message')) {
    slot.hidden = true;
    slot.replaceChildren();
  }
  for (const el of form.querySelectorAll('.form-group--error')) el.classList.remove('form-group--error');
  for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  if (document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = document.title.slice(ERROR_TITLE_PREFIX.length);
}

/** The element that announces an error: the control itself, or the fieldset around radios and lists. */
function describedElement(target: HTMLElement): HTMLElement {
  if (target instanceof HTMLInputElement && target.type === 'radio') return target.closest('fieldset') ?? target;
  if (target instanceof HTMLButtonElement || target.tagName === 'P') return target.closest('fieldset') ?? target;
  return target;
}

function markError(form: HTMLElement, error: Pick<FieldError, 'target' | 'message'>): void {
  const slot = form.querySelector<HTMLElement>(`#${CSS.escape(error.target)}-error`);
  const target = form.querySelector<HTMLElement>(`#${CSS.escape(error.target)}`);
  if (slot?.hidden) {
    slot.hidden = false;
    slot.append(hidden('Error: '), error.message);
  }
  (slot?.closest('.form-group--cell') ?? slot?.closest('.form-group'))?.classList.add('form-group--error');
  const folded = slot?.closest('details');
  if (folded) folded.open = true;
  if (target) {
    const described = describedElement(target);
    if (!(target instanceof HTMLButtonElement)) target.setAttribute('aria-invalid', 'true');
    const ids = new Set((described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    ids.add(`${error.target}-error`);
    described.setAttribute('aria-describedby', [...ids].join(' '));
  }
}

/** Shows or clears the message beside one control, as its figures are typed, without the summary. */
export function showFieldError(form: HTMLElement, target: string, message: string | null): void {
  const slot = form.querySelector<HTMLElement>(`#${CSS.escape(target)}-error`);
  const control = form.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
  if (!slot || !control) return;
  if (message !== null && slot.textContent === `Error: ${message}`) return;
  slot.hidden = true;
  slot.replaceChildren();
  (slot.closest('.form-group--cell') ?? slot.closest('.form-group'))?.classList.remove('form-group--error');
  control.removeAttribute('aria-invalid');
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== `${target}-error`);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
  if (message !== null) markError(form, { target, message });
}

export function showErrors(form: HTMLElement, summary: HTMLElement, errors: FieldError[]): void {
  clearErrors(form, summary);
  for (const error of errors) markError(form, error);
  summary.append(
    h('h2', { class: 'error-summary__title', id: 'error-summary-title' }, 'There is a problem'),
    h('ul', { class: 'error-summary__list' }, ...errors.map((e) => h('li', {}, h('a', { href: `#${e.target}`, 'data-target': e.target }, e.message)))),
  );
  summary.hidden = false;
  document.title = ERROR_TITLE_PREFIX + document.title;
  summary.focus();
}
