import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';
import { STATUSES } from '../workplan-options.ts';

const INDICATOR = '“% of parent members of the MVP who are from ethnic minority groups”';

const definition: TemplateDefinition = {
  slug: 'annual-report',
  version: 1,
  title: 'Annual report',
  summary: 'The chair’s report on the MVP’s year: who the members are, how feedback was gathered, what changed because of it, progress against the workplan, money, and priorities for next year. It can load your saved workplan and budget files.',
  audience: 'MVP chairs and service user leadership teams, reporting to the board the MVP is accountable to and publishing to families.',
  category: 'Plans and reports',
  serves: ['3.14', '4.3', '4.4', '4.6', '4.7', '4.11', '4.19', '4.20'],
  sources: [`${TOOLKIT}: 1.1, 3.14, 4.3, 4.4, 4.6, 4.7, 4.11, 4.19, 4.20`],
  fileLabel: 'Annual report',
  nameField: 'mvpName',
  outputs: ['docx'],
  sections: [
    {
      id: 'about',
      title: 'Your MVP and the year',
      intro: 'The chair produces an annual report, submitted to the board the MVP is accountable to and published. It could cover how the MVP achieved its objectives, in particular how it influenced changes to services, and its priorities for the coming year (MVP Toolkit 4.19).',
      fields: [
        { type: 'text', name: 'mvpName', label: 'Your MVP’s name', errorName: 'your MVP’s name', hint: 'It appears at the top of every page and in the file name.', required: true, maxLength: 120 },
        { type: 'text', name: 'reportYear', label: 'Year the report covers', errorName: 'the year the report covers', hint: 'For example, April 2025 to March 2026.', required: true, maxLength: 120, width: 20 },
        { type: 'date', name: 'publishedOn', label: 'Date of publication (optional)', errorName: 'the date of publication' },
      ],
    },
    {
      id: 'foreword',
      title: 'Chair’s foreword',
      fields: [
        { type: 'longText', name: 'foreword', label: 'Foreword', errorName: 'the foreword', hint: 'A few paragraphs in your own words: the highlights of the year, what you are proud of and what was hard.', required: true, maxLength: 4000, rows: 8 },
        { type: 'text', name: 'forewordBy', label: 'Signed by (optional)', errorName: 'who signed the foreword', hint: 'Name and role, for example “Sam Jones, MVP chair”.', maxLength: 160 },
      ],
    },
    {
      id: 'about-mvp',
      title: 'What the MVP is',
      fields: [
        {
          type: 'longText', name: 'aboutMvp', label: 'What the MVP is', errorName: 'what the MVP is', required: true, maxLength: 3000, rows: 6,
          hint: 'For readers who do not know the MVP. Our suggested wording follows MVP Toolkit 1.1.',
          default: 'A Maternity Voices Partnership (MVP) is a team of women, birthing people and families who use local maternity and neonatal services, working together with the staff who plan, pay for and provide those services. We review the services and help to improve them.\n\nThe partnership is led by a service user chair and leadership team, who are independent lay people. All members work together as equals and share responsibility for an agreed workplan.',
        },
      ],
    },
    {
      id: 'membership',
      title: 'Membership and diversity',
      intro: `NHS England’s equity and equality guidance asks local maternity systems to make sure MVPs reflect the ethnic diversity of the local population, with the indicator ${INDICATOR}. Reporting it needs the MVP to collect the data (MVP Toolkit 4.11).`,
      fields: [
        { type: 'longText', name: 'membership', label: 'Who our members are (optional)', errorName: 'who your members are', hint: 'Service users, staff such as midwives, health visitors, doctors and managers, and wider community members such as birth workers and charities (MVP Toolkit 1.1).', maxLength: 3000, rows: 5 },
        { type: 'number', name: 'parentMembers', label: 'Number of parent members (optional)', errorName: 'the number of parent members', hint: 'Service user members of the MVP at the end of the year.', integer: true, min: 0, max: 100000, width: 5 },
        { type: 'number', name: 'ethnicMinorityMembers', label: 'Parent members from ethnic minority groups (optional)', errorName: 'the number of parent members from ethnic minority groups', hint: 'Count only members who told you their ethnicity.', integer: true, min: 0, max: 100000, width: 5 },
        { type: 'longText', name: 'diversity', label: 'How we are widening our membership (optional)', errorName: 'how you are widening your membership', hint: 'For example, outreach to communities you have not heard from, or diversity champions (MVP Toolkit 4.4 and 5.3).', maxLength: 3000, rows: 4 },
      ],
    },
    {
      id: 'feedback',
      title: 'How we gathered feedback',
      fields: [
        { type: 'number', name: 'feedbackCount', label: 'Pieces of feedback gathered (optional)', errorName: 'how many pieces of feedback you gathered', hint: 'Across every method, over the year.', integer: true, min: 0, max: 1000000, unit: 'pieces of feedback', width: 5 },
        {
          type: 'list', name: 'feedbackMethods', label: 'How we gathered it (optional)', itemLabel: 'method', itemMaxLength: 300, maxItems: 20,
          hint: 'The methods in MVP Toolkit 4.4 are suggested: keep the ones you used, and add how many people each reached.',
          default: ['Our online feedback form', 'Walk the Patch on the maternity wards and in the community', 'Focus groups', 'Community outreach', 'Social media', 'Surveys', 'Coffee mornings and other events for families'],
        },
        { type: 'longText', name: 'feedbackSummary', label: 'What we heard (optional)', errorName: 'what you heard', hint: 'The main themes, good and bad. Share positive feedback as well as areas for improvement (MVP Toolkit 3.14).', maxLength: 4000, rows: 6 },
      ],
    },
    {
      id: 'you-said',
      title: 'You said, we did',
      intro: 'Closing the feedback loop shows families that feedback makes a difference (MVP Toolkit 3.14).',
      fields: [
        {
          type: 'rows', name: 'youSaidWeDid', label: 'You said, we did (optional)', itemLabel: 'change', maxRows: 30,
          columns: [
            { type: 'text', name: 'said', label: 'What service users said', errorName: 'what service users said', required: true, maxLength: 400 },
            { type: 'text', name: 'changed', label: 'What changed', errorName: 'what changed', maxLength: 400 },
            { type: 'text', name: 'who', label: 'Who made the change', errorName: 'who made the change', maxLength: 200 },
          ],
        },
      ],
    },
    {
      id: 'coproduction',
      title: 'Coproduction highlights',
      fields: [
        { type: 'list', name: 'coproduction', label: 'Coproduction highlights (optional)', itemLabel: 'highlight', hint: 'Service developments that service users and staff made together: NHS Resolution’s Safety Action 7 asks trusts for evidence of these (MVP Toolkit 4.6).', itemMaxLength: 600, maxItems: 20 },
      ],
    },
    {
      id: 'representation',
      title: 'Representation',
      fields: [
        {
          type: 'rows', name: 'meetings', label: 'Meetings we attended (optional)', itemLabel: 'meeting', maxRows: 30, totals: ['count'],
          hint: 'The suggested meetings are from NHS England’s FAQ for ICBs (question 16) and MVP Toolkit 4.7 and 4.15. Remove any you did not attend.',
          columns: [
            { type: 'text', name: 'meeting', label: 'Meeting', errorName: 'the meeting', required: true, maxLength: 200 },
            { type: 'text', name: 'attendedBy', label: 'Who attended', errorName: 'who attended', maxLength: 200 },
            { type: 'number', name: 'count', label: 'Meetings attended', integer: true, min: 0, max: 500, width: 5 },
          ],
          default: [
            'Maternity and neonatal governance meetings',
            'Perinatal mortality review tool (PMRT) meetings',
            'Perinatal quality, safety and surveillance group',
            'Maternity and neonatal safety champions',
            'Maternity and neonatal guidelines committees',
            'Maternity (labour ward) forum',
            'Local Maternity and Neonatal System (LMNS) board',
          ].map((meeting) => ({ meeting, attendedBy: '', count: '' })),
        },
      ],
    },
    {
      id: 'progress',
      title: 'Progress against the workplan',
      fields: [
        {
          type: 'rows', name: 'progress', label: 'Progress on each priority (optional)', itemLabel: 'priority', maxRows: 40,
          hint: 'One row for each priority in this year’s workplan (MVP Toolkit 4.3).',
          columns: [
            { type: 'text', name: 'priority', label: 'Priority', errorName: 'the priority', required: true, maxLength: 400 },
            { type: 'text', name: 'planned', label: 'Planned outcome', errorName: 'the planned outcome', maxLength: 400 },
            { type: 'choice', name: 'status', label: 'Status', errorName: 'the status', control: 'select', options: STATUSES },
            { type: 'longText', name: 'happened', label: 'What happened', errorName: 'what happened', maxLength: 600, rows: 2 },
          ],
        },
      ],
    },
    {
      id: 'money',
      title: 'Money',
      intro: 'The budget and the workplan should be aligned, and reviewed as the MVP’s work grows (MVP Toolkit 4.20).',
      fields: [
        { type: 'money', name: 'budgetTotal', label: 'Budget for the year (optional)', errorName: 'the budget for the year', maxPence: 100_000_000 },
        { type: 'money', name: 'spendTotal', label: 'Spent in the year (optional)', errorName: 'what was spent in the year', maxPence: 100_000_000 },
        { type: 'longText', name: 'moneyNotes', label: 'About the money (optional)', errorName: 'about the money', hint: 'What the money paid for, such as involvement payments, expenses and events, and any underspend or overspend.', maxLength: 2000, rows: 4 },
      ],
    },
    {
      id: 'next-year',
      title: 'Priorities for next year',
      fields: [
        { type: 'list', name: 'nextPriorities', label: 'Priorities for next year (optional)', itemLabel: 'priority', hint: 'They will shape next year’s workplan (MVP Toolkit 4.3 and 4.19).', itemMaxLength: 400, maxItems: 20 },
      ],
    },
    {
      id: 'thanks',
      title: 'Thank you',
      fields: [
        {
          type: 'longText', name: 'thanks', label: 'Thanks (optional)', errorName: 'your thanks', maxLength: 2000, rows: 4,
          default: 'Thank you to every woman, birthing person and family member who shared their experience with us this year, and to the staff, volunteers and partners who listened and acted on it.',
        },
      ],
    },
  ],
  summaries: [
    { kind: 'percentage', id: 'ethnicity', after: 'ethnicMinorityMembers', title: INDICATOR, part: 'ethnicMinorityMembers', whole: 'parentMembers', sentence: 'of the MVP’s parent members are from ethnic minority groups' },
  ],
  rules: [
    { kind: 'notMoreThan', field: 'ethnicMinorityMembers', than: 'parentMembers', message: 'Parent members from ethnic minority groups must be no more than the number of parent members' },
  ],
  imports: [
    {
      kind: 'rows', id: 'workplan', from: 'workplan', fromRows: 'priorities', into: 'progress',
      columns: { priority: 'priority', planned: 'outcome', status: 'status' },
      button: 'Load your workplan file',
      hint: 'Choose the answers file you saved from the Annual workplan template. Its priorities replace the rows below, each with its planned outcome and status; then say what happened. The file is read on this device only.',
    },
    {
      kind: 'costTotal', id: 'budget', from: 'budget', into: 'budgetTotal',
      button: 'Load your budget file',
      hint: 'Choose the answers file you saved from the MVP budget template. Its total, with overhead and contingency, becomes the budget for the year below. Type what was spent yourself. The file is read on this device only.',
    },
  ],
};

export default definition;
