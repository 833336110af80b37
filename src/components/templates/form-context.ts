// What every behaviour of the fill-in form shares: the page's parts, the template definition, the answers
// as they are in the form, and two moments to hook into (the questions rendered, the answers changed).
import type { Draft, DraftValue, Field, TemplateDefinition } from '../../templates-engine/types.ts';
import { allFields } from '../../templates-engine/fields.ts';
import { defaultDraft } from '../../templates-engine/draft.ts';
import { canDraw, fillForm, loadFieldTypes, readField, renderField } from './fields-dom.ts';
import { cellId } from '../../templates-engine/ids.ts';
import { h } from './dom.ts';

/** Why the answers changed: typed into `control`, or the whole form (a row added, a file loaded). */
export interface Change {
  control?: HTMLElement;
  /** The event was `change` (a control left or a choice made), not `input` (each keystroke). */
  committed?: boolean;
  /** Every answer was put back to the suggested wording and removed from this browser. */
  cleared?: boolean;
  /** Answers were brought in from another tab, and are already what this browser keeps. */
  fromOtherTab?: boolean;
  /** The first answers shown when the page opens: nothing has changed yet, so nothing needs saving. */
  initial?: boolean;
  /** With `initial`: they are answers kept in this browser, not the template's suggested wording. */
  kept?: boolean;
}

export interface FormContext {
  root: HTMLElement;
  form: HTMLFormElement;
  def: TemplateDefinition;
  fields: Map<string, Field>;
  /** Titles of every template, by slug, for messages about files from another template. */
  titles: Record<string, string>;
  /** Definitions of the templates this one can read files from, by slug. */
  sources: Record<string, TemplateDefinition>;
  /** The site's base path, ending in "/". */
  base: string;
  errorSummary: HTMLElement;
  /** The answers as they are in the form right now. */
  readDraft: () => Draft;
  /** Runs once the answers to start with are shown, and again whenever every answer is replaced. */
  onRender: (listener: (draft: Draft) => void) => void;
  /** Runs after any answer changes, with the answers read once for every listener. */
  onChange: (listener: (draft: Draft, change: Change) => void) => void;
  /** Tells every behaviour the answers have changed. */
  changed: (change?: Change) => void;
  /**
   * Replaces every answer in the form and tells every behaviour. The first answers are filled into the form as
   * drawn at build time; later (a file loaded, answers cleared) each question is drawn afresh, without its messages.
   */
  replaceAll: (draft: Draft, change?: Change) => void;
  rerenderField: (field: Field, value: DraftValue) => void;
  /**
   * Loads what fills and draws the page's own field types (the progress check's checkpoints), which a page opened
   * with nothing kept leaves until it is first needed. `replaceAll` waits for it; a behaviour that draws one of those
   * fields with `rerenderField` outside it (the tab sync) waits for this first.
   */
  drawingCode: () => Promise<unknown>;
  clearErrors: () => void;
  /** The answers to start with; a behaviour that keeps them (saving) sets this. A promise while they are being brought into this version. */
  firstDraft: () => Draft | undefined | Promise<Draft | undefined>;
  /** A message in the status box, which takes focus. */
  say: (message: string, problem?: boolean) => void;
  /** Said by screen readers without moving focus. */
  announce: (message: string) => void;
}

