import { roleDescription, CHILDCARE_EXPENSES, INVOLVEMENT_RATE, NOLAN, TOOLKIT } from '../role-description.ts';

export default roleDescription({
  slug: 'vice-chair-role-description',
  title: 'Vice-chair role description',
  summary: 'A role description for the service user vice-chair who works alongside your MVP chair and stands in for them.',
  audience: 'Service user leadership teams, commissioners and LMNS staff appointing a vice-chair.',
  serves: ['2.5', '2.7', '3.2', '3.3', '3.4', '3.5', '3.6', '3.10', '3.11', '3.12', '4.7', '4.15'],
  sources: [`${TOOLKIT}: 2.5, 2.7, 3.2–3.6, 3.10–3.12, 4.7, 4.15`],
  roleTitle: 'Vice-chair',
  purpose:
    'The vice-chair works with the chair to lead the Maternity Voices Partnership (MVP), sharing the work of the service user leadership team and chairing meetings when the chair cannot.\n\nTogether they make sure the voices of all local families, especially those who are seldom heard, shape local maternity and neonatal services.',
  accountableTo:
    'The MVP membership. The vice-chair works closely with the chair, who agrees with them how the work is shared, and is supported by the MVP link person or support team.',
  worksWith:
    'The chair and the rest of the service user leadership team, maternity and neonatal staff, the maternity commissioner and the Local Maternity and Neonatal System (LMNS).',
  responsibilities: [
    'Chair MVP meetings when the chair is absent (MVP Toolkit 3.10).',
    'Share the leadership of agreed parts of the workplan with the chair.',
    'Represent service users at meetings the chair delegates, which may include LMNS meetings (MVP Toolkit 4.15).',
    'Help handle enquiries to the MVP and keep track of the time they take (MVP Toolkit 3.11).',
    'Reach out to local families and gather their feedback, especially from seldom-heard communities.',
    'Support new service user members and representatives.',
  ],
  timeBreakdown: [
    'MVP meetings, and chairing in the chair’s absence',
    'Agreed parts of the workplan',
    'Representing service users at meetings',
    'Outreach and gathering feedback',
  ],
  payBasis: 'dayRate',
  dayRate: INVOLVEMENT_RATE,
  paymentMechanism: 'payroll',
  paymentArrangements:
    'Pay is fixed monthly from the MVP workplan, reviewed when the work changes, paid on the same date every month and set up within 2 months of starting. The vice-chair is told how payment works and supported to check any effect on tax and benefits before starting. (MVP Toolkit 2.5.)',
  expenses: CHILDCARE_EXPENSES,
  essential: [
    'Recent experience of local maternity or neonatal services as a service user.',
    'The ability to chair a meeting so that everyone can contribute, or the willingness to learn.',
    'A commitment to hearing from families from all backgrounds.',
    'The ability to work as part of a team with the chair and with staff.',
  ],
  desirable: ['Experience of coproduction, community work or volunteering.', 'Knowledge of how local maternity and neonatal services are organised.'],
  dbs: 'The MVP agrees which members of the service user leadership team need a Disclosure and Barring Service (DBS) check (MVP Toolkit 4.19). If the vice-chair needs one, the volunteer services team in the commissioning or provider organisation arranges and pays for it.',
  conflicts: `The vice-chair declares any interest that could affect, or look as if it affects, their work for the MVP, and updates the declaration when things change. ${NOLAN}`,
  support: [
    'Introductions to key contacts in the MVP support team, the commissioner, the provider and the LMNS (MVP Toolkit 3.4).',
    'Regular planning time with the chair and the MVP link person.',
    'Administrative support with payment and expense claims (MVP Toolkit 2.5).',
  ],
  training: [
    'A personal development plan to identify training needs (MVP Toolkit 3.6).',
    'National Maternity Voices training and mentoring, and NHS England training for Patient and Public Voice Partners (MVP Toolkit 3.6).',
  ],
  it: [
    'An NHS email address (MVP Toolkit 3.3).',
    'A laptop and internet access for MVP work (MVP Toolkit 3.3).',
    'An account for video calls (MVP Toolkit 3.3).',
  ],
});
