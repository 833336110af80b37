// The budget builder: header questions, costed groups of lines, percentages on top, and the totals display.
import type { ColumnField, RowAmount, RowsField, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { BAND_8A, BAND_8A_SOURCE, FAQ, INVOLVEMENT_RATE, TOOLKIT } from '../role-description.ts';

const INVOLVEMENT_BASIS = `£${INVOLVEMENT_RATE} a day: NHS England’s role 4 (“expert advisor”) public involvement rate, quoted in the ${TOOLKIT}, section 2.5. Check the current rate.`;
const BAND_8A_BASIS = `Bottom of NHS Band 8a (£${BAND_8A.from} to £${BAND_8A.to} a year), from NHS England’s MNVP FAQ for ICBs, question 11. Check the current pay scale.`;
const MAX_LINE = 100_000_000; // £1,000,000

const scale: ColumnField = {
  type: 'choice',
  name: 'scale',
  label: 'Cost applies',
  errorName: 'whether the cost is once or for each maternity unit',
  required: true,
  control: 'select',
  options: [
    { value: 'once', label: 'Once' },
    { value: 'each', label: 'For each maternity unit' },
  ],
};
const basis: ColumnField = { type: 'text', name: 'basis', label: 'Basis or source (optional)', errorName: 'the basis or source', maxLength: 400 };
const scaleBy = { column: 'scale', when: 'each', by: 'unitCount' };

function general(
  name: string,
  label: string,
  itemLabel: string,
  hint: string,
  lines: Array<[item: string, note?: string, quantity?: string, unit?: string]>,
): RowsField {
  const amount: RowAmount = { label: 'Cost', factors: ['quantity'], rate: 'rate', unitColumn: 'unit', noteColumn: 'basis', scale: scaleBy, maxPence: MAX_LINE };
  return {
    type: 'rows',
    name,
    label: `${label} (optional)`,
    itemLabel,
    hint,
    maxRows: 20,
    amount,
    columns: [
      { type: 'text', name: 'item', label: 'What it is for', errorName: 'what it is for', required: true, maxLength: 200 },
      { type: 'number', name: 'quantity', label: 'Quantity', errorName: 'the quantity', required: true, min: 0, max: 100_000, maxDecimals: 2, width: 5 },
      { type: 'text', name: 'unit', label: 'Unit (optional)', errorName: 'the unit', maxLength: 40, width: 10 },
      { type: 'money', name: 'rate', label: 'Cost of one', errorName: 'the cost of one', required: true, maxPence: 50_000_000 },
      scale,
      basis,
    ],
    default: lines.map(([item, note = '', quantity = '', unit = '']) => ({ item, quantity, unit, rate: '', scale: 'once', basis: note })),
  };
}

const leadership: RowsField = {
  type: 'rows',
  name: 'leadership',
  label: 'Service user leadership remuneration (optional)',
  itemLabel: 'remuneration line',
  maxRows: 20,
  hint: `Each paid service user role: days a month × months × day rate. ${INVOLVEMENT_BASIS} Add other paid roles you have, such as co-chair, secretary, equity lead or social media coordinator (MVP Toolkit 2.4). Fix monthly pay from the workplan (MVP Toolkit 2.5).`,
  amount: { label: 'Cost', factors: ['days', 'months'], rate: 'dayRate', noteColumn: 'basis', scale: scaleBy, maxPence: MAX_LINE },
  columns: [
    { type: 'text', name: 'role', label: 'Role', errorName: 'the role', required: true, maxLength: 200 },
    {
      type: 'number',
      name: 'days',
      label: 'Days a month',
      errorName: 'the days a month',
      required: true,
      min: 0,
      max: 31,
      maxDecimals: 2,
      unit: 'days a month',
      width: 5,
    },
    {
      type: 'number',
      name: 'months',
      label: 'Months',
      errorName: 'the number of months',
      required: true,
      min: 0,
      max: 12,
      maxDecimals: 2,
      unit: 'months',
      width: 5,
    },
    { type: 'money', name: 'dayRate', label: 'Day rate', errorName: 'the day rate', required: true, maxPence: 200_000 },
    scale,
    basis,
  ],
  default: ['Chair', 'Vice-chair'].map((role) => ({ role, days: '', months: '12', dayRate: INVOLVEMENT_RATE, scale: 'once', basis: INVOLVEMENT_BASIS })),
};

const posts: RowsField = {
  type: 'rows',
  name: 'posts',
  label: 'Employed posts (optional)',
  itemLabel: 'post',
  maxRows: 20,
  hint: `Whole-time equivalent × annual salary, plus the employer’s on-costs (National Insurance and pension) as a percentage: ask your finance team for the current figure. ${BAND_8A_SOURCE} The hours should match the agreed programme of work (FAQ question 11).`,
  amount: { label: 'Cost', factors: ['wte'], rate: 'salary', percent: 'onCosts', noteColumn: 'basis', scale: scaleBy, maxPence: MAX_LINE },
  columns: [
    { type: 'text', name: 'post', label: 'Post', errorName: 'the post', required: true, maxLength: 200 },
    {
      type: 'number',
      name: 'wte',
      label: 'Whole-time equivalent',
      errorName: 'the whole-time equivalent',
      required: true,
      min: 0,
      max: 5,
      maxDecimals: 2,
      unit: 'WTE',
      width: 5,
    },
    { type: 'money', name: 'salary', label: 'Annual salary', errorName: 'the annual salary', required: true, maxPence: 25_000_000 },
    {
      type: 'number',
      name: 'onCosts',
      label: 'Employer on-costs',
      errorName: 'the employer on-costs',
      required: true,
      min: 0,
      max: 100,
      maxDecimals: 2,
      unit: '% on-costs',
      width: 5,
    },
    scale,
    basis,
  ],
  default: [{ post: 'MNVP Lead', wte: '', salary: BAND_8A.from, onCosts: '', scale: 'once', basis: BAND_8A_BASIS }],
};

const definition: TemplateDefinition = {
  slug: 'budget',
  version: 1,
  title: 'MVP budget',
  summary:
    'Build a budget for a Maternity and Neonatal Voices Partnership line by line, with totals worked out as you type, and download it as a Word budget paper, an Excel spreadsheet that keeps its formulas, or a CSV file.',
  audience: 'Integrated care boards (ICBs), LMNS teams and commissioners setting an MVP’s budget, and MVP leads agreeing it with them.',
  category: 'Budgets and expenses',
  serves: ['2.4', '2.5', '4.20'],
  sources: [`${TOOLKIT}: 2.4, 2.5 and 4.20`, `${FAQ}: questions 5, 10, 11 and 13`],
  fileLabel: 'Budget',
  nameField: 'mvpName',
  outputs: ['docx', 'xlsx', 'csv'],
  costs: {
    groups: ['leadership', 'posts', 'expenses', 'training', 'secretariat', 'it', 'dbs', 'engagement', 'communications', 'intelligence', 'research', 'other'],
    additions: ['overhead', 'contingency'],
    per: { field: 'unitCount', singular: 'maternity unit', plural: 'maternity units' },
  },
  sections: [
    {
      id: 'about',
      title: 'About this budget',
      intro:
        'Agree the budget well before the financial year starts, so the service user leadership team know what hours and pay to expect (MVP Toolkit 4.20).',
      fields: [
        {
          type: 'text',
          name: 'mvpName',
          label: 'Your MVP’s name',
          errorName: 'your MVP’s name',
          hint: 'For example, Kernow Maternity and Neonatal Voices Partnership. It appears at the top of every page and in the file name.',
          required: true,
          maxLength: 120,
        },
        {
          type: 'text',
          name: 'providers',
          label: 'Providers covered',
          errorName: 'the providers covered',
          hint: 'The NHS trusts whose maternity and neonatal services the MVP covers.',
          required: true,
          maxLength: 300,
        },
        {
          type: 'text',
          name: 'units',
          label: 'Maternity units covered (optional)',
          errorName: 'the maternity units covered',
          hint: 'The hospitals and birth centres, by name.',
          maxLength: 400,
        },
        {
          type: 'number',
          name: 'unitCount',
          label: 'Number of maternity units',
          errorName: 'the number of maternity units',
          hint: 'More units need more resource (MVP Toolkit 2.4). Lines marked “For each maternity unit” are multiplied by this, and the total is shared between them for a cost per unit.',
          required: true,
          integer: true,
          min: 1,
          max: 20,
          width: 5,
          default: '1',
        },
        { type: 'text', name: 'icb', label: 'ICB and LMNS (optional)', errorName: 'the ICB and LMNS', maxLength: 200 },
        {
          type: 'text',
          name: 'financialYear',
          label: 'Financial year',
          errorName: 'the financial year',
          hint: 'For example, 2026 to 2027.',
          required: true,
          maxLength: 40,
          width: 10,
        },
        {
          type: 'text',
          name: 'payYear',
          label: 'Pay scales and rates used (optional)',
          errorName: 'the pay scales and rates used',
          hint: 'Which year’s pay scale and involvement rate the figures come from, for example Agenda for Change 2025 to 2026.',
          maxLength: 200,
        },
        { type: 'text', name: 'preparedBy', label: 'Prepared by (optional)', errorName: 'who prepared the budget', maxLength: 200 },
        { type: 'text', name: 'budgetVersion', label: 'Version (optional)', errorName: 'the version', maxLength: 20, width: 5 },
        {
          type: 'date',
          name: 'agreedOn',
          label: 'Date agreed (optional)',
          errorName: 'the date the budget was agreed',
          hint: 'Leave this empty until the budget has been agreed.',
        },
      ],
    },
    {
      id: 'people',
      title: 'Leadership and employed posts',
      intro:
        'Leadership roles and operational support are not suitable for volunteers (FAQ question 10), and service user officers should not be expected to do significant unpaid work (MVP Toolkit 4.20).',
      fields: [leadership, posts],
    },
    {
      id: 'members',
      title: 'Members’ expenses and training',
      fields: [
        general(
          'expenses',
          'Expenses for service user members',
          'expenses line',
          'Out-of-pocket expenses for all members, including travel, parking and childcare or other caring costs, paid promptly (MVP Toolkit 2.5). Large rural areas may need more for travel (MVP Toolkit 2.4).',
          [
            ['Travel and parking', 'Out-of-pocket expenses, MVP Toolkit 2.5.'],
            [
              'Childcare and other caring costs',
              'Members must be able to claim childcare costs in a timely way (Maternity Incentive Scheme Safety Action 7, quoted in MVP Toolkit 2.5).',
            ],
          ],
        ),
        general(
          'training',
          'Training and development',
          'training line',
          'Training for service user members, and an annual development day to agree the coming year’s priorities (MVP Toolkit 2.4).',
          [
            ['Annual development day', 'Proposed by the London Clinical Network, quoted in MVP Toolkit 2.4.', '1', 'day'],
            ['Training for service user members', 'Implementing Better Births (2017), quoted in MVP Toolkit 2.4.'],
          ],
        ),
      ],
    },
    {
      id: 'support',
      title: 'Secretariat, IT and checks',
      intro:
        'MNVPs need operational and logistical support (FAQ question 15). Some of it may come from existing roles in the ICB or partner organisations (FAQ question 10).',
      fields: [
        general(
          'secretariat',
          'Secretariat and operational support',
          'support line',
          'Administration, minutes, and processing payments and expense claims (MVP Toolkit 2.4 and 2.5).',
          [['Administration and minute-taking'], ['Processing payments and expense claims']],
        ),
        general('it', 'IT and equipment', 'IT line', 'Offering IT to everyone in the team makes the roles open to people on lower incomes (MVP Toolkit 3.3).', [
          ['Laptops and phones for the service user leadership team'],
        ]),
        general('dbs', 'DBS checks', 'DBS line', 'Disclosure and Barring Service checks for roles that need them (MVP Toolkit 2.7).', [['DBS checks']]),
      ],
    },
    {
      id: 'activities',
      title: 'Engagement, communications and research',
      intro:
        'Better-resourced MVPs reach a more diverse range of service users (MVP Toolkit 2.4). Areas with more deprivation, or priority groups to reach, need more outreach.',
      fields: [
        general(
          'engagement',
          'Engagement and outreach',
          'engagement line',
          'Reaching families where they are, including those seldom heard (MVP Toolkit 2.4).',
          [
            ['Venue hire'],
            ['Creche'],
            ['Refreshments'],
            ['Vouchers to thank participants'],
            ['Interpreting and translation'],
            ['Accessible formats, such as Easy Read and large print'],
          ],
        ),
        general(
          'communications',
          'Communications',
          'communications line',
          'Printing, the website and social media. MNVPs should control their own social media (FAQ question 13).',
          [['Printing'], ['Website'], ['Social media']],
        ),
        general('intelligence', 'Intelligence gathering and surveys', 'survey line', 'Gathering and analysing what families say (MVP Toolkit 2.4).', [
          ['Surveys and feedback gathering'],
        ]),
        general('research', 'Commissioned research', 'research line', 'Research the MVP commissions (MVP Toolkit 2.4).', [['Commissioned research']]),
        general('other', 'Other costs', 'other cost', 'Anything else the budget must cover.', []),
      ],
    },
    {
      id: 'additions',
      title: 'Overhead and contingency',
      fields: [
        {
          type: 'number',
          name: 'overhead',
          label: 'Hosting organisation overhead (optional)',
          errorName: 'the hosting organisation overhead',
          hint: 'A percentage of the total of all the lines. A third-party host may take a percentage of the budget (FAQ question 13).',
          min: 0,
          max: 50,
          maxDecimals: 2,
          unit: '%',
          width: 5,
        },
        {
          type: 'number',
          name: 'contingency',
          label: 'Contingency (optional)',
          errorName: 'the contingency',
          hint: 'A percentage of the total of all the lines, for new requests made mid-year (MVP Toolkit 4.20).',
          min: 0,
          max: 25,
          maxDecimals: 2,
          unit: '%',
          width: 5,
        },
      ],
    },
    {
      id: 'totals',
      title: 'Totals',
      fields: [],
      display: 'costs',
    },
    {
      id: 'notes',
      title: 'Assumptions',
      fields: [
        {
          type: 'longText',
          name: 'assumptions',
          label: 'Assumptions behind the budget (optional)',
          errorName: 'the assumptions',
          hint: 'Anything a reader needs to know about how the figures were reached. The basis of each line is shown beside it.',
          maxLength: 3000,
          rows: 5,
          default:
            'The figures are for the financial year shown. Rates and salaries come from the sources given beside each line; pay scales and involvement rates change, usually every April, so check them before the budget is agreed. The budget should be reviewed with the workplan each year, and is likely to grow as the MVP becomes established (MVP Toolkit 4.20).',
        },
      ],
    },
  ],
};

export default definition;
