// The content editor's collections (Keystatic). Limits here must match the zod schemas in src/schemas/:
// tests/unit/editor-schema.test.ts fails when they drift. Option lists come from the schemas themselves.
import { collection, config, fields } from '@keystatic/core';
import { AUDIENCES, STAGES, TOPICS } from '../schemas/toolkit.ts';
import { GUIDANCE_TOPICS } from '../schemas/newer-guidance.ts';
import { FAQ_THEMES } from '../schemas/reference.ts';
import { fixed, fixedTitle, multiselectAtLeastOne, publishedText, requiredRelationship } from './fields.ts';
import { contentComponents, withCompleteComponents } from './components.ts';
import { checkpoints, resources, safetyAction7 } from './lists.ts';

const options = (values: readonly string[], labels: Record<string, string> = {}) =>
  values.map((value) => ({ value, label: labels[value] ?? value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) }));

const TOPIC_LABELS: Record<string, string> = { lms: 'LMS / LMNS', coproduction: 'Co-production' };

const AUDIENCE_LABELS: Record<string, string> = {
  'service-users': 'Service users (parents and MVP members)',
  staff: 'NHS staff',
  commissioners: 'Commissioners (ICBs and LMNSs)',
};

const toolkit = collection({
  label: 'Toolkit sections',
  path: 'content/toolkit/**',
  slugField: 'title',
  format: { contentField: 'body' },
  entryLayout: 'form',
  schema: {
    title: fixedTitle({
      label: 'Title',
      description: 'The heading of this section in the MVP Toolkit (March 2022).',
    }),
    section: fixed({ label: 'Section number', description: 'Where this section sits in the toolkit.' }),
    stage: fixed({ label: 'Stage', description: `One of: ${STAGES.join(', ')}.` }),
    summary: fields.text({
      label: 'Summary',
      description: 'One or two sentences in our own plain words: what this section helps with. Shown in lists and search results. 20 to 240 characters.',
      multiline: true,
      validation: { length: { min: 20, max: 240 } },
    }),
    topics: multiselectAtLeastOne({
      label: 'Topics',
      description: 'What the section is about. Choose at least one.',
      options: options(TOPICS, TOPIC_LABELS),
    }),
    audience: multiselectAtLeastOne({
      label: 'Who it is for',
      description: 'Who most needs this section. Choose at least one.',
      options: options(AUDIENCES, AUDIENCE_LABELS),
    }),
    keywords: fields.array(fields.text({ label: 'Keyword', validation: { length: { min: 2 } } }), {
      label: 'Search keywords',
      description: 'Words people might search for that the section itself does not use (such as "money" for budget). Never shown on the page.',
      itemLabel: (props) => props.value,
    }),
    questions: fields.array(
      fields.text({
        label: 'Question',
        description: 'A question this section answers, in plain words, ending with a question mark. 10 to 100 characters.',
        validation: { length: { min: 10, max: 100 }, pattern: { regex: /\?$/, message: 'Each question ends with a question mark' } },
      }),
      {
        label: 'Questions this section answers',
        description: 'Shown at the foot of the section and used by search. Up to 6.',
        itemLabel: (props) => props.value,
        validation: { length: { max: 6 } },
      },
    ),
    body: publishedText({
      label: 'Published text',
      description:
        'This is the text of the MVP Toolkit as published in March 2022. It stays exactly as published, so it cannot be changed here. ' +
        'When national guidance has changed, add a note under "Newer guidance notes" instead.',
    }),
  },
});

