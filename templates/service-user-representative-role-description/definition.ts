import { roleDescription, CHILDCARE_EXPENSES, FAQ, INVOLVEMENT_RATE_SOURCE, NOLAN, TOOLKIT } from '../role-description.ts';

export default roleDescription({
  slug: 'service-user-representative-role-description',
  title: 'Service user representative role description',
  summary:
    'A role description for volunteer service user representatives who share their experience and represent other families at MVP meetings and elsewhere.',
  audience: 'MVP chairs and leadership teams recruiting volunteer representatives.',
  serves: ['2.5', '3.2', '3.6', '3.10', '3.12', '4.7'],
  sources: [`${TOOLKIT}: 2.5, 3.2, 3.6, 3.10, 3.12, 4.7`, `${FAQ}: questions 10 and 17`],
  roleTitle: 'Service user representative (volunteer)',
  purpose:
    'Service user representatives bring the experiences of local families to the Maternity Voices Partnership (MVP), so that what women, birthing people and families say shapes local maternity and neonatal care.\n\nRepresentatives may also represent the MVP at meetings such as the labour ward forum, guidelines meetings, the patient experience committee and staff interview panels (MVP Toolkit 4.7).',
  accountableTo: 'The MVP chair, who agrees with each representative what they will do.',
  worksWith: 'Other service user members, the MVP leadership team, and staff at the meetings they attend.',
  responsibilities: [
    'Come to MVP meetings when possible and share what local families are saying.',
    'Help gather feedback from families in the community, especially those who are seldom heard.',
    'Represent service users at agreed meetings and report back to the MVP.',
    'Help with agreed projects, such as reviewing leaflets or taking part in 15 Steps for Maternity or Walk the Patch visits.',
    'Keep what is learned about individual people confidential.',
  ],
  timeBreakdown: ['MVP meetings', 'Representing service users at other meetings', 'Agreed projects'],
  payBasis: 'expensesOnly',
  paymentMechanism: 'supportOrganisation',
  paymentArrangements: `Representative roles may attract ad hoc involvement payments; the NHS England and Improvement policy on remuneration and expenses for public voice partners helps decide which (MVP Toolkit 4.7). ${INVOLVEMENT_RATE_SOURCE}`,
  expenses: CHILDCARE_EXPENSES,
  essential: [
    'Experience of local maternity or neonatal services as a service user.',
    'Willingness to listen to other families and represent views other than your own.',
    'Respect for confidentiality.',
  ],
  desirable: ['Links with local community groups.', 'Confidence to speak in meetings, or willingness to build it with support.'],
  dbs: 'Most representatives do not need a Disclosure and Barring Service (DBS) check. The MVP agrees which roles need one, and the volunteer services team arranges it (MVP Toolkit 4.19).',
  conflicts: `Representatives tell the chair about any interest that could affect, or look as if it affects, their work for the MVP. ${NOLAN}`,
  support: [
    'Introductory information about the MVP and local maternity services, and the offer of a tour of the maternity unit (MVP Toolkit 3.2).',
    'A named contact in the MVP leadership team.',
    'A briefing before, and a chance to talk afterwards, for any meeting they attend as a representative.',
  ],
  training: [
    'The National Maternity Voices service user representative information pack (MVP Toolkit 3.2).',
    'National Maternity Voices multidisciplinary training for MVP members (MVP Toolkit 3.6).',
  ],
  it: ['Help to join online meetings, including a loan device if needed.'],
});
