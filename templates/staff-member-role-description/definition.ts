import { roleDescription, NOLAN, TOOLKIT } from '../role-description.ts';

export default roleDescription({
  slug: 'staff-member-role-description',
  title: 'Staff (clinical) MVP member role description',
  summary: 'A role description for clinical staff who are core members of the MVP, to add to their job description or objectives.',
  audience: 'Heads of midwifery, neonatal and obstetric leads, and the staff they nominate as core MVP members.',
  serves: ['2.6', '3.2', '3.6', '3.10', '3.12'],
  sources: [`${TOOLKIT}: 2.6, 3.2, 3.6, 3.10, 3.12, 4.4`],
  roleTitle: 'Staff (clinical) MVP member',
  purpose:
    'Clinical staff members work as equal partners with service users in the Maternity Voices Partnership (MVP), so that what families say leads to real changes in care.\n\nThey bring clinical knowledge to MVP discussions, and carry information and questions between the MVP and the meetings and teams they are part of (MVP Toolkit 3.12).',
  accountableTo: 'Their line manager, with MVP membership included in their job description or objectives (MVP Toolkit 2.6 and 3.6).',
  worksWith: 'The MVP chair and service user leadership team, other staff members, and the clinical teams they work in.',
  responsibilities: [
    'Come to MVP meetings and take part as an equal partner.',
    'Bring data, plans and questions from the service to the MVP, and take back what service users say.',
    'Take soundings from the MVP before relevant meetings, and report back afterwards (MVP Toolkit 3.12).',
    'Help act on feedback, and tell the MVP what changed as a result.',
    'Support coproduction projects and activities such as Walk the Patch (MVP Toolkit 4.4).',
  ],
  timeBreakdown: ['MVP meetings', 'Acting on feedback and coproduction projects'],
  payBasis: 'staffRole',
  paymentMechanism: 'employer',
  paymentArrangements: 'MVP work is part of the staff member’s paid job and is counted in their job plan or objectives.',
  expenses: 'Travel for MVP work is claimed under the employer’s usual expenses policy.',
  essential: [
    'A clinical role in local maternity or neonatal services.',
    'A commitment to coproduction and to acting on what families say.',
    'The ability to explain clinical matters in plain language.',
  ],
  desirable: ['Training in partnership working, coproduction or acting on feedback (MVP Toolkit 3.6).'],
  dbs: 'Covered by the checks the employer already carries out for the staff member’s job.',
  conflicts: `Staff members declare any interest beyond their usual job that could affect their work for the MVP. ${NOLAN}`,
  support: ['Protected time for MVP work, agreed with their line manager.'],
  training: [
    'Training in partnership working, coproduction and acting on feedback, including NHS England courses on working with people and communities (MVP Toolkit 3.6).',
    'National Maternity Voices multidisciplinary training for MVP members (MVP Toolkit 3.6).',
  ],
  it: [],
});
