// Fields for the content editor (Keystatic, `npm run edit`) that Keystatic does not have built in:
// values shown but never changed (the toolkit's own title, section number and published text), and lists
// that must have at least one choice. Never imported by the public site.
import { createElement as h, type ReactNode } from 'react';
import { fields, type BasicFormField, type ContentFormField, type FormFieldStoredValue, type SlugFormField } from '@keystatic/core';

/**
 * Keystatic shows a field's message only for errors of its own class, which it does not export;
 * we take the class from an error one of its own fields throws.
 */
const FieldDataError: new (message: string) => Error = (() => {
  try {
    fields.text({ label: 'x', validation: { length: { min: 1 } } }).validate('', undefined);
  } catch (error) {
    return (error as Error).constructor as new (
      message: string,
    ) => Error;
  }
  throw new Error('Keystatic text fields no longer refuse an empty required value');
})();

export function refuse(message: string): never {
  throw new FieldDataError(message);
}

const fieldStyle = { display: 'grid', gap: '0.5rem' } as const;
const labelStyle = { fontWeight: 600, fontSize: '0.875rem' } as const;
const helpStyle = { fontSize: '0.875rem', color: '#4b5563', margin: 0 } as const;
const shownStyle = { margin: 0, padding: '0.5rem 0.75rem', background: '#f3f4f6', border: '1px solid #d1d5db', borderRadius: 6 } as const;
export const errorStyle = { color: '#b91c1c', fontSize: '0.875rem', fontWeight: 600, margin: 0 } as const;

function readOnlyBlock(label: string, help: string, shown: ReactNode, testId: string) {
  return h(
    'div',
    { style: fieldStyle, 'data-field': testId },
    h('span', { style: labelStyle }, `${label} (published, cannot be changed here)`),
    h('p', { style: helpStyle }, help),
    shown,
  );
}

function displayed(value: FormFieldStoredValue): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** A value kept exactly as it is in the file and shown read-only (a section number, a stage). */
export function fixed(opts: {
  label: string;
  description: string;
}): BasicFormField<{ stored: FormFieldStoredValue }, { stored: FormFieldStoredValue }, FormFieldStoredValue> {
  return {
    kind: 'form',
    label: opts.label,
    Input({ value }) {
      return readOnlyBlock(opts.label, opts.description, h('p', { style: shownStyle }, displayed(value.stored)), opts.label);
    },
    defaultValue: () => ({ stored: undefined }),
    parse: (stored) => ({ stored }),
    serialize: (value) => ({ value: value.stored }),
    validate(value) {
      if (value.stored === undefined) refuse(`${opts.label} is missing: it cannot be added in the editor`);
      return value;
    },
    reader: { parse: (stored) => stored },
  };
}

/**
 * The entry's title when it is the published toolkit's heading: shown, never changed, and the entry keeps
 * its file name. Keystatic needs each collection to name one such "slug" field.
 */
export function fixedTitle(opts: {
  label: string;
  description: string;
}): SlugFormField<{ name: string; slug: string }, { name: string; slug: string }, string, string> {
  return {
    kind: 'form',
    formKind: 'slug',
    label: opts.label,
    Input({ value }) {
      return readOnlyBlock(opts.label, opts.description, h('p', { style: shownStyle }, value.name), opts.label);
    },
    defaultValue: () => ({ name: '', slug: '' }),
    parse(value, extra) {
      if (typeof value !== 'string') refuse(`${opts.label} must be text`);
      return { name: value, slug: extra?.slug ?? '' };
    },
    serialize: (value) => ({ value: value.name }),
    serializeWithSlug: (value) => ({ slug: value.slug, value: value.name }),
    validate(value) {
      if (!value.name || !value.slug) refuse(`New toolkit sections cannot be added: the toolkit is the March 2022 edition`);
      return value;
    },
    reader: {
      parse: (value) => String(value),
      parseWithSlug: (value) => String(value),
    },
  };
}

/**
 * The published body of a toolkit section (MDX), shown read-only and written back byte for byte.
 * Keystatic treats it as the file's content, below the frontmatter.
 */
export function publishedText(opts: { label: string; description: string }): ContentFormField<{ bytes: Uint8Array }, { bytes: Uint8Array }, string> {
  const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());
  return {
    kind: 'form',
    formKind: 'content',
    contentExtension: '.mdx',
    Input({ value }) {
      const text = decode(value.bytes);
      return readOnlyBlock(
        opts.label,
        opts.description,
        h(
          'pre',
          {
            style: { ...shownStyle, whiteSpace: 'pre-wrap', fontFamily: 'inherit', lineHeight: 1.5, maxHeight: '40rem', overflow: 'auto' },
            tabIndex: 0,
            'aria-label': opts.label,
          },
          text,
        ),
        'published-text',
      );
    },
    defaultValue: () => ({ bytes: new Uint8Array() }),
    parse: (_value, { content }) => ({ bytes: content ?? new Uint8Array() }),
    serialize: (value) => ({ value: undefined, content: value.bytes, other: new Map(), external: new Map() }),
    validate(value) {
      if (value.bytes.byteLength === 0) refuse('New toolkit sections cannot be added: the toolkit is the March 2022 edition');
      return value;
    },
    reader: { parse: (_value, { content }) => decode(content) },
  };
}

/** A multiselect that must have at least one choice (Keystatic's has no minimum). */
export function multiselectAtLeastOne<const Option extends { label: string; value: string }>(opts: {
  label: string;
  description: string;
  options: readonly Option[];
}) {
  const base = fields.multiselect({ label: opts.label, description: opts.description, options: opts.options });
  const message = `${opts.label}: choose at least one`;
  return {
    ...base,
    Input(props: Parameters<typeof base.Input>[0]) {
      return h(
        'div',
        null,
        base.Input(props),
        props.forceValidation && props.value.length === 0 ? h('p', { role: 'alert', style: errorStyle }, message) : null,
      );
    },
    validate(value: readonly Option['value'][]) {
      if (value.length === 0) refuse(message);
      return base.validate(value);
    },
    reader: {
      parse(value: FormFieldStoredValue) {
        const parsed = base.reader.parse(value);
        if (parsed.length === 0) refuse(message);
        return parsed;
      },
    },
  } satisfies BasicFormField<readonly Option['value'][]>;
}

/** A choice of one entry of a collection that must be made (Keystatic's accepts an empty name read from a file). */
export function requiredRelationship(opts: { label: string; collection: string }) {
  const base = fields.relationship({ label: opts.label, collection: opts.collection, validation: { isRequired: true } });
  const check = (value: string | null) => {
    if (!value) refuse(`${opts.label}: choose one`);
    return value;
  };
  return {
    ...base,
    validate: check,
    reader: { parse: (value: FormFieldStoredValue) => check(base.parse(value)) },
  } satisfies BasicFormField<string | null>;
}
