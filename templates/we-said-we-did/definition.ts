// A "We said, we did" report: what families told the MVP, and what was done about it, as a table for a
// poster, a newsletter or a board paper.
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';

const definition: TemplateDefinition = {
  slug: 'we-said-we-did',
  version: 1,
  title: 'We said, we did report',
  summary:
    'A table of what service users said, what was done about it, by whom, by when, and where it has got to: for posters, newsletters and social media, and for board papers. Download it as a landscape Word document or an Excel spreadsheet.',
  audience: 'MVP chairs and service user leadership teams closing the feedback loop with families, and staff reporting changes to boards.',
  category: 'Plans and reports',
  serves: ['3.14', '4.4', '4.5', '4.6', '5.1'],
  sources: [`${TOOLKIT}: 3.14, 4.4, 4.5, 4.6 and 5.1`],
  fileLabel: 'We said, we did',
  nameField: 'mvpName',
  outputs: ['docx', 'xlsx'],
  keywords: [
    'you said we did',
    'you said, we did',
    'we said we did',
    'closing the feedback loop',
    'feedback loop',
    'changes made',
    'poster',
    'board paper',
    'impact',
  ],
  sections: [
    {
      id: 'about',
      title: 'About this report',
      intro:
        'Closing the feedback loop shows people that feedback makes a difference: when something has changed because of feedback, however small, share it with your members and on social media (MVP Toolkit 3.14).',
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
          name: 'period',
          label: 'Period the report covers',
          errorName: 'the period the report covers',
          hint: 'For example, January to June 2026.',
          required: true,
          maxLength: 60,
          width: 20,
        },
        {
          type: 'text',
          name: 'audienceFor',
          label: 'Who it is for (optional)',
          errorName: 'who the report is for',
          hint: 'For example, “Families using Riverside maternity services” or “Trust board, July 2026”.',
          maxLength: 200,
        },
        { type: 'date', name: 'publishedOn', label: 'Date (optional)', errorName: 'the date of the report' },
        {
          type: 'longText',
          name: 'introduction',
          label: 'Introduction (optional)',
          errorName: 'the introduction',
          maxLength: 1500,
          rows: 3,
          hint: 'A sentence or two for readers who have not heard of the MVP.',
          default: 'Here is what families told us, and what has been done as a result. Thank you to everyone who shared their experiences with us.',
        },
      ],
    },
    {
      id: 'changes',
      title: 'What you said and what we did',
      intro:
        'One row for each piece of feedback and what was done about it. Feedback can come from Walk the Patch, surveys, focus groups, social media, community outreach and events (MVP Toolkit 4.4), and from reviewing the maternity dashboard, complaints and 15 Steps for Maternity reports (MVP Toolkit 4.5). Say when a change was coproduced by service users and staff together (MVP Toolkit 4.6 and 5.1).',
      fields: [
        {
          type: 'rows',
          name: 'changes',
          label: 'Feedback and changes',
          itemLabel: 'row',
          required: true,
          maxRows: 40,
          reorderable: true,
          hint: 'Write what people said in their own words where you can, without names. Use Move up and Move down to put the most important first.',
          columns: [
            { type: 'longText', name: 'said', label: 'What service users said', errorName: 'what service users said', required: true, maxLength: 400, rows: 2 },
            { type: 'text', name: 'heard', label: 'How we heard it (optional)', errorName: 'how you heard it', maxLength: 120 },
            { type: 'longText', name: 'did', label: 'What was done', errorName: 'what was done', maxLength: 400, rows: 2 },
            { type: 'text', name: 'by', label: 'By whom (optional)', errorName: 'who did it', maxLength: 160 },
            { type: 'text', name: 'when', label: 'When (optional)', errorName: 'when it was done', maxLength: 100, width: 12 },
            {
              type: 'choice',
              name: 'status',
              label: 'Status',
              errorName: 'the status',
              required: true,
              control: 'select',
              options: [
                { value: 'planned', label: 'Planned' },
                { value: 'underWay', label: 'Under way' },
                { value: 'done', label: 'Done' },
                { value: 'notPossible', label: 'Not possible: reason given' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'next',
      title: 'Keep telling us',
      fields: [
        {
          type: 'longText',
          name: 'getInTouch',
          label: 'How to share feedback or get involved (optional)',
          errorName: 'how to share feedback or get involved',
          hint: 'Your feedback form, social media, email and next events. For a board paper, what you are asking the board to note or do.',
          maxLength: 1500,
          rows: 3,
        },
      ],
    },
  ],
};

export default definition;
