// The questions every role description asks. Each role's folder supplies its own suggested wording.
import type { TemplateDefinition } from '../src/templates-engine/types.ts';

export const TOOLKIT = 'MVP Toolkit, National Maternity Voices, March 2022';
export const FAQ = 'NHS England, Maternity and neonatal voices partnership: frequently asked questions – a resource for ICBs (PRN00823_iii)';

export const INVOLVEMENT_RATE = '150';
export const INVOLVEMENT_RATE_SOURCE = `£150 a day is NHS England’s role 4 (“expert advisor”) public involvement rate, quoted in the ${TOOLKIT}, section 2.5. Rates change: check the current one.`;
export const BAND_8A = { from: '48,526', to: '54,619' };
export const BAND_8A_SOURCE = `£48,526 to £54,619 a year is the NHS Band 8a salary in the Kernow MNVP job descriptions quoted in NHS England’s MNVP FAQ for ICBs (PRN00823_iii), question 11 (Agenda for Change pay scale in force when the FAQ was written). Pay scales change every April: check the current figures.`;

export type PayBasis = 'dayRate' | 'salary' | 'staffRole' | 'expensesOnly';
export type Mechanism = 'payroll' | 'selfEmployed' | 'supportOrganisation' | 'communityAccount' | 'employer';

export interface RoleWording {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  serves: string[];
  sources: string[];
  roleTitle: string;
  purpose: string;
  accountableTo: string;
  worksWith: string;
  responsibilities: string[];
  timeBreakdown: string[];
  payBasis: PayBasis;
  dayRate?: string;
  salaryFrom?: string;
  salaryTo?: string;
  paymentMechanism?: Mechanism;
  paymentArrangements: string;
  expenses: string;
  essential: string[];
  desirable: string[];
  dbs: string;
  conflicts: string;
  support: string[];
  training: string[];
  it: string[];
}

export const NOLAN =
  'Like every MVP member, the post holder is guided by the Seven Principles of Public Life (the Nolan Principles): selflessness, integrity, objectivity, accountability, openness, honesty and leadership (MVP Toolkit 3.2).';

export const CHILDCARE_EXPENSES =
  'Out-of-pocket expenses are paid for all MVP work, including travel, parking, and childcare or other caring costs, claimed on a simple form and paid promptly. (NHS Resolution’s Maternity Incentive Scheme, Safety Action 7, quoted in MVP Toolkit 2.5, asks for written confirmation that service user members can claim out-of-pocket expenses, including childcare costs, in a timely way.)';

