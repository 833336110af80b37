import { roleDescription, BAND_8A, CHILDCARE_EXPENSES, FAQ, NOLAN, TOOLKIT } from '../role-description.ts';

export default roleDescription({
  slug: 'lmns-service-user-voice-lead-role-description',
  title: 'LMNS service user voice lead role description',
  summary: 'A role description for the person who coordinates coproduction and service user involvement across a Local Maternity and Neonatal System (LMNS).',
  audience: 'Integrated care boards (ICBs) and LMNS teams recruiting a service user voice lead.',
  serves: ['2.5', '2.7', '3.2', '3.3', '3.4', '3.5', '3.6', '3.12', '4.7', '4.15'],
  sources: [`${FAQ}: questions 6, 9, 11 and 13`, `${TOOLKIT}: 2.5, 3.3–3.6, 3.12, 4.7, 4.15`],
  roleTitle: 'LMNS service user voice lead',
  purpose:
    'The LMNS service user voice lead coordinates coproduction and service user involvement across the Local Maternity and Neonatal System, which often spans more than one MNVP, and represents service user voice on the LMNS board (NHS England MNVP FAQ for ICBs, question 9).\n\nIn larger systems the lead may also coordinate and support the MNVPs in the system.',
  accountableTo: 'Employed by the integrated care board (ICB) or a host organisation, and accountable to the LMNS programme lead or another named manager.',
  worksWith:
    'The MNVP leads in the system, with whom there should be close working and communication (FAQ question 9), the LMNS board and workstream leads, and the NHS England regional service user voice representative.',
  responsibilities: [
    'Represent service user voice on the LMNS board.',
    'Coordinate coproduction and involvement in LMNS work, making asking service users’ views through the MNVPs the first step in any project (MVP Toolkit 4.15).',
    'Keep all MNVP leads up to date with LMNS work, and make sure they know how to raise issues at LMNS level (MVP Toolkit 4.15).',
    'Coordinate MNVP input to the LMNS and help MNVPs work together on shared issues.',
    'Make sure the needs of families who need neonatal care run through LMNS workplans, working with neonatal parent advisory groups (FAQ question 7).',
    'Help make sure funding for MNVPs matches the work expected of them, and that paying service users and their expenses is simple (MVP Toolkit 4.15).',
  ],
  timeBreakdown: ['LMNS board and workstream meetings', 'Coordinating and supporting MNVPs', 'Coproduction projects across the system', 'Regional networking'],
  payBasis: 'salary',
  salaryFrom: BAND_8A.from,
  salaryTo: BAND_8A.to,
  paymentMechanism: 'employer',
  paymentArrangements:
    'A salaried post, paid monthly through the employer’s payroll. Part of each LMNS’s capacity and capability funding is intended for LMNS-level service user involvement (FAQ question 6).',
  expenses: CHILDCARE_EXPENSES,
  essential: [
    'Lived experience of maternity or neonatal services as a service user.',
    'Experience of coproduction and of working with people and communities.',
    'The ability to represent service users at a senior, strategic level.',
    'The ability to build good working relationships across several organisations and MNVPs.',
  ],
  desirable: ['Experience as an MVP or MNVP chair or lead.', 'Knowledge of how integrated care boards and local maternity and neonatal systems work.'],
  dbs: 'The post needs a Disclosure and Barring Service (DBS) check, arranged by the employer before the post holder starts.',
  conflicts: `The lead declares any interest that could affect, or look as if it affects, their work, including any role in a local MNVP, following the employer’s policy. ${NOLAN}`,
  support: [
    'Line management from a named manager in the LMNS.',
    'Administrative support for LMNS-level involvement work.',
    'Networking with other LMNS leads through the NHS England regional team (MVP Toolkit 3.5).',
  ],
  training: [
    'An induction and a personal development plan (MVP Toolkit 3.4 and 3.6).',
    'NHS England training on working with people and communities (MVP Toolkit 3.6).',
  ],
  it: ['An NHS email address and access to the systems the role needs (MVP Toolkit 3.3).', 'A laptop and internet access.'],
});
