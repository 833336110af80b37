// The content editor's lists kept in one file each (Keystatic singletons): the resources the toolkit cites, the
// Safety Action 7 evidence requirements and the progress check's checkpoints. A Keystatic file holds named fields,
// so each file is one named list (resources:, requirements:, checkpoints:), in the order the site shows it.
// Limits here must match the zod schemas in src/schemas/: tests/unit/editor-schema.test.ts fails when they drift.
import { fields, singleton } from '@keystatic/core';
import { RESOURCE_KINDS } from '../schemas/toolkit.ts';

const ID_PATTERN = /^[a-z0-9-]+$/;
const idField = (description: string) =>
  fields.text({
    label: 'Id',
    description,
    validation: {
      length: { min: 1 },
      pattern: { regex: ID_PATTERN, message: 'Use lower-case letters, numbers and hyphens only, such as implementing-better-births' },
    },
  });

export const resources = singleton({
  label: 'Resources',
  path: 'content/resources',
  format: { data: 'yaml' },
  schema: {
    resources: fields.array(
      fields.object({
        id: idField('How the toolkit text names it: <Resource id="…">. Never change the id of a resource the text cites.'),
        title: fields.text({ label: 'Title', description: 'The title of the document or website. At least 2 characters.', validation: { length: { min: 2 } } }),
        publisher: fields.text({ label: 'Publisher', description: 'Who published it (leave empty if not known).' }),
        year: fields.text({ label: 'Year', description: 'The year it was published (leave empty if not known).' }),
        description: fields.text({
          label: 'Description',
          description: 'One sentence in our own words: what it is and why an MVP would use it. At least 10 characters.',
          multiline: true,
          validation: { length: { min: 10 } },
        }),
        kind: fields.select({
          label: 'Kind',
          description: 'Decides how it is grouped on the resources page.',
          options: RESOURCE_KINDS.map((value) => ({ value, label: value.replace(/^./, (c) => c.toUpperCase()) })),
          defaultValue: 'guidance',
        }),
      }),
      {
        label: 'Resources',
        description:
          'Every document and website the toolkit refers to, in the order the resources page lists them. The build stops if a section cites an id that is not here, or if one here is cited nowhere.',
        itemLabel: (props) => `${props.fields.title.value} (${props.fields.id.value})`,
      },
    ),
  },
});

