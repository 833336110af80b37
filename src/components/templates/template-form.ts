// The fill-in form island: renders the questions from the template definition embedded in the page,
// keeps answers in this browser, saves and loads answer files, and downloads the finished document.
import '../../templates-engine/jitless.ts';
import type { Draft, DraftValue, Field, RowsField, TemplateDefinition } from '../../templates-engine/types.ts';
import { allFields, validateDraft } from '../../templates-engine/schema.ts';
import { defaultDraft } from '../../templates-engine/draft.ts';
import { readAnswersFile, toAnswersFile } from '../../templates-engine/answers-file.ts';
import { lostMessage } from '../../templates-engine/migrations.ts';
import { downloadName } from '../../templates-engine/file-name.ts';
import { todayIso } from '../../templates-engine/dates.ts';
import { outputFormats } from '../../templates-engine/outputs/index.ts';
import { addButtonId, itemId, cellId } from '../../templates-engine/ids.ts';
import { countId, readField, remainingMessage, renderField, renderSection, totalsText } from './fields-dom.ts';
import { clearErrors, handleSummaryClick, showErrors, showFieldError } from './errors-dom.ts';
import { displays, type Display } from './displays/index.ts';
import { h, saveBlob } from './dom.ts';
import { moveFromButton } from './reorder-dom.ts';
import { mountSummaries, updateSummaries } from './summaries-dom.ts';
import { mountImports } from './imports-dom.ts';
import { wireRollover } from './rollover-dom.ts';
import { startStorageSync } from './storage-sync-dom.ts';
import { whenControlled } from '../../offline/controlled.ts';

