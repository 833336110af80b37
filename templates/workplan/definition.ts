import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { FAQ, TOOLKIT } from '../role-description.ts';
import { ACTIVITIES, AREAS, EVIDENCE, STATUSES, TIERS } from '../workplan-options.ts';

type Starter = {
  priority: string;
  activity: string;
  focus: string;
  tier: string;
  evidence: string;
  lead: string;
  partners: string;
  timescale: string;
  outcome: string;
  budgetLine: string;
};

// Drawn from FAQ question 17 (key activities) and MVP Toolkit 3.9 and 3.13 (first projects).
const STARTERS: Starter[] = [
  {
    priority: 'Regular outreach to the community, putting first the families who are seldom heard or face health inequalities',
    activity: 'feedback',
    focus: 'equity',
    tier: 'provider',
    evidence: 'feedback',
    lead: 'MVP chair',
    partners: 'Local community and voluntary groups',
    timescale: 'All year',
    outcome: 'We hear from groups we have not heard from before, shown by the demographic details of the people who give feedback',
    budgetLine: 'Outreach and engagement',
  },
  {
    priority: 'Analyse feedback from service users and report its themes at every MVP meeting',
    activity: 'feedback',
    focus: 'choice',
    tier: 'provider',
    evidence: 'feedback',
    lead: 'MVP vice-chair',
    partners: 'Patient experience team',
    timescale: 'All year',
    outcome: 'A feedback report at every meeting, with the actions the services take in reply',
    budgetLine: 'Service user leadership time',
  },
  {
    priority: 'Regular meetings between the MVP lead and the trust’s senior leadership team (the quadrumvirate)',
    activity: 'strategic',
    focus: 'safety',
    tier: 'provider',
    evidence: 'nhsPriorities',
    lead: 'MVP lead',
    partners: 'Director of midwifery, clinical directors for obstetrics and neonatology, operational lead',
    timescale: 'All year',
    outcome: 'Service users’ priorities are discussed at senior level every quarter, recorded in the meeting notes',
    budgetLine: 'Service user leadership time',
  },
  {
    priority:
      'Prepare for and take part in trust maternity and neonatal governance meetings, guideline committees, serious incident reviews and interview panels for senior staff',
    activity: 'representation',
    focus: 'safety',
    tier: 'provider',
    evidence: 'nhsPriorities',
    lead: 'MVP chair',
    partners: 'Maternity and neonatal governance leads',
    timescale: 'All year',
    outcome: 'A service user voice at each meeting, counted in the MVP’s record of meetings attended',
    budgetLine: 'Representation at meetings',
  },
  {
    priority: 'Take an active part in the trust’s perinatal quality surveillance model, including perinatal mortality review (PMRT) and audit meetings',
    activity: 'reviewing',
    focus: 'safety',
    tier: 'provider',
    evidence: 'dashboards',
    lead: 'MVP lead',
    partners: 'Maternity safety champions',
    timescale: 'All year',
    outcome: 'Service user questions on the maternity dashboard are raised and answered at each review',
    budgetLine: 'Representation at meetings',
  },
  {
    priority: 'Support coproduction to inform and improve the maternity and neonatal pathway',
    activity: 'coproduction',
    focus: 'choice',
    tier: 'provider',
    evidence: 'feedback',
    lead: 'MVP chair',
    partners: 'Head of midwifery, neonatal unit manager',
    timescale: 'All year',
    outcome: 'At least one change to the pathway that service users and staff made together, reported in the annual report',
    budgetLine: 'Coproduction projects',
  },
  {
    priority: 'Link with and take part in the local neonatal parent advisory group (PAG)',
    activity: 'representation',
    focus: 'neonatal',
    tier: 'lms',
    evidence: 'feedback',
    lead: 'MVP vice-chair',
    partners: 'Neonatal parent advisory group, neonatal operational delivery network',
    timescale: 'All year',
    outcome: 'Neonatal families’ feedback reaches the MVP, and the MVP’s reaches the PAG',
    budgetLine: 'Representation at meetings',
  },
  {
    priority: 'Recruit volunteer service user voice representatives and fill gaps in our membership',
    activity: 'representation',
    focus: 'equity',
    tier: 'provider',
    evidence: 'feedback',
    lead: 'MVP chair',
    partners: 'Local community and voluntary groups',
    timescale: 'Q2 (July to September)',
    outcome: 'More representatives, and a membership that better reflects the local population',
    budgetLine: 'Volunteer expenses',
  },
  {
    priority: 'Hold a 15 Steps for Maternity visit and share what it finds',
    activity: 'reviewing',
    focus: 'choice',
    tier: 'provider',
    evidence: 'fifteenSteps',
    lead: 'MVP vice-chair',
    partners: 'Head of midwifery',
    timescale: 'Q3 (October to December)',
    outcome: 'A 15 Steps report with actions agreed by the service',
    budgetLine: 'Service user leadership time',
  },
];