const newerGuidance = collection({
  label: 'Newer guidance notes',
  path: 'content/newer-guidance/*',
  slugField: 'title',
  format: { data: 'yaml' },
  entryLayout: 'form',
  schema: {
    section: fields.text({
      label: 'Toolkit section',
      description: 'The numbered toolkit section the note belongs to, like 2.5. The note is shown at the top of that section.',
      validation: { length: { min: 1 }, pattern: { regex: /^[1-5]\.\d{1,2}$/, message: 'Write a numbered toolkit section, such as 2.5' } },
    }),
    topics: multiselectAtLeastOne({
      label: 'Topics',
      description: 'Where the note is listed on the "What has changed" page. Choose at least one.',
      options: Object.entries(GUIDANCE_TOPICS).map(([value, label]) => ({ value, label })),
    }),
    title: fields.slug({
      name: {
        label: 'Heading',
        description: 'What has changed, in a few words. 5 to 90 characters.',
        validation: { length: { min: 5, max: 90 } },
      },
      slug: {
        label: 'File name',
        description: 'Starts with the section number, then a few words: 2-5-paying-the-mnvp-lead.',
        validation: {
          pattern: {
            regex: /^[1-5]-\d{1,2}-[a-z0-9]+(-[a-z0-9]+)*$/,
            message: 'Start with the section number, like 2-5-, then lower-case words joined by hyphens',
          },
        },
      },
    }),
    toolkitSays: fields.text({
      label: 'What the toolkit says',
      description: 'What the toolkit (March 2022) says, in our own words. At least 30 characters.',
      multiline: true,
      validation: { length: { min: 30 } },
    }),
    nowSays: fields.text({
      label: 'What the newer guidance says',
      description: "What NHS England's FAQ for ICBs says now, in our own words. At least 30 characters.",
      multiline: true,
      validation: { length: { min: 30 } },
    }),
    quotes: fields.array(
      fields.object({
        question: fields.integer({
          label: 'FAQ question number',
          description: 'Which of the 17 questions of the FAQ for ICBs the words come from.',
          validation: { isRequired: true, min: 1, max: 17 },
        }),
        words: fields.text({
          label: 'Exact words',
          description: 'Copied exactly from that answer, letter for letter. The tests check them against the FAQ. At least 10 characters.',
          multiline: true,
          validation: { length: { min: 10 } },
        }),
      }),
      {
        label: 'Quotes from the FAQ for ICBs',
        description: 'At least one quote that shows what the newer guidance says.',
        itemLabel: (props) => `Q${props.fields.question.value ?? '?'}: ${props.fields.words.value}`,
        validation: { length: { min: 1 } },
      },
    ),
    otherSources: fields.array(
      fields.object({
        title: fields.text({ label: 'Title', description: 'The title of the document. At least 3 characters.', validation: { length: { min: 3 } } }),
        publisher: fields.text({ label: 'Publisher', description: 'Who published it (leave empty if not known).' }),
        date: fields.text({ label: 'Date', description: 'When it was published, as the document says (leave empty if not known).' }),
      }),
      {
        label: 'Other sources',
        description: 'Only when a fact in the note comes from somewhere other than the toolkit or the FAQ.',
        itemLabel: (props) => props.fields.title.value,
      },
    ),
    order: fields.integer({
      label: 'Order in the section',
      description: 'Only when a section has several notes: lower numbers come first. Leave empty otherwise.',
    }),
  },
});

const faq = collection({
  label: 'FAQ for ICBs',
  path: 'content/faq/*',
  slugField: 'question',
  format: { contentField: 'answer' },
  entryLayout: 'form',
  schema: {
    number: fixed({ label: 'Question number', description: 'The number NHS England gives this question (1 to 17).' }),
    question: fields.slug({
      name: {
        label: 'Question',
        description: "NHS England's question, word for word. At least 5 characters.",
        validation: { length: { min: 5 } },
      },
      slug: { label: 'File name', description: 'Keep the file name as it is: q05-how-much-funding.' },
    }),
    theme: fields.select({
      label: 'Theme',
      description: 'The heading the question is listed under.',
      options: Object.entries(FAQ_THEMES).map(([value, label]) => ({ value, label })),
      defaultValue: 'about-the-guidance',
    }),
    slug: fields.text({
      label: 'Web address',
      description: 'The last part of the page address, /faq/<this>/. Lower-case words joined by hyphens. Changing it breaks links people have saved.',
      validation: { length: { min: 1 }, pattern: { regex: /^[a-z0-9-]+$/, message: 'Use lower-case letters, numbers and hyphens only' } },
    }),
    summary: fields.text({
      label: 'Summary',
      description: 'One sentence in our own plain words: what the answer covers. At least 20 characters.',
      multiline: true,
      validation: { length: { min: 20 } },
    }),
    keywords: fields.array(fields.text({ label: 'Keyword', validation: { length: { min: 1 } } }), {
      label: 'Search keywords',
      description: 'Words people might search for that the answer itself does not use.',
      itemLabel: (props) => props.value,
    }),
    answer: withCompleteComponents(
      fields.mdx({
        label: 'Answer',
        description: "NHS England's answer, word for word, as published. When NHS England updates its FAQ, copy the new answer here exactly.",
        extension: 'md',
        options: { image: false, codeBlock: false, table: false, divider: false },
      }),
    ),
  },
});

