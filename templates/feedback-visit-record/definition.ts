// A record of one feedback visit: Walk the Patch on a ward or in the community, or a 15 Steps for Maternity visit.
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';

const NO_NAMES =
  'Do not write down anyone’s name, or anything else that could identify them, such as a bed or room number, a date of birth or an unusual detail of their care. Write what was said, not who said it.';

const definition: TemplateDefinition = {
  slug: 'feedback-visit-record',
  version: 1,
  title: 'Feedback visit record: Walk the Patch and 15 Steps',
  summary:
    'A record of a Walk the Patch or 15 Steps for Maternity visit: when and where, who visited, how many people you spoke to, the themes you heard, anonymous quotes, what was raised on the day and who follows it up.',
  audience: 'Service user members who visit wards, clinics and community settings to gather feedback, and the chair who shares it with the provider.',
  category: 'Gathering feedback',
  serves: ['3.13', '4.4'],
  sources: [`${TOOLKIT}: 3.2, 3.13 and 4.4`],
  fileLabel: 'Feedback visit record',
  nameField: 'mvpName',
  outputs: ['docx'],
  keywords: [
    'walk the patch',
    '15 steps',
    'fifteen steps',
    '15 steps for maternity',
    'ward visit',
    'visit record',
    'visit report',
    'feedback form',
    'observation',
    'listening',
  ],
  sections: [
    {
      id: 'visit',
      title: 'The visit',
      intro:
        'In Walk the Patch, MVP service user members speak to people using the service on a maternity ward or in a community setting to hear their feedback directly (MVP Toolkit 4.4). 15 Steps for Maternity is a toolkit made for MVPs that uses observation to understand what service users experience as they use local maternity care (MVP Toolkit 3.13).',
      fields: [
        {
          type: 'text',
          name: 'mvpName',
          label: 'Your MVP’s name',
          errorName: 'your MVP’s name',
          hint: 'It appears at the top of every page and in the file name.',
          required: true,
          maxLength: 120,
        },
        {
          type: 'choice',
          name: 'visitType',
          label: 'Kind of visit',
          errorName: 'the kind of visit',
          required: true,
          options: [
            { value: 'walkThePatch', label: 'Walk the Patch' },
            { value: 'fifteenSteps', label: '15 Steps for Maternity' },
            { value: 'other', label: 'Another feedback visit', hint: 'Such as a coffee morning, a community group or a clinic waiting room.' },
          ],
        },
        { type: 'date', name: 'visitDate', label: 'Date of the visit', errorName: 'the date of the visit', required: true },
        {
          type: 'text',
          name: 'setting',
          label: 'Where',
          errorName: 'where the visit was',
          hint: 'For example, the postnatal ward at Riverside Hospital, or a baby group at a children’s centre.',
          required: true,
          maxLength: 200,
        },
        {
          type: 'text',
          name: 'visitors',
          label: 'Who visited',
          errorName: 'who visited',
          hint: 'The MVP members who visited, and any staff who went with them.',
          required: true,
          maxLength: 300,
        },
        {
          type: 'number',
          name: 'spokenTo',
          label: 'Number of people spoken to (optional)',
          errorName: 'the number of people spoken to',
          integer: true,
          min: 0,
          max: 10000,
          unit: 'people',
          width: 5,
        },
        {
          type: 'text',
          name: 'reach',
          label: 'Who you heard from (optional)',
          errorName: 'who you heard from',
          hint: 'For example, first-time parents, partners, or families who needed an interpreter. Knowing who you heard from shows the gaps (MVP Toolkit 4.4).',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'heard',
      title: 'What you heard',
      intro: NO_NAMES,
      fields: [
        {
          type: 'rows',
          name: 'themes',
          label: 'Themes',
          itemLabel: 'theme',
          required: true,
          maxRows: 30,
          reorderable: true,
          hint: 'One row for each thing people talked about, good or bad. Use Move up and Move down to put the most common first.',
          columns: [
            { type: 'text', name: 'theme', label: 'Theme', errorName: 'the theme', required: true, maxLength: 300 },
            {
              type: 'choice',
              name: 'kind',
              label: 'Kind',
              errorName: 'the kind of theme',
              control: 'select',
              options: [
                { value: 'working', label: 'Working well' },
                { value: 'improve', label: 'Could be better' },
                { value: 'idea', label: 'Suggestion' },
              ],
            },
            {
              type: 'number',
              name: 'count',
              label: 'People who raised it (optional)',
              errorName: 'how many people raised it',
              integer: true,
              min: 0,
              max: 10000,
              width: 5,
            },
          ],
        },
        {
          type: 'list',
          name: 'quotes',
          label: 'Quotes (optional)',
          itemLabel: 'quote',
          itemMaxLength: 1000,
          maxItems: 30,
          hint: `Anonymous quotes only. ${NO_NAMES}`,
        },
      ],
    },
    {
      id: 'after',
      title: 'What happens next',
      fields: [
        {
          type: 'longText',
          name: 'immediate',
          label: 'Raised with staff on the day (optional)',
          errorName: 'what was raised with staff on the day',
          hint: 'Anything that needed acting on at once, and who it was passed to. Send feedback to the provider as soon as possible after you collect it, so they can start to act on it (MVP Toolkit 4.4).',
          maxLength: 2000,
          rows: 4,
        },
        {
          type: 'text',
          name: 'followUpOwner',
          label: 'Who follows it up (optional)',
          errorName: 'who follows it up',
          hint: 'The person who takes the themes to the provider and to the next MVP meeting.',
          maxLength: 160,
        },
        { type: 'date', name: 'followUpBy', label: 'Follow up by (optional)', errorName: 'the date to follow up by' },
        {
          type: 'longText',
          name: 'sharedWith',
          label: 'Where the record goes (optional)',
          errorName: 'where the record goes',
          hint: 'For example, the feedback report at the next MVP meeting and the ward manager (MVP Toolkit 4.4).',
          maxLength: 1000,
          rows: 2,
        },
      ],
    },
  ],
};

export default definition;