export function createFormContext(root: HTMLElement): FormContext {
  const def = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as TemplateDefinition;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const errorSummary = root.querySelector<HTMLElement>('[data-error-summary]')!;
  const renderListeners: Array<(draft: Draft) => void> = [];
  const changeListeners: Array<(draft: Draft, change: Change) => void> = [];
  const fieldList = allFields(def);
  /** The answers as last read from the form; a keystroke then reads again only the box it was typed in. */
  let known: Draft | undefined;
  const readDraft = (): Draft => (known = Object.fromEntries(fieldList.map((f) => [f.name, readField(form, f)])));
  /**
   * The answers after typing in `control`: only its answer (or its line's box in a table) is read again, not the
   * whole form, which in a 200-line budget is most of a keystroke's time. Anything else reads everything.
   */
  const readAfter = (control: HTMLElement | undefined): Draft => {
    const name = control?.closest<HTMLElement>('[data-field]')?.dataset.field;
    const field = name === undefined ? undefined : fieldList.find((f) => f.name === name);
    if (!known || !control || !field) return readDraft();
    const column = control.dataset.column;
    const rows = known[field.name];
    if (
      field.type === 'rows' &&
      column &&
      Array.isArray(rows) &&
      (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)
    ) {
      const prefix = `f-${field.name}-`;
      const line = Number(control.id.slice(prefix.length, control.id.length - column.length - 1)) - 1;
      const row = (rows as Array<Record<string, string>>)[line];
      if (!row || cellId(field.name, line, column) !== control.id) return readDraft();
      const next = [...(rows as Array<Record<string, string>>)];
      next[line] = { ...row, [column]: control.value };
      return (known = { ...known, [field.name]: next });
    }
    return (known = { ...known, [field.name]: readField(form, field) });
  };

  const ctx: FormContext = {
    root,
    form,
    def,
    fields: new Map(fieldList.map((f) => [f.name, f])),
    titles: JSON.parse(root.dataset.titles ?? '{}') as Record<string, string>,
    sources: JSON.parse(root.querySelector('script[data-sources]')?.textContent ?? '{}') as Record<string, TemplateDefinition>,
    base: root.dataset.base ?? '/',
    errorSummary,
    readDraft,
    onRender: (listener) => void renderListeners.push(listener),
    onChange: (listener) => void changeListeners.push(listener),
    changed(change = {}) {
      // The first answers were just read from the form or filled into it: no need to read them again.
      const draft = change.initial && known ? known : readAfter(change.control);
      for (const listener of changeListeners) listener(draft, change);
    },
    replaceAll(draft, change) {
      // Answers just read from the form (nothing kept) are already what it shows.
      const shown = change?.initial && draft === known;
      if (!shown && !canDraw(fieldList)) {
        void ctx.drawingCode().then(() => ctx.replaceAll(draft, change));
        return;
      }
      if (change?.initial) {
        if (!shown) {
          known = undefined;
          fillForm(form, fieldList, draft);
        }
      } else for (const field of fieldList) ctx.rerenderField(field, draft[field.name]);
      for (const listener of renderListeners) listener(draft);
      ctx.changed(change);
    },
    rerenderField(field, value) {
      known = undefined;
      form.querySelector(`#group-${field.name}`)?.replaceWith(renderField(field, value));
    },
    drawingCode: () => loadFieldTypes(fieldList, root.querySelector('[data-questions]')!, { draw: true }) ?? Promise.resolve(),
    clearErrors() {
      if (!errorSummary.hidden || form.querySelector('[aria-invalid]')) void import('./errors-dom.ts').then((errors) => errors.clearErrors(form, errorSummary));
    },
    firstDraft: () => undefined,
    say(message, problem = false) {
      status.replaceChildren(h('p', {}, message));
      status.classList.toggle('notice--error', problem);
      status.hidden = false;
      status.focus();
    },
    announce(message) {
      live.textContent = '';
      window.setTimeout(() => {
        live.textContent = message;
      }, 100);
    },
  };
  return ctx;
}

/**
 * Shows the first answers in the form drawn at build time: kept ones if a behaviour has them, else what the form
 * holds (the template's suggested wording, unless something was typed before this script ran).
 */
export function startForm(ctx: FormContext): void {
  const show = (draft: Draft | undefined) => {
    // With nothing kept, what the form holds stands: the suggested wording as drawn, or what was typed into the drawn
    // form before this script arrived (or put back by the browser on reload), which is then saved like any typing.
    const asShown = draft === undefined ? ctx.readDraft() : undefined;
    const typedEarly = asShown !== undefined && JSON.stringify(asShown) !== JSON.stringify(defaultDraft(ctx.def));
    ctx.replaceAll(draft ?? asShown!, { initial: true, kept: draft !== undefined });
    // Nothing kept could be read after all: the figures drawn are those of the answers shown, and right (template-form.css).
    if (draft === undefined) document.documentElement.classList.remove('has-kept-answers');
    ctx.root.classList.add('is-ready');
    if (typedEarly) ctx.changed({ committed: true });
  };
  const first = ctx.firstDraft();
  // Answers kept are shown in the form, which needs all of the page's own field types; else reading them is enough,
  // and the rest loads when it is needed (behaviours/drawing-code.ts).
  const fieldTypes = loadFieldTypes([...ctx.fields.values()], ctx.root.querySelector('[data-questions]')!, { draw: first !== undefined });
  if (first instanceof Promise || fieldTypes !== undefined) {
    void Promise.all([Promise.resolve(first).catch(() => undefined), fieldTypes]).then(([draft]) => show(draft));
  } else show(first);
}
