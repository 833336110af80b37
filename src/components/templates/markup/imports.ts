// "Load your workplan file" and the like, before the question it fills (imports-dom.ts does the loading).
import type { ImportSpec } from '../../../templates-engine/types.ts';
import { h, type Markup } from './h.ts';

export const importId = (spec: ImportSpec) => `import-${spec.id}`;

export function importMarkup(spec: ImportSpec): Markup {
  return h(
    'div',
    { class: 'import-panel', id: importId(spec), 'data-needs-script': true },
    h('p', { class: 'hint', id: `${importId(spec)}-hint` }, spec.hint),
    h('button', { type: 'button', class: 'button button--secondary', 'aria-describedby': `${importId(spec)}-hint`, 'data-import': spec.id }, spec.button),
  );
}
