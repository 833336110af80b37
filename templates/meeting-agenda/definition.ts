import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';

// The standing items of MVP Toolkit 3.10, in its order.
export const STANDING_ITEMS = [
  { item: 'Welcome and introductions', owner: 'Chair', minutes: '' },
  { item: 'Summary of feedback received since the last meeting', owner: '', minutes: '' },
  { item: 'Maternity dashboard, summary of complaints and other regular data', owner: '', minutes: '' },
  { item: 'Updates from sub-groups and priority workstreams', owner: '', minutes: '' },
  { item: 'Equity', owner: '', minutes: '' },
  { item: 'Review of the action log', owner: 'Chair', minutes: '' },
  { item: 'Any other business', owner: 'Chair', minutes: '' },
];

const definition: TemplateDefinition = {
  slug: 'meeting-agenda',
  version: 1,
  title: 'Meeting agenda',
  summary:
    'An agenda for a full MVP meeting: when and where, creche and access, the standing items from the toolkit in an order you choose, and your own items with who leads them and how long they take.',
  audience: 'MVP chairs and support teams preparing a meeting.',
  category: 'Meetings and governance',
  serves: ['3.10', '4.2'],
  sources: [`${TOOLKIT}: 2.5, 3.10, 4.2`],
  fileLabel: 'Meeting agenda',
  nameField: 'mvpName',
  outputs: ['docx'],
  sections: [
    {
      id: 'meeting',
      title: 'The meeting',
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
          type: 'text',
          name: 'meetingName',
          label: 'Name of the meeting',
          errorName: 'the name of the meeting',
          required: true,
          maxLength: 120,
          default: 'Full MVP meeting',
        },
        { type: 'date', name: 'meetingDate', label: 'Date', errorName: 'the date of the meeting', required: true },
        {
          type: 'text',
          name: 'times',
          label: 'Time (optional)',
          errorName: 'the time of the meeting',
          hint: 'For example, 10am to 12 noon.',
          maxLength: 60,
          width: 20,
        },
        {
          type: 'text',
          name: 'place',
          label: 'Place (optional)',
          errorName: 'the place',
          hint: 'The venue and its address. Holding meetings where a creche can be arranged, such as a children’s centre, helps parents of young children; meeting in or near the maternity unit helps busy staff (MVP Toolkit 3.10).',
          maxLength: 300,
        },
        {
          type: 'text',
          name: 'online',
          label: 'How to join online (optional)',
          errorName: 'how to join online',
          hint: 'For example, “Microsoft Teams: the link is in the calendar invitation”. Online meetings can be more accessible for some members (MVP Toolkit 3.10).',
          maxLength: 300,
        },
        {
          type: 'text',
          name: 'chair',
          label: 'Chaired by (optional)',
          errorName: 'who chairs the meeting',
          hint: 'The MVP chair, or the vice-chair in the chair’s absence (MVP Toolkit 3.10).',
          maxLength: 160,
        },
      ],
    },
    {
      id: 'access',
      title: 'Creche and access',
      fields: [
        {
          type: 'longText',
          name: 'creche',
          label: 'Creche (optional)',
          errorName: 'the creche information',
          hint: 'Whether there is a creche, for what ages, and how to book it.',
          maxLength: 1000,
          rows: 3,
        },
        {
          type: 'longText',
          name: 'access',
          label: 'Access (optional)',
          errorName: 'the access information',
          hint: 'Step-free access for wheelchair users, accessible toilets, parking, public transport, and who to tell about other needs (MVP Toolkit 3.10).',
          maxLength: 1500,
          rows: 4,
        },
      ],
    },
    {
      id: 'items',
      title: 'Agenda items',
      intro:
        'The chair sets the agenda, taking account of members’ views, and any member can put forward an item. The suggested items are the standing items in MVP Toolkit 3.10; some MVPs keep Equity as a standing item so it runs through all their work.',
      fields: [
        {
          type: 'rows',
          name: 'agendaItems',
          label: 'Agenda items',
          itemLabel: 'agenda item',
          required: true,
          maxRows: 30,
          reorderable: true,
          totals: ['minutes'],
          hint: 'Use Move up and Move down to change the order. Add your own items with who leads them and how long they take.',
          columns: [
            { type: 'text', name: 'item', label: 'Item', errorName: 'the item', required: true, maxLength: 300 },
            { type: 'text', name: 'owner', label: 'Led by', errorName: 'who leads the item', maxLength: 120 },
            {
              type: 'number',
              name: 'minutes',
              label: 'Minutes',
              errorName: 'how many minutes the item takes',
              integer: true,
              min: 0,
              max: 480,
              unit: 'minutes',
              width: 5,
            },
          ],
          default: STANDING_ITEMS,
        },
      ],
    },
    {
      id: 'before',
      title: 'Before the meeting',
      fields: [
        { type: 'text', name: 'apologiesTo', label: 'Send apologies to (optional)', errorName: 'who to send apologies to', maxLength: 200 },
        {
          type: 'longText',
          name: 'papers',
          label: 'Papers (optional)',
          errorName: 'the papers',
          hint: 'What members should read beforehand, and where to find it.',
          maxLength: 1500,
          rows: 3,
        },
        {
          type: 'longText',
          name: 'expenses',
          label: 'Expenses (optional)',
          errorName: 'the expenses information',
          maxLength: 1000,
          rows: 3,
          hint: 'Service user members can claim out-of-pocket expenses, including childcare, in a timely way (MVP Toolkit 2.5).',
          default:
            'Service user members can claim out-of-pocket expenses for coming to this meeting, including travel and childcare. Ask the chair for a claim form.',
        },
      ],
    },
  ],
};

export default definition;