const glossary = collection({
  label: 'Glossary',
  path: 'content/glossary/*',
  slugField: 'term',
  format: { contentField: 'definition' },
  entryLayout: 'form',
  schema: {
    term: fields.slug({
      name: { label: 'Term', description: 'The word or abbreviation, as people write it: ICB. At least 2 characters.', validation: { length: { min: 2 } } },
      slug: { label: 'File name', description: 'Lower-case, with hyphens: icb, or mvp-chair.' },
    }),
    expansion: fields.text({
      label: 'In full',
      description: 'What an abbreviation stands for: integrated care board. Leave empty for a word that is not an abbreviation.',
    }),
    match: fields.array(fields.text({ label: 'Form', validation: { length: { min: 2 } } }), {
      label: 'Forms to link in the text',
      description: 'The exact forms that link to this entry wherever they appear on the site, longest first: ICBs, ICB. Leave empty for none.',
      itemLabel: (props) => props.value,
    }),
    related: fields.array(requiredRelationship({ label: 'Related term', collection: 'glossary' }), {
      label: 'Related terms',
      itemLabel: (props) => props.value ?? 'Choose a term',
    }),
    seeAlso: fields.array(
      fields.text({
        label: 'Page on this site',
        description: 'An address on this site, starting with /: /faq/funding-streams/.',
        validation: { length: { min: 1 }, pattern: { regex: /^\//, message: 'Start the address with /' } },
      }),
      { label: 'See also', description: 'Pages on this site that say more.', itemLabel: (props) => props.value },
    ),
    sources: fields.array(
      fields.object({
        title: fields.text({ label: 'Title', description: 'The document this definition comes from.', validation: { length: { min: 1 } } }),
        where: fields.text({ label: 'Where in it', description: 'Section or question numbers (leave empty if the whole document).' }),
      }),
      { label: 'Sources', description: 'At least one.', itemLabel: (props) => props.fields.title.value, validation: { length: { min: 1 } } },
    ),
    updated: fields.date({
      label: 'Last checked',
      description: 'The day someone last checked this definition against its sources.',
      validation: { isRequired: true },
    }),
    definition: withCompleteComponents(
      fields.mdx({
        label: 'Definition',
        description: 'In plain words, a few sentences. Say what it is, then why it matters to an MVP.',
        extension: 'md',
        options: { image: false, codeBlock: false, table: false, divider: false, heading: [] },
      }),
    ),
  },
});

const explainers = collection({
  label: 'Our explainer pages',
  path: 'content/background/*',
  slugField: 'title',
  format: { contentField: 'body' },
  entryLayout: 'content',
  schema: {
    title: fixedTitle({ label: 'Title', description: 'The page heading.' }),
    summary: fields.text({ label: 'Summary', description: 'One or two sentences: what the page explains.', multiline: true }),
    kind: fixed({ label: 'Kind of page', description: 'Decides where the page is listed.' }),
    published: fields.date({ label: 'Published', description: 'When this page was first published.' }),
    publisher: fields.text({
      label: 'Publisher',
      description: "Only for a page that reproduces another organisation's document (leave empty for our own pages).",
    }),
    reference: fields.text({
      label: 'Publication reference',
      description: "The other organisation's reference number, if any (leave empty for our own pages).",
    }),
    sources: fields.array(
      fields.object({
        title: fields.text({ label: 'Title', validation: { length: { min: 1 } } }),
        publisher: fields.text({ label: 'Publisher' }),
        date: fields.text({ label: 'Date' }),
        note: fields.text({ label: 'Note', multiline: true }),
      }),
      { label: 'Sources', itemLabel: (props) => props.fields.title.value },
    ),
    body: withCompleteComponents(
      fields.mdx({
        label: 'Page text',
        description:
          "Our own plain-English text. Use the + menu and the toolbar to insert the site's building blocks (an equity action, a quotation from guidance, a link to a resource) as forms.",
        extension: 'mdx',
        components: contentComponents,
        options: { image: false, codeBlock: false, table: false },
      }),
    ),
  },
});

export default config({
  storage: { kind: 'local' },
  ui: {
    brand: { name: 'MVP Toolkit content' },
    navigation: {
      'Kept up to date': ['newerGuidance', 'faq', 'glossary', 'resources', 'safetyAction7', 'checkpoints'],
      'Toolkit and pages': ['toolkit', 'explainers'],
    },
  },
  collections: { toolkit, newerGuidance, faq, glossary, explainers },
  singletons: { resources, safetyAction7, checkpoints },
});
