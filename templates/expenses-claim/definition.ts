// An expenses claim: who is claiming, each journey or cost on a line of its own, and the total worked
// out to the penny. Bank details are never asked for here: the Word document has lines to write them on.
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';

const MAX_PART = 100_000; // £1,000: more than any one fare, parking charge or day of childcare
const MAX_RATE = 200; // £2 a mile

const definition: TemplateDefinition = {
  slug: 'expenses-claim',
  version: 1,
  title: 'Expenses claim form',
  summary:
    'A claim for out-of-pocket expenses for MVP work: each journey or cost on its own line, with travel, parking, and childcare or other caring costs, and the total worked out to the penny. Download it as a Word form to sign, an Excel spreadsheet that keeps its formulas, or a CSV file.',
  audience: 'Service user members and the leadership team claiming expenses, and the support team or host organisation that pays the claims.',
  category: 'Budgets and expenses',
  serves: ['2.5', '4.20'],
  sources: [`${TOOLKIT}: 2.4 and 2.5`],
  fileLabel: 'Expenses claim',
  nameField: 'mvpName',
  outputs: ['docx', 'xlsx', 'csv'],
  keywords: [
    'expenses form',
    'expenses claim',
    'claim form',
    'claiming expenses',
    'out of pocket expenses',
    'mileage',
    'travel expenses',
    'childcare costs',
    'reimbursement',
  ],
  sections: [
    {
      id: 'claimant',
      title: 'Who is claiming',
      intro:
        'Service user members can claim out-of-pocket expenses, including childcare costs, in a timely way: NHS Resolution’s Maternity Incentive Scheme (Safety Action 7) asks for written confirmation of this (MVP Toolkit 2.5). The MVP’s budget should cover members’ expenses, including childcare (MVP Toolkit 2.4), and the organisation that funds the MVP is likely to have a volunteer expenses policy that says what can be claimed (MVP Toolkit 2.5).',
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
        { type: 'text', name: 'claimant', label: 'Your name', errorName: 'your name', required: true, maxLength: 120 },
        {
          type: 'text',
          name: 'role',
          label: 'Your role in the MVP',
          errorName: 'your role in the MVP',
          hint: 'For example, service user member, vice-chair or equity lead.',
          required: true,
          maxLength: 120,
        },
        {
          type: 'text',
          name: 'period',
          label: 'Period the claim covers',
          errorName: 'the period the claim covers',
          hint: 'For example, April to June 2026.',
          required: true,
          maxLength: 60,
          width: 20,
        },
        {
          type: 'text',
          name: 'sendTo',
          label: 'Send the claim to (optional)',
          errorName: 'who to send the claim to',
          hint: 'The person or team who pays claims, such as the MVP support team or the host organisation’s finance team.',
          maxLength: 200,
        },
      ],
    },
    {
      id: 'costs',
      title: 'Journeys and costs',
      intro:
        'Put each journey or cost on a line of its own. Fill in only the columns that apply: a bus journey has a fare and no miles; a day of childcare has no journey at all.',
      fields: [
        {
          type: 'money',
          name: 'ratePerMile',
          label: 'Rate per mile (optional)',
          errorName: 'the rate per mile',
          maxPence: MAX_RATE,
          hint: 'The rate your MVP pays for each mile driven, from its expenses policy: ask the chair or the person who pays claims. Type it in pounds: 30p is 0.30. Needed only when a line claims miles.',
        },
        {
          type: 'rows',
          name: 'claims',
          label: 'Journeys and costs',
          errorName: 'a journey or cost',
          itemLabel: 'line',
          required: true,
          maxRows: 40,
          hint: 'Each line’s amount is the miles times the rate per mile, plus the fares, parking, caring costs and other costs on that line, worked out to the penny.',
          amount: {
            label: 'Amount claimed',
            factors: ['miles'],
            rate: 'ratePerMile',
            plus: ['fares', 'parking', 'care', 'other'],
            maxPence: 1000 * MAX_RATE + 4 * MAX_PART,
          },
          totals: ['miles', 'fares', 'parking', 'care', 'other'],
          columns: [
            { type: 'date', name: 'date', label: 'Date', errorName: 'the date', required: true },
            { type: 'text', name: 'purpose', label: 'What it was for', errorName: 'what it was for', required: true, maxLength: 200 },
            { type: 'text', name: 'from', label: 'From (optional)', errorName: 'where the journey started', maxLength: 120 },
            { type: 'text', name: 'to', label: 'To (optional)', errorName: 'where the journey ended', maxLength: 120 },
            {
              type: 'number',
              name: 'miles',
              label: 'Miles driven (optional)',
              errorName: 'the miles driven',
              min: 0,
              max: 1000,
              maxDecimals: 1,
              unit: 'miles',
              width: 5,
            },
            { type: 'money', name: 'fares', label: 'Fares (optional)', errorName: 'the fares', maxPence: MAX_PART },
            { type: 'money', name: 'parking', label: 'Parking (optional)', errorName: 'the parking', maxPence: MAX_PART },
            {
              type: 'money',
              name: 'care',
              label: 'Childcare or other caring costs (optional)',
              errorName: 'the childcare or other caring costs',
              maxPence: MAX_PART,
            },
            { type: 'money', name: 'other', label: 'Other costs (optional)', errorName: 'the other costs', maxPence: MAX_PART },
          ],
        },
        {
          type: 'longText',
          name: 'notes',
          label: 'Notes and receipts (optional)',
          errorName: 'the notes and receipts',
          hint: 'What the other costs were for, and the receipts you are sending with the claim. Your expenses policy says which costs need a receipt.',
          maxLength: 1500,
          rows: 3,
        },
      ],
      display: 'amounts',
    },
    {
      id: 'bank',
      title: 'Bank details and signature',
      intro:
        'This form does not ask for your bank details, and you should not type them anywhere on this site. What you type here is kept in this web browser, where anyone else who uses this device could see it. The Word document has lines to write your bank details on by hand, and a declaration to sign, once you have printed it. If the person who pays claims has their own way of collecting bank details, use that instead.',
      fields: [],
    },
  ],
  rules: [{ kind: 'neededByRows', field: 'ratePerMile', rows: 'claims', column: 'miles', message: 'Enter the rate per mile, as a line claims miles driven' }],
};

export default definition;
