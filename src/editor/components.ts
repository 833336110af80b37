// The site's content components (src/components/content/) declared to the editor, so an editor inserts
// them as forms from the toolbar and the + menu, never as code. Props and limits follow the .astro components.
import { Fragment, createElement as h, useEffect, useRef } from 'react';
import { fields } from '@keystatic/core';
import { block, mark, wrapper } from '@keystatic/core/content-components';
import { errorStyle, refuse } from './fields.ts';

const icon = (path: string) => h('svg', { 'aria-hidden': true, width: 16, height: 16, viewBox: '0 0 14 14' }, h('path', { d: path, fill: 'currentColor' }));

const slugPattern = { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use lower-case letters, numbers and hyphens only' };

export const contentComponents = {
  EquityAction: mark({
    label: 'Equity action',
    icon: icon('M7 0l7 7-7 7-7-7z'),
    tag: 'strong',
    style: { background: '#fdf2d0', outline: '1px solid #b45309' },
    schema: {
      id: fields.text({
        label: 'Anchor',
        description: 'A name for links to this action from the equity index: equity-<section>-<number>, such as equity-2-4-4.',
        validation: {
          length: { min: 1 },
          pattern: { regex: /^equity-[a-z0-9-]+$/, message: 'Start with equity- then the section and a number, such as equity-2-4-4' },
        },
      }),
    },
  }),
  Resource: mark({
    label: 'Link to a resource',
    icon: icon('M2 2h7l3 3v7H2z'),
    tag: 'a',
    schema: {
      id: fields.text({
        label: 'Resource',
        description: 'The id of the resource in our list of resources (content/resources.yaml), such as implementing-better-births.',
        validation: { length: { min: 1 }, pattern: slugPattern },
      }),
    },
  }),
  ShareExample: mark({
    label: 'Share-an-example link',
    icon: icon('M7 1l2 4 4 .5-3 3 1 4.5-4-2-4 2 1-4.5-3-3L5 5z'),
    tag: 'a',
    schema: {},
  }),
  GuidanceQuote: wrapper({
    label: 'Quotation from guidance',
    description: 'Words copied exactly from national guidance, with where they come from.',
    schema: {
      cite: fields.text({ label: 'Source as written', description: 'The title of the source, shown after the quotation.', validation: { length: { min: 1 } } }),
      source: fields.text({
        label: 'Resource id',
        description: 'The id of the source in our list of resources, when it is there (leave empty if not).',
        validation: { pattern: { regex: /^([a-z0-9]+(-[a-z0-9]+)*)?$/, message: 'Use lower-case letters, numbers and hyphens only' } },
      }),
      detail: fields.text({ label: 'Detail', description: 'Anything after the title, such as a date (leave empty if none).' }),
      id: fields.text({
        label: 'Anchor',
        description: 'A name for links to this quotation, such as quote-2-4-2 (leave empty if none).',
        validation: { pattern: { regex: /^([a-z0-9]+(-[a-z0-9]+)*)?$/, message: 'Use lower-case letters, numbers and hyphens only' } },
      }),
    },
  }),
  SystemDiagram: block({
    label: 'Diagram of the maternity system',
    description: "The diagram of the system's layers. Its drawing is kept in src/components/content/SystemDiagram.astro.",
    schema: {},
  }),
  ComparisonTable: block({
    label: 'Comparison table',
    description: 'A table comparing options, one row per option. Each cell is plain text.',
    schema: {
      caption: fields.text({ label: 'Caption', description: 'What the table compares.', validation: { length: { min: 1 } } }),
      headers: fields.array(fields.text({ label: 'Column heading', validation: { length: { min: 1 } } }), {
        label: 'Column headings',
        itemLabel: (props) => props.value,
        validation: { length: { min: 2 } },
      }),
      rows: fields.array(
        fields.array(fields.text({ label: 'Cell', multiline: true, validation: { length: { min: 1 } } }), {
          label: 'Cells, first the option',
          itemLabel: (props) => props.value,
          validation: { length: { min: 2 } },
        }),
        { label: 'Rows', itemLabel: (props) => props.elements[0]?.value ?? 'Row', validation: { length: { min: 1 } } },
      ),
    },
  }),
};

type ComponentProps = { value?: Record<string, unknown> };
type DocNode = { type: { name: string }; attrs: { props?: ComponentProps }; marks: { type: { name: string }; attrs: { props?: ComponentProps } }[] };

/** What is missing from the building blocks in a page text (the editor's value), as one message; undefined if nothing. */
function incompleteComponents(value: unknown): string | undefined {
  const problems: string[] = [];
  const check = (name: string, props: ComponentProps | undefined) => {
    const component = contentComponents[name as keyof typeof contentComponents];
    if (!component) return;
    for (const [key, propField] of Object.entries(
      component.schema as Record<string, { kind: string; validate?(v: unknown): unknown; defaultValue?(): unknown }>,
    )) {
      if (propField.kind !== 'form' || !propField.validate) continue;
      try {
        propField.validate(props?.value?.[key] ?? propField.defaultValue?.());
      } catch (error) {
        problems.push(`${component.label}: ${(error as Error).message}`);
      }
    }
  };
  (value as { doc: { descendants(visit: (node: DocNode) => void): void } }).doc.descendants((node) => {
    check(node.type.name, node.attrs.props);
    for (const mark of node.marks) check(mark.type.name, mark.attrs.props);
  });
  return problems.length ? `${[...new Set(problems)].join('; ')}. Click the building block, then the pencil above it, to fill in its form.` : undefined;
}

/**
 * The page text field, refusing to save a building block whose form is not filled in. Keystatic inserts a block
 * with an empty form and would write it without its details (an equity action with no anchor), so each of its
 * fields is checked with the field's own rules. Keystatic shows no message for a page text, so the field shows it
 * above the text, in view, once Save has been clicked.
 */
export function withCompleteComponents<F extends ReturnType<typeof fields.mdx>>(field: F): F {
  return {
    ...field,
    Input(props) {
      const message = props.forceValidation ? incompleteComponents(props.value) : undefined;
      const shown = useRef<HTMLParagraphElement>(null);
      useEffect(() => {
        if (message) shown.current?.scrollIntoView({ block: 'center' });
      }, [message]);
      return h(
        Fragment,
        null,
        message ? h('p', { ref: shown, role: 'alert', style: { ...errorStyle, padding: '0.75rem 1rem' } }, message) : null,
        h(field.Input, props),
      );
    },
    validate(value, ...rest) {
      const message = incompleteComponents(value);
      if (message) refuse(message);
      return field.validate(value, ...rest);
    },
  };
}
