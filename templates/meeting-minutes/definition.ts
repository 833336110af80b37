// Minutes of an MVP meeting with its action log. It can start from the meeting's saved agenda file.
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';
import { STANDING_ITEMS } from '../meeting-agenda/definition.ts';

const definition: TemplateDefinition = {
  slug: 'meeting-minutes',
  version: 1,
  title: 'Meeting minutes and action log',
  summary:
    'Minutes of an MVP meeting: who came, by role, and apologies; each item with what was discussed and decided; the action log with owners, due dates and status; and a record of the workplan being agreed or ratified. It can start from your saved meeting agenda file.',
  audience: 'Whoever takes the minutes (a paid service user member or the MVP support team) and the chair who checks them.',
  category: 'Meetings and governance',
  serves: ['3.10', '4.2', '4.3', '4.4'],
  sources: [`${TOOLKIT}: 3.10, 4.2, 4.3 and 4.4`],
  fileLabel: 'Meeting minutes',
  nameField: 'mvpName',
  outputs: ['docx', 'xlsx'],
  keywords: ['minutes template', 'minutes', 'meeting notes', 'action log', 'actions', 'action tracker', 'record of the meeting'],
  imports: [
    {
      id: 'agenda',
      kind: 'rows',
      from: 'meeting-agenda',
      fromRows: 'agendaItems',
      into: 'items',
      columns: { item: 'item', lead: 'owner' },
      button: 'Load your saved agenda file',
      hint: 'If you saved this meeting’s agenda from the meeting agenda template (“Save answers to a file”), load that file: its items, in its order and with who led them, replace the items below.',
      done: 'Add what was discussed and decided under each one.',
    },
  ],
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
        { type: 'text', name: 'place', label: 'Place (optional)', errorName: 'the place', hint: 'Where it was held, or “online”.', maxLength: 300 },
        {
          type: 'text',
          name: 'chair',
          label: 'Chaired by (optional)',
          errorName: 'who chaired the meeting',
          hint: 'The MVP chair, or the vice-chair in the chair’s absence (MVP Toolkit 3.10).',
          maxLength: 160,
        },
        {
          type: 'text',
          name: 'minutesBy',
          label: 'Minutes taken by (optional)',
          errorName: 'who took the minutes',
          hint: 'Another service user member, if they are paid for it, or a member of the MVP support team (MVP Toolkit 3.10).',
          maxLength: 160,
        },
      ],
    },
    {
      id: 'people',
      title: 'Who came',
      intro: 'Members meet as equals (MVP Toolkit 3.10). Recording each person’s role shows that service users, staff and commissioners were all there.',
      fields: [
        {
          type: 'rows',
          name: 'attendees',
          label: 'Present',
          itemLabel: 'person',
          maxRows: 60,
          hint: 'A role is enough; add names if your MVP records them.',
          columns: [
            { type: 'text', name: 'role', label: 'Role', errorName: 'the role', required: true, maxLength: 160 },
            { type: 'text', name: 'name', label: 'Name (optional)', errorName: 'the name', maxLength: 120 },
            {
              type: 'choice',
              name: 'group',
              label: 'Taking part as',
              errorName: 'how they took part',
              control: 'select',
              options: [
                { value: 'serviceUser', label: 'Service user' },
                { value: 'staff', label: 'Staff' },
                { value: 'commissioner', label: 'Commissioner or LMNS' },
                { value: 'community', label: 'Community member or charity' },
                { value: 'guest', label: 'Invited guest' },
              ],
            },
          ],
        },
        {
          type: 'list',
          name: 'apologies',
          label: 'Apologies (optional)',
          itemLabel: 'apology',
          itemMaxLength: 200,
          maxItems: 40,
          hint: 'The role (and name) of each person who sent apologies.',
        },
      ],
    },
    {
      id: 'items',
      title: 'Items',
      intro:
        'NHS Resolution’s Maternity Incentive Scheme (Safety Action 7) asks for minutes of MVP meetings showing how feedback is obtained (MVP Toolkit 4.4), so say where the feedback discussed came from.',
      fields: [
        {
          type: 'rows',
          name: 'items',
          label: 'Items',
          itemLabel: 'item',
          required: true,
          maxRows: 30,
          reorderable: true,
          hint: 'The suggested items are the standing items in MVP Toolkit 3.10. Use Move up and Move down to match the order they were taken in.',
          columns: [
            { type: 'text', name: 'item', label: 'Item', errorName: 'the item', required: true, maxLength: 300 },
            { type: 'text', name: 'lead', label: 'Led by (optional)', errorName: 'who led the item', maxLength: 120 },
            { type: 'longText', name: 'discussion', label: 'What was discussed (optional)', errorName: 'what was discussed', maxLength: 2000, rows: 3 },
            { type: 'longText', name: 'decision', label: 'Decided (optional)', errorName: 'what was decided', maxLength: 1000, rows: 2 },
          ],
          default: STANDING_ITEMS.map(({ item, owner }) => ({ item, lead: owner, discussion: '', decision: '' })),
        },
        {
          type: 'longText',
          name: 'feedbackSources',
          label: 'How feedback was gathered since the last meeting (optional)',
          errorName: 'how feedback was gathered',
          hint: 'For example, Walk the Patch on the postnatal ward, the online feedback form, a survey or a community group visit (MVP Toolkit 4.4).',
          maxLength: 2000,
          rows: 3,
        },
      ],
    },
    {
      id: 'actions',
      title: 'Action log',
      intro: 'Review the action log at each meeting (MVP Toolkit 3.10): carry forward actions not yet done.',
      fields: [
        {
          type: 'rows',
          name: 'actions',
          label: 'Actions',
          itemLabel: 'action',
          maxRows: 60,
          reorderable: true,
          columns: [
            { type: 'text', name: 'action', label: 'Action', errorName: 'the action', required: true, maxLength: 400 },
            { type: 'text', name: 'owner', label: 'Owner', errorName: 'who owns the action', required: true, maxLength: 120 },
            { type: 'date', name: 'due', label: 'Due (optional)', errorName: 'the due date' },
            {
              type: 'choice',
              name: 'status',
              label: 'Status',
              errorName: 'the status',
              required: true,
              control: 'select',
              options: [
                { value: 'open', label: 'Not started' },
                { value: 'underWay', label: 'Under way' },
                { value: 'done', label: 'Done' },
                { value: 'carried', label: 'Carried forward' },
                { value: 'dropped', label: 'No longer needed' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'workplan',
      title: 'Workplan',
      intro:
        'For Safety Action 7, trusts are asked for the MVP’s work programme with the minutes of the MVP meeting that agreed it and of the LMS board that ratified it (MVP Toolkit 4.3). If this meeting agreed or ratified the workplan, say so here.',
      fields: [
        {
          type: 'choice',
          name: 'workplanDecision',
          label: 'The workplan at this meeting (optional)',
          errorName: 'what happened to the workplan',
          options: [
            { value: 'agreed', label: 'The MVP agreed its workplan at this meeting' },
            { value: 'ratified', label: 'This meeting ratified the MVP’s workplan', hint: 'For a meeting of the LMNS board, commissioner or provider.' },
            { value: 'reviewed', label: 'The MVP reviewed progress on its workplan' },
          ],
        },
        {
          type: 'text',
          name: 'workplanName',
          label: 'Which workplan (optional)',
          errorName: 'which workplan',
          hint: 'For example, “Workplan 2026 to 2027, version 3”.',
          maxLength: 200,
        },
        { type: 'longText', name: 'workplanNotes', label: 'Changes agreed (optional)', errorName: 'the changes agreed', maxLength: 1500, rows: 3 },
      ],
    },
    {
      id: 'next',
      title: 'Next meeting',
      fields: [{ type: 'date', name: 'nextMeeting', label: 'Date of the next meeting (optional)', errorName: 'the date of the next meeting' }],
    },
  ],
};

export default definition;