function start(root: HTMLElement) {
  const def = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as TemplateDefinition;
  const titles = JSON.parse(root.dataset.titles ?? '{}') as Record<string, string>;
  const sources = JSON.parse(root.querySelector('script[data-sources]')?.textContent ?? '{}') as Record<string, TemplateDefinition>;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const questions = root.querySelector<HTMLElement>('[data-questions]')!;
  const summary = root.querySelector<HTMLElement>('[data-error-summary]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const fields = new Map(allFields(def).map((f) => [f.name, f]));
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();

  const readDraft = (): Draft => Object.fromEntries(allFields(def).map((f) => [f.name, readField(form, f)]));
  const persist = () => {
    const draft = readDraft();
    updateSummaries(form, def, draft);
    if (!sync.save()) say('Your answers could not be saved in this browser (its storage may be full or turned off). Use “Save answers to a file” so you do not lose them.', true);
  };

  // Worked-out figures (a budget's totals) are loaded only by the templates that show them.
  let shown: Array<[string, Display]> = [];
  const refresh = () => {
    if (!shown.length) return;
    const draft = readDraft();
    for (const [, display] of shown) display.update(form, def, draft);
  };
  const mountDisplays = () => {
    for (const [id, display] of shown) for (const slot of form.querySelectorAll<HTMLElement>(`[data-display="${id}"]`)) display.mount(slot);
    refresh();
  };
  const wanted = [...new Set(def.sections.flatMap((s) => (s.display ? [s.display] : [])))];
  void Promise.all(wanted.map(async (id) => [id, await displays[id]()] as [string, Display])).then((loaded) => {
    shown = loaded;
    mountDisplays();
  });

  function renderAll(draft: Draft) {
    questions.replaceChildren(...def.sections.map((s, i) => renderSection(s, draft, i, def.sections.length)));
    mountDisplays();
    mountSummaries(form, def, draft);
    mountImports({ root, form, def, sources, titles, fields, rerender: rerenderField, persist: () => { refresh(); persist(); }, say });
  }

  /** Checks figures as they are typed: a message appears beside a wrong one at once, and goes when it is put right. */
  function checkFigures(control: HTMLElement) {
    const row = control.closest('[data-row-of]');
    const controls = row ? [...row.querySelectorAll<HTMLElement>('input[inputmode="decimal"]')] : [control];
    const result = validateDraft(def, readDraft());
    for (const c of controls) {
      const error = result.ok ? undefined : result.errors.find((e) => e.target === c.id);
      showFieldError(form, c.id, error?.message ?? null);
    }
  }

  function rerenderField(field: Field, value: DraftValue) {
    form.querySelector(`#group-${field.name}`)!.replaceWith(renderField(field, value));
  }

  /** Said by screen readers without moving focus. */
  function announce(message: string) {
    live.textContent = '';
    window.setTimeout(() => { live.textContent = message; }, 100);
  }

  function say(message: string, problem = false) {
    status.replaceChildren(h('p', {}, message));
    status.classList.toggle('notice--error', problem);
    status.hidden = false;
    status.focus();
  }

  // ---- typing ----
  let countTimer: number | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement && target.dataset.countMax) {
      const name = target.id.replace(/^f-/, '');
      const message = remainingMessage([...target.value].length, Number(target.dataset.countMax));
      const visible = form.querySelector<HTMLElement>(`#${countId(name)}`)!;
      visible.textContent = message.text;
      visible.classList.toggle('is-over', message.over);
      window.clearTimeout(countTimer);
      countTimer = window.setTimeout(() => {
        const live = form.querySelector<HTMLElement>(`[data-count-live="${name}"]`);
        if (live) live.textContent = message.text;
      }, 1000);
    }
    const rowsGroup = target.closest<HTMLElement>('[data-field]');
    const rowsField = rowsGroup && fields.get(rowsGroup.dataset.field!);
    if (target instanceof HTMLInputElement && target.inputMode === 'decimal' && target.getAttribute('aria-invalid') === 'true') checkFigures(target);
    if (rowsField?.type === 'rows' && rowsField.totals?.length) {
      const totals = form.querySelector(`[data-totals="${rowsField.name}"]`);
      if (totals) totals.textContent = totalsText(rowsField, readField(form, rowsField) as Array<Record<string, string>>);
    }
    refresh();
    persist();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.inputMode === 'decimal') checkFigures(target);
    refresh();
    persist();
  });
  window.addEventListener('pagehide', persist);

  // ---- add another / remove ----
  form.addEventListener('click', (event) => {
    const move = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
    const movable = move && fields.get(move.dataset.moveField!);
    if (movable && (movable.type === 'list' || movable.type === 'rows')) {
      moveFromButton(move, movable, { form, rerender: rerenderField, announce });
      refresh();
      persist();
      return;
    }
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-add], button[data-remove]');
    if (!button) return;
    const field = fields.get(button.dataset.add ?? button.dataset.remove!)!;
    if (field.type !== 'list' && field.type !== 'rows') return;
    const items = readField(form, field) as Array<string | Record<string, string>>;
    let focusId: string;
    if (button.dataset.add) {
      items.push(field.type === 'list' ? '' : Object.fromEntries(field.columns.map((c) => [c.name, ''])));
      const index = items.length - 1;
      focusId = field.type === 'list' ? itemId(field.name, index) : cellId(field.name, index, (field as RowsField).columns[0].name);
    } else {
      const index = Number(button.dataset.index);
      items.splice(index, 1);
      focusId = items.length === 0 ? addButtonId(field.name) : field.type === 'list' ? itemId(field.name, Math.min(index, items.length - 1)) : cellId(field.name, Math.min(index, items.length - 1), field.columns[0].name);
    }
    rerenderField(field, items as Draft[string]);
    form.querySelector<HTMLElement>(`#${focusId}`)?.focus();
    refresh();
    persist();
  });

  summary.addEventListener('click', (event) => handleSummaryClick(event, form));

  // ---- download ----
  const downloadButtons = root.querySelectorAll<HTMLButtonElement>('button[data-output]');
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of downloadButtons) {
    button.addEventListener('click', async () => {
      const format = outputFormats[button.dataset.output!];
      const result = validateDraft(def, readDraft());
      if (!result.ok) {
        status.hidden = true;
        showErrors(form, summary, result.errors);
        return;
      }
      clearErrors(form, summary);
      button.disabled = true;
      say('Preparing your document…');
      try {
        const blob = await format.render({ def, answers: result.answers, base });
        const name = downloadName({ mvpName: String(result.answers[def.nameField] ?? ''), label: def.fileLabel, date: todayIso(), extension: format.extension });
        saveBlob(blob, name);
        say(`Your document “${name}” has been downloaded.`);
      } catch (error) {
        say(`Sorry, the document could not be made: ${error instanceof Error ? error.message : String(error)} Your answers are still saved.`, true);
      } finally {
        button.disabled = false;
      }
    });
  }

  // ---- answer files ----
  root.querySelector('[data-save-file]')!.addEventListener('click', () => {
    const draft = readDraft();
    const name = downloadName({ mvpName: String(draft[def.nameField] ?? ''), label: `${def.fileLabel} answers`, date: todayIso(), extension: 'json' });
    saveBlob(new Blob([toAnswersFile(def, draft)], { type: 'application/json' }), name);
    say(`Your answers have been saved to “${name}” in your downloads.`);
  });

  const fileInput = root.querySelector<HTMLInputElement>('[data-load-input]')!;
  root.querySelector('[data-load-file]')!.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = file.size > 5_000_000
      ? { ok: false as const, message: 'The file is too big to be a saved answers file.' }
      : readAnswersFile(def, await file.text(), (slug) => titles[slug]);
    if (!result.ok) {
      say(`“${file.name}” could not be loaded. ${result.message} Nothing has been changed.`, true);
      return;
    }
    clearErrors(form, summary);
    renderAll(result.draft);
    persist();
    say(`Answers loaded from “${file.name}”. ${lostMessage(result.lost)}`.trim());
  });

  // ---- clear ----
  const dialog = root.querySelector<HTMLDialogElement>('[data-clear-dialog]')!;
  const clearButton = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  clearButton.addEventListener('click', () => {
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'clear') {
      clearButton.focus();
      return;
    }
    sync.clear(defaultDraft(def));
    clearErrors(form, summary);
    renderAll(defaultDraft(def));
    say('Your answers have been cleared from this device. The form shows our suggested wording again.');
  });

  wireRollover({ root, def, titles, say, replace: (draft) => { clearErrors(form, summary); renderAll(draft); persist(); } });

  const sync = startStorageSync({ root, def, storage, readDraft, rerender: rerenderField, changed: () => { refresh(); updateSummaries(form, def, readDraft()); } });
  renderAll(sync.initial ?? defaultDraft(def));
  root.classList.add('is-ready');

  // With offline support running, load the document engine now, so downloads also work offline later.
  whenControlled()
    .then(() => Promise.all(def.outputs.map((id) => outputFormats[id].prepare?.({ def, base }))))
    .catch(() => undefined);
}

for (const root of document.querySelectorAll<HTMLElement>('[data-template-form]')) start(root);