export const safetyAction7 = singleton({
  label: 'Safety Action 7 requirements',
  path: 'content/safety-action-7',
  format: { data: 'yaml' },
  schema: {
    requirements: fields.array(
      fields.object({
        id: idField('A short stable name, such as remuneration-confirmation. Never change one that is published.'),
        order: fields.integer({
          label: 'Order on the page',
          description: 'Toolkit requirements first, then the FAQ. 1 or more.',
          validation: { isRequired: true, min: 1 },
        }),
        title: fields.text({
          label: 'Title',
          description: 'Our short heading for the requirement. At least 5 characters.',
          validation: { length: { min: 5 } },
        }),
        source: fields.select({
          label: 'Source',
          description: 'Where the words are quoted from.',
          options: [
            { value: 'toolkit', label: 'MVP Toolkit (March 2022)' },
            { value: 'faq', label: 'FAQ for ICBs' },
          ],
          defaultValue: 'faq',
        }),
        where: fields.text({
          label: 'Where',
          description: 'The toolkit section (2.5) or the FAQ question number (12).',
          validation: {
            length: { min: 1 },
            pattern: { regex: /^\d+(\.\d{1,2})?$/, message: 'Write a section number such as 2.5, or a question number such as 12' },
          },
        }),
        when: fields.text({
          label: 'When',
          description: 'Our words: which year of the scheme the source names, and when the source was published. At least 10 characters.',
          multiline: true,
          validation: { length: { min: 10 } },
        }),
        lead: fields.text({
          label: 'Introducing sentence (exact words)',
          description: "The source's own sentence before the requirement, letter for letter (leave empty if there is none). At least 10 characters.",
          multiline: true,
          validation: { pattern: { regex: /^$|^[\s\S]{10,}$/, message: 'Introducing sentence: at least 10 characters, or leave it empty' } },
        }),
        quote: fields.text({
          label: 'Requirement (exact words)',
          description: 'The requirement, copied letter for letter from the source. The tests check it word for word. At least 10 characters.',
          multiline: true,
          validation: { length: { min: 10 } },
        }),
        marks: fields.checkbox({ label: 'The source puts it in quotation marks', description: 'Tick when the source is quoting the scheme itself.' }),
        evidence: fields.array(fields.text({ label: 'Evidence', multiline: true, validation: { length: { min: 10 } } }), {
          label: 'Evidence that meets it',
          description: 'Our words. At least one.',
          itemLabel: (props) => props.value,
          validation: { length: { min: 1 } },
        }),
        templates: fields.array(
          fields.object({
            slug: fields.text({
              label: 'Template',
              description: "The template's short name, as in its address: remuneration-confirmation. The build stops on one that does not exist.",
              validation: {
                length: { min: 1 },
                pattern: { regex: ID_PATTERN, message: "Use the template's short name: lower-case letters, numbers and hyphens" },
              },
            }),
            how: fields.text({
              label: 'How it helps',
              description: 'Our words. At least 10 characters.',
              multiline: true,
              validation: { length: { min: 10 } },
            }),
          }),
          { label: 'Templates that help', description: 'At least one.', itemLabel: (props) => props.fields.slug.value, validation: { length: { min: 1 } } },
        ),
      }),
      {
        label: 'Requirements',
        description:
          'Only requirements the toolkit or the FAQ for ICBs quotes. The scheme changes every year: the page tells trusts to check the current year with NHS Resolution.',
        itemLabel: (props) => `${props.fields.order.value ?? '?'}. ${props.fields.title.value}`,
      },
    ),
  },
});

export const checkpoints = singleton({
  label: 'Progress check checkpoints',
  path: 'content/progress/checkpoints',
  format: { data: 'yaml' },
  schema: {
    checkpoints: fields.array(
      fields.object({
        id: fields.text({
          label: 'Id',
          description: 'A stable name; saved answers are kept under it, so never rename one that has been published.',
          validation: {
            length: { min: 1 },
            pattern: { regex: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Use lower-case words joined by hyphens, such as named-lead-agreed' },
          },
        }),
        section: fields.text({
          label: 'Toolkit section',
          description: 'The numbered section it comes from, such as 2.5.',
          validation: { length: { min: 1 }, pattern: { regex: /^[1-5]\.\d{1,2}$/, message: 'Write a numbered toolkit section, such as 2.5' } },
        }),
        text: fields.text({
          label: 'Checkpoint',
          description: 'Something in place or done, as a sentence an MVP can say is true, ending in a full stop. 20 to 220 characters.',
          multiline: true,
          validation: { length: { min: 20, max: 220 }, pattern: { regex: /\.$/, message: 'End the checkpoint with a full stop' } },
        }),
        sa7: fields.checkbox({
          label: 'Safety Action 7 evidence',
          description: 'Tick when the toolkit or the FAQ for ICBs (question 12) names it as evidence for Safety Action 7.',
        }),
        templates: fields.array(
          fields.text({
            label: 'Template',
            validation: { length: { min: 1 }, pattern: { regex: /^[a-z0-9-]+$/, message: "Use the template's short name, such as workplan" } },
          }),
          {
            label: 'Templates that help',
            description: 'Up to 3, by short name, such as workplan.',
            itemLabel: (props) => props.value,
            validation: { length: { max: 3 } },
          },
        ),
      }),
      {
        label: 'Checkpoints',
        description: 'Our own statements, one to three for each numbered toolkit section, in toolkit order. They never alter or stand in for the toolkit text.',
        itemLabel: (props) => `${props.fields.section.value}: ${props.fields.text.value}`,
        validation: { length: { min: 1 } },
      },
    ),
  },
});
