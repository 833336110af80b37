import { roleDescription, CHILDCARE_EXPENSES, FAQ, INVOLVEMENT_RATE, NOLAN, TOOLKIT } from '../role-description.ts';

export default roleDescription({
  slug: 'chair-role-description',
  title: 'Chair role description',
  summary:
    'A role description for the service user chair or co-chairs who lead your MVP: purpose, responsibilities, time and pay, person specification and support.',
  audience: 'Service user leadership teams, commissioners and LMNS staff appointing a chair or co-chairs.',
  serves: ['2.5', '2.7', '3.2', '3.3', '3.4', '3.5', '3.6', '3.10', '3.11', '3.12', '4.7', '4.15'],
  sources: [`${TOOLKIT}: 2.5, 2.7, 3.2–3.6, 3.10–3.12, 4.7, 4.15`, `${FAQ}: questions 9 and 16`],
  roleTitle: 'Chair (or co-chair)',
  purpose:
    'The chair leads the Maternity Voices Partnership (MVP): a team of women, birthing people, families and maternity and neonatal staff who work together to review and improve local services.\n\nThe chair makes sure the voices of all local service users, especially those who are seldom heard, shape decisions about maternity and neonatal care. The chair works as an independent critical friend to the services.',
  accountableTo:
    'The MVP membership, who elect or confirm the chair. Day to day, the chair is supported by the MVP link person or support team in the commissioning organisation or Local Maternity and Neonatal System (LMNS).',
  worksWith:
    'The vice-chair and the rest of the service user leadership team, the head of midwifery and other maternity and neonatal staff, the maternity commissioner, the LMNS, other MVP chairs in the LMNS and the NHS England regional service user voice representative.',
  responsibilities: [
    'Set the agenda for MVP meetings, taking account of members’ views, and chair the meetings.',
    'Lead the MVP’s annual workplan and make sure it reflects the priorities of local service users.',
    'Reach out to local families, especially those who experience poorer outcomes or are seldom heard, and gather their feedback.',
    'Represent service users at key meetings, such as the labour ward forum, maternity governance meetings and the LMNS board, sharing this with the vice-chair and other members where agreed.',
    'Handle enquiries from service users, staff and other organisations, signposting complaints to the Patient Advice and Liaison Service (PALS).',
    'Work with the other MVP chairs in the LMNS to coordinate input to the LMNS and take up shared issues.',
    'Write or contribute to the MVP’s annual report, showing what changed because of what families said.',
    'Help recruit, welcome and support service user members and representatives.',
  ],
  timeBreakdown: [
    'Preparing for and chairing MVP meetings',
    'Outreach and gathering feedback',
    'Representing service users at other meetings',
    'Handling enquiries',
    'Working with the LMNS and other MVP chairs',
  ],
  payBasis: 'dayRate',
  dayRate: INVOLVEMENT_RATE,
  paymentMechanism: 'payroll',
  paymentArrangements:
    'Pay is fixed monthly from the MVP workplan and reviewed whenever the work changes. It is paid on the same date every month, and set up within 2 months of the chair starting. Before starting, the chair is told how payment works and supported to check any effect on tax and benefits. Administrative help is given with claims, and questions about payment are answered promptly. (MVP Toolkit 2.5.)',
  expenses: CHILDCARE_EXPENSES,
  essential: [
    'Recent experience of local maternity or neonatal services as a service user.',
    'The skills, knowledge and experience to lead the MVP, or the willingness to develop them with training.',
    'The ability to act in the best interests of the group and the MVP’s strategic aims, as an independent critical friend.',
    'A commitment to hearing from families from all backgrounds, especially those who are seldom heard.',
    'The ability to chair meetings so that everyone can contribute, and to work in partnership with staff.',
  ],
  desirable: [
    'Experience of coproduction, community work or volunteering.',
    'Knowledge of how local maternity and neonatal services and the NHS are organised.',
    'Experience of speaking up for others in formal meetings.',
  ],
  dbs: 'The chair needs an up-to-date Disclosure and Barring Service (DBS) check, as the guidance quoted in MVP Toolkit 2.7 recommends. The volunteer services team in the commissioning or provider organisation arranges and pays for it (MVP Toolkit 4.19).',
  conflicts: `The chair declares any interest that could affect, or look as if it affects, their work for the MVP, such as paid work for a local maternity provider, and updates the declaration when things change. ${NOLAN}`,
  support: [
    'Introductions to key contacts: the MVP support team, the maternity commissioner and provider, the LMNS and other partners (MVP Toolkit 3.4).',
    'Regular time with the MVP link person to plan the work and talk through any concerns.',
    'Administrative support, including help with payment and expense claims (MVP Toolkit 2.5).',
    'Introductions to the NHS England regional service user voice representative and to National Maternity Voices (MVP Toolkit 3.5).',
  ],
  training: [
    'A personal development plan, agreed with the staff member who supports the chair (MVP Toolkit 3.6).',
    'National Maternity Voices MVP chair training and an NMV mentor (MVP Toolkit 3.6).',
    'NHS England training for Patient and Public Voice Partners, and local training from partner organisations or Healthwatch (MVP Toolkit 3.6).',
  ],
  it: [
    'An NHS email address, to make it easier to use NHS systems and receive information (MVP Toolkit 3.3).',
    'A laptop and internet access for MVP work (MVP Toolkit 3.3).',
    'An account for setting up video calls, and any other software the role needs (MVP Toolkit 3.3).',
  ],
});