const definition: TemplateDefinition = {
  slug: 'workplan',
  version: 2,
  migrations: [
    {
      from: 1,
      why: 'The timescale was one quarter or “All year”, which could not say “Q2 to Q3”, “by the March board” or a year of a multi-year plan (MVP Toolkit 4.3: a workplan can be annual or multi-year). It is now typed in, and a quarter chosen before becomes its words.',
      steps: [
        {
          kind: 'mapValues',
          field: 'priorities',
          column: 'timescale',
          values: { q1: 'Q1 (April to June)', q2: 'Q2 (July to September)', q3: 'Q3 (October to December)', q4: 'Q4 (January to March)', year: 'All year' },
        },
      ],
    },
  ],
  title: 'Annual workplan',
  summary:
    'Your MVP’s priorities for the year: what you will do, in which area, at which level, on what evidence, who leads it and how you will know it worked. A grid shows where the plan has nothing.',
  audience: 'Service user leadership teams, MVP members and the LMNS, agreeing and ratifying the plan.',
  category: 'Plans and reports',
  serves: ['3.9', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.11', '4.12', '4.13', '4.17', '4.20'],
  sources: [`${TOOLKIT}: 3.9, 3.13, 4.3 to 4.17, 4.20`, `${FAQ}: questions 16 and 17`],
  fileLabel: 'Annual workplan',
  nameField: 'mvpName',
  outputs: ['docx', 'xlsx', 'csv'],
  sections: [
    {
      id: 'about',
      title: 'Your MVP and the year',
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
          name: 'planYear',
          label: 'Year the plan covers',
          errorName: 'the year the plan covers',
          hint: 'For example, April 2026 to March 2027. A workplan can be annual or cover several years (MVP Toolkit 4.3).',
          required: true,
          maxLength: 120,
          width: 20,
        },
        {
          type: 'text',
          name: 'servicesCovered',
          label: 'Services the plan covers (optional)',
          errorName: 'the services the plan covers',
          hint: 'The trusts and services your MVP works with, such as the maternity unit, neonatal unit and health visiting.',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'how-chosen',
      title: 'How you chose your priorities',
      fields: [
        {
          type: 'longText',
          name: 'howChosen',
          label: 'How the priorities were chosen (optional)',
          errorName: 'how the priorities were chosen',
          maxLength: 3000,
          rows: 5,
          hint: 'Priorities take account of service user feedback; dashboards, themes from complaints and other data; and NHS priorities. An Annual Development Day can review last year and agree this year’s priorities (MVP Toolkit 4.3).',
          default:
            'We chose these priorities together at our annual development day, where we looked back at last year’s work and agreed what matters most for the coming year. We drew on what local women, birthing people and families told us, the maternity dashboard, themes from complaints and the priorities of our trust, our Local Maternity and Neonatal System and NHS England. We gave most weight to the voices of families who are seldom heard or who face health inequalities.',
        },
      ],
    },
    {
      id: 'priorities',
      title: 'Priorities',
      intro:
        'An established MVP’s workplan is likely to cover five activities, five areas of focus and four tiers (MVP Toolkit 4.3). The starter rows come from the key activities in NHS England’s FAQ for ICBs (question 17) and MVP Toolkit 3.9: keep, change or remove them.',
      fields: [
        {
          type: 'rows',
          name: 'priorities',
          label: 'Priorities for the year',
          itemLabel: 'priority',
          required: true,
          maxRows: 40,
          hint: 'One row for each priority. For its timescale, type a quarter, a span such as “Q2 to Q3”, or a date such as “by the March LMNS board”. Make sure the budget and the plan match, so that what you agree is achievable (MVP Toolkit 4.3 and 4.20).',
          columns: [
            { type: 'text', name: 'priority', label: 'Priority', errorName: 'the priority', required: true, maxLength: 400 },
            { type: 'choice', name: 'activity', label: 'Activity', errorName: 'the activity', control: 'select', options: ACTIVITIES },
            { type: 'choice', name: 'focus', label: 'Area of focus', errorName: 'the area of focus', control: 'select', options: AREAS },
            { type: 'choice', name: 'tier', label: 'Tier', errorName: 'the tier', control: 'select', options: TIERS },
            { type: 'choice', name: 'evidence', label: 'Evidence behind it', errorName: 'the evidence behind it', control: 'select', options: EVIDENCE },
            { type: 'text', name: 'lead', label: 'Lead', errorName: 'the lead', maxLength: 120 },
            { type: 'text', name: 'partners', label: 'Partners', errorName: 'the partners', maxLength: 300 },
            { type: 'text', name: 'timescale', label: 'Timescale', errorName: 'the timescale', maxLength: 120 },
            {
              type: 'text',
              name: 'outcome',
              label: 'Outcome and how it will be measured',
              errorName: 'the outcome and how it will be measured',
              maxLength: 400,
            },
            { type: 'text', name: 'budgetLine', label: 'Budget line', errorName: 'the budget line', maxLength: 120 },
            { type: 'choice', name: 'status', label: 'Status', errorName: 'the status', control: 'select', options: STATUSES, default: 'notStarted' },
          ],
          default: STARTERS.map((s) => ({ ...s, status: 'notStarted' })),
        },
      ],
    },
    {
      id: 'agreement',
      title: 'Agreement and ratification',
      intro:
        'The workplan is agreed by the MVP and ratified by the Local Maternity System, commissioners or providers. For NHS Resolution’s Safety Action 7, trusts show the work programme, the minutes of the MVP meeting that agreed it and the minutes of the LMS board that ratified it (MVP Toolkit 4.3).',
      fields: [
        {
          type: 'date',
          name: 'agreedOn',
          label: 'Date the MVP agreed the plan (optional)',
          errorName: 'the date the MVP agreed the plan',
          hint: 'The date of the MVP meeting whose minutes record the agreement.',
        },
        {
          type: 'text',
          name: 'ratifiedBy',
          label: 'Ratified by (optional)',
          errorName: 'who ratified the plan',
          hint: 'Usually the Local Maternity and Neonatal System (LMNS) board (MVP Toolkit 4.3).',
          maxLength: 200,
          default: 'Local Maternity and Neonatal System (LMNS) board',
        },
        {
          type: 'date',
          name: 'ratifiedOn',
          label: 'Date the plan was ratified (optional)',
          errorName: 'the date the plan was ratified',
          hint: 'The date of the board meeting whose minutes record the ratification.',
        },
        {
          type: 'date',
          name: 'reviewOn',
          label: 'Date of the next review (optional)',
          errorName: 'the date of the next review',
          hint: 'Priorities are identified throughout the year, so review the plan as it goes (MVP Toolkit 4.3).',
        },
      ],
    },
  ],
  summaries: [
    { kind: 'coverage', id: 'coverage', after: 'priorities', title: 'Where the plan has nothing', rows: 'priorities', down: 'activity', across: 'focus' },
  ],
  rollover: {
    button: 'Start from last year’s workplan',
    hint: 'Choose last year’s saved workplan answers file. Its priorities are kept for you to review; each status goes back to “Not started”, and the year and the dates are cleared. This replaces the answers in the form.',
    done: 'Last year’s priorities are kept, each status is back to “Not started”, and the year and dates are cleared. Enter this year and review each priority.',
    reset: ['planYear', 'agreedOn', 'ratifiedOn', 'reviewOn'],
    resetColumns: { priorities: ['status'] },
  },
};

export default definition;