export function roleDescription(w: RoleWording): TemplateDefinition {
  return {
    slug: w.slug,
    version: 1,
    title: w.title,
    summary: w.summary,
    audience: w.audience,
    serves: w.serves,
    sources: w.sources,
    fileLabel: w.title,
    nameField: 'mvpName',
    outputs: ['docx'],
    category: 'Role descriptions',
    sections: [
      {
        id: 'about',
        title: 'Your MVP and the role',
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
            name: 'roleTitle',
            label: 'Role title',
            errorName: 'the role title',
            hint: 'As you will advertise it.',
            required: true,
            maxLength: 120,
            default: w.roleTitle,
          },
          {
            type: 'date',
            name: 'agreedOn',
            label: 'Date this role description was agreed (optional)',
            errorName: 'the date this role description was agreed',
            hint: 'Leave this empty until it has been agreed.',
          },
        ],
      },
      {
        id: 'purpose',
        title: 'Purpose and accountability',
        fields: [
          {
            type: 'longText',
            name: 'purpose',
            label: 'Purpose of the role',
            errorName: 'the purpose of the role',
            hint: 'Two or three sentences on why the role exists.',
            required: true,
            maxLength: 2000,
            default: w.purpose,
          },
          {
            type: 'longText',
            name: 'accountableTo',
            label: 'Who the role is accountable to',
            errorName: 'who the role is accountable to',
            hint: 'Who the post holder answers to, and who supports them day to day.',
            required: true,
            maxLength: 1000,
            rows: 3,
            default: w.accountableTo,
          },
          {
            type: 'longText',
            name: 'worksWith',
            label: 'Who the role works closely with (optional)',
            errorName: 'who the role works closely with',
            maxLength: 1000,
            rows: 3,
            default: w.worksWith,
          },
        ],
      },
      {
        id: 'responsibilities',
        title: 'Key responsibilities',
        fields: [
          {
            type: 'list',
            name: 'responsibilities',
            label: 'Key responsibilities',
            itemLabel: 'responsibility',
            hint: 'One responsibility in each box. Keep them realistic for the time and budget the role has (MVP Toolkit 2.7).',
            required: true,
            itemMaxLength: 500,
            maxItems: 30,
            default: w.responsibilities,
          },
        ],
      },
      {
        id: 'time-and-pay',
        title: 'Time commitment and pay',
        intro:
          'Payments should be predictable, regular and timely, and the tax and benefit effects clear, so that people from all backgrounds can take the role (MVP Toolkit 2.5).',
        fields: [
          {
            type: 'number',
            name: 'daysPerMonth',
            label: 'Days a month',
            errorName: 'how many days a month the role takes',
            hint: 'Work this out from your MVP’s workplan, and review it whenever the work changes (MVP Toolkit 2.5 and 4.20).',
            required: true,
            min: 0,
            max: 31,
            unit: 'days a month',
            width: 5,
          },
          {
            type: 'rows',
            name: 'timeBreakdown',
            label: 'How the time is spent (optional)',
            itemLabel: 'activity',
            hint: 'Add the main activities and roughly how many days a month each takes. Tracking this shows whether the time is proportionate and properly paid for (MVP Toolkit 3.11).',
            columns: [
              { type: 'text', name: 'activity', label: 'Activity', errorName: 'the activity', required: true, maxLength: 200 },
              { type: 'number', name: 'days', label: 'Days a month', min: 0, max: 31, unit: 'days', width: 5 },
            ],
            totals: ['days'],
            maxRows: 20,
            default: w.timeBreakdown.map((activity) => ({ activity, days: '' })),
          },
          {
            type: 'choice',
            name: 'payBasis',
            label: 'How the role is paid',
            errorName: 'how the role is paid',
            required: true,
            default: w.payBasis,
            options: [
              {
                value: 'dayRate',
                label: 'Involvement payment at a day rate',
                hint: 'Usual for service user chairs and others in responsible positions (MVP Toolkit 2.5).',
              },
              {
                value: 'salary',
                label: 'Salary (an employed post)',
                hint: 'NHS England’s MNVP FAQ for ICBs (question 10) says leadership roles are not suitable for volunteers.',
              },
              {
                value: 'staffRole',
                label: 'Part of the person’s paid NHS job',
                hint: 'For staff members: MVP work is part of their job description or objectives (MVP Toolkit 2.6).',
              },
              { value: 'expensesOnly', label: 'Volunteer: expenses, with involvement payments for agreed pieces of work' },
            ],
          },
          {
            type: 'money',
            name: 'dayRate',
            label: 'Day rate (optional)',
            errorName: 'the day rate',
            hint: INVOLVEMENT_RATE_SOURCE,
            default: w.dayRate ?? '',
            maxPence: 100_000,
          },
          {
            type: 'money',
            name: 'salaryFrom',
            label: 'Salary from, a year (optional)',
            errorName: 'the lowest salary',
            hint: BAND_8A_SOURCE,
            default: w.salaryFrom ?? '',
            maxPence: 50_000_000,
          },
          {
            type: 'money',
            name: 'salaryTo',
            label: 'Salary to, a year (optional)',
            errorName: 'the highest salary',
            hint: 'The top of the range. The figure suggested for employed leads is from the FAQ, on the pay scale in force when it was written.',
            default: w.salaryTo ?? '',
            maxPence: 50_000_000,
          },
          {
            type: 'choice',
            name: 'paymentMechanism',
            label: 'How payments are made (optional)',
            errorName: 'how payments are made',
            hint: 'The first four are the options compared in MVP Toolkit 2.5.',
            default: w.paymentMechanism ?? '',
            options: [
              {
                value: 'payroll',
                label: 'Payroll, as an independent post holder',
                hint: 'Treated as employed for tax purposes; can be set up within 2 months and pays on time.',
              },
              {
                value: 'selfEmployed',
                label: 'Invoices as a self-employed contractor',
                hint: 'Suits people already self-employed; registering as a supplier can take months.',
              },
              {
                value: 'supportOrganisation',
                label: 'Through the MVP support organisation',
                hint: 'The organisation commissioned to support the MVP pays service users through its usual process.',
              },
              {
                value: 'communityAccount',
                label: 'From the MVP’s community bank account',
                hint: 'The service user leadership team pays officers from a budget paid into the account.',
              },
              { value: 'employer', label: 'Through the employer’s payroll, as a member of staff' },
            ],
          },
          {
            type: 'longText',
            name: 'paymentArrangements',
            label: 'Payment arrangements (optional)',
            errorName: 'the payment arrangements',
            hint: 'When and how often payments are made, and who to ask about them.',
            maxLength: 2000,
            rows: 4,
            default: w.paymentArrangements,
          },
          {
            type: 'longText',
            name: 'expenses',
            label: 'Expenses, including childcare',
            errorName: 'what expenses are paid',
            required: true,
            maxLength: 2000,
            rows: 4,
            default: w.expenses,
          },
        ],
      },
      {
        id: 'person',
        title: 'Person specification',
        intro: 'A clear person specification, checked before appointment, helps make the process fair and open (MVP Toolkit 2.7).',
        fields: [
          {
            type: 'list',
            name: 'essential',
            label: 'Essential',
            itemLabel: 'essential requirement',
            hint: 'What the post holder must have from day one.',
            required: true,
            itemMaxLength: 500,
            maxItems: 20,
            default: w.essential,
          },
          {
            type: 'list',
            name: 'desirable',
            label: 'Desirable (optional)',
            itemLabel: 'desirable requirement',
            hint: 'Nice to have, or can be learned in the role.',
            itemMaxLength: 500,
            maxItems: 20,
            default: w.desirable,
          },
        ],
      },
      {
        id: 'conduct',
        title: 'Checks and conduct',
        fields: [
          {
            type: 'longText',
            name: 'dbs',
            label: 'DBS check',
            errorName: 'what DBS check the role needs',
            hint: 'Whether a Disclosure and Barring Service check is needed, and who arranges it (MVP Toolkit 2.7 and 4.19).',
            required: true,
            maxLength: 1500,
            rows: 3,
            default: w.dbs,
          },
          {
            type: 'longText',
            name: 'conflicts',
            label: 'Conflicts of interest and the Nolan Principles',
            errorName: 'how conflicts of interest are handled',
            required: true,
            maxLength: 2000,
            rows: 4,
            default: w.conflicts,
          },
        ],
      },
      {
        id: 'support',
        title: 'Support, training and IT',
        intro:
          'Give clear written information about the support available (MVP Toolkit 3.4). Offering IT to everyone in the team makes the roles open to people on lower incomes (MVP Toolkit 3.3).',
        fields: [
          {
            type: 'list',
            name: 'support',
            label: 'Support the role is given (optional)',
            itemLabel: 'kind of support',
            itemMaxLength: 500,
            maxItems: 20,
            default: w.support,
          },
          {
            type: 'list',
            name: 'training',
            label: 'Training and development (optional)',
            itemLabel: 'training opportunity',
            itemMaxLength: 500,
            maxItems: 20,
            default: w.training,
          },
          { type: 'list', name: 'it', label: 'IT equipment and accounts (optional)', itemLabel: 'IT item', itemMaxLength: 500, maxItems: 20, default: w.it },
          {
            type: 'text',
            name: 'contact',
            label: 'Who to contact about the role (optional)',
            errorName: 'who to contact about the role',
            hint: 'A name, role or email address for informal questions (MVP Toolkit 2.7 suggests informal chances to learn about the role).',
            maxLength: 300,
          },
        ],
      },
    ],
  };
}
