import { roleDescription, BAND_8A, CHILDCARE_EXPENSES, FAQ, NOLAN, TOOLKIT } from '../role-description.ts';

export default roleDescription({
  slug: 'mnvp-lead-role-description',
  title: 'MNVP Lead role description',
  summary:
    'A role description for the employed service user lead of a Maternity and Neonatal Voices Partnership (MNVP), as NHS England’s FAQ for ICBs describes the role.',
  audience: 'Integrated care boards (ICBs), LMNS teams and host organisations employing an MNVP Lead.',
  serves: ['2.5', '2.7', '3.2', '3.3', '3.4', '3.5', '3.6', '3.10', '3.11', '3.12', '4.7', '4.15'],
  sources: [`${FAQ}: questions 8–11, 16 and 17`, `${TOOLKIT}: 2.5, 2.7, 3.3–3.6, 3.12, 4.7, 4.15`],
  roleTitle: 'MNVP Lead',
  purpose:
    'The MNVP Lead leads the Maternity and Neonatal Voices Partnership’s programme of work. This includes involvement in the trust’s quality and safety surveillance and governance, gathering and reporting what families say, and coproducing policies and guidelines with the trust (NHS England MNVP FAQ for ICBs, question 9).\n\nThe lead is an equal and respected member of the senior leadership team, with the autonomy to act as a critical friend (FAQ questions 11 and 13).',
  accountableTo:
    'Employed by the integrated care board (ICB) or the organisation that hosts the MNVP, with a named line manager. The MNVP’s priorities are set by the MNVP itself and agreed with the ICB (FAQ question 13).',
  worksWith:
    'The trust’s senior maternity and neonatal leaders (the quadrumvirate), the LMNS service user voice lead, the neonatal parent advisory group, safety champions, voluntary and community organisations, and MNVP members.',
  responsibilities: [
    'Lead the MNVP workplan, tailored to local needs and priorities (FAQ question 17).',
    'Reach out regularly to the community, and analyse and report on feedback from service users.',
    'Meet regularly with the trust’s senior leadership team (the quadrumvirate).',
    'Take part in maternity and neonatal governance meetings, perinatal mortality review tool (PMRT) meetings, the perinatal quality, safety and surveillance group, safety champions meetings, guidelines committees, the maternity forum and audit meetings (FAQ question 16).',
    'Be actively involved in the trust’s perinatal quality surveillance model, raising concerns, including about the MNVP’s own resources, where needed (FAQ questions 4 and 17).',
    'Support coproduction to improve the maternity and neonatal pathway, and take part in local policy discussions and decisions.',
    'Recruit and support volunteer service user voice representatives.',
    'Build relationships with local voluntary and community organisations that represent seldom-heard groups, and link with the neonatal parent advisory group.',
    'Sit on interview panels for senior staff and take part in serious incident reviews where agreed.',
  ],
  timeBreakdown: [
    'Outreach and analysing feedback',
    'Trust governance, safety and quality meetings',
    'Meetings with the trust senior leadership team',
    'Coproduction projects',
    'Recruiting and supporting volunteers',
  ],
  payBasis: 'salary',
  salaryFrom: BAND_8A.from,
  salaryTo: BAND_8A.to,
  paymentMechanism: 'employer',
  paymentArrangements:
    'A salaried post, paid monthly through the employer’s payroll. The band and hours are decided locally in line with the requirements of the role and the agreed MNVP programme of work (FAQ question 11).',
  expenses: `${CHILDCARE_EXPENSES} The MNVP Lead also has access to the MNVP’s budget to deliver the programme of work (FAQ question 13).`,
  essential: [
    'Lived experience of maternity or neonatal services as a service user.',
    'Experience of leading work with people and communities, including those who are seldom heard.',
    'The ability to influence at a senior level and act as a critical friend.',
    'The ability to analyse feedback and present it clearly to different audiences.',
    'A good understanding of coproduction.',
  ],
  desirable: [
    'Knowledge of NHS maternity and neonatal services, quality surveillance and governance.',
    'Experience of managing a budget or a programme of work.',
    'Experience of recruiting and supporting volunteers.',
  ],
  dbs: 'The post needs a Disclosure and Barring Service (DBS) check, arranged by the employer before the post holder starts.',
  conflicts: `The MNVP Lead declares any interest that could affect, or look as if it affects, their work, including other paid work, following the employer’s policy. ${NOLAN}`,
  support: [
    'Operational and logistical support, such as administration and communications, from the ICB or host organisation (FAQ question 15).',
    'Regular line management and supervision.',
    'Introductions to the NHS England regional service user voice representative and to other MNVP leads in the region (MVP Toolkit 3.5).',
  ],
  training: [
    'An induction and a personal development plan (MVP Toolkit 3.4 and 3.6).',
    'Training for MNVP members from National Maternity Voices, and NHS England training for Patient and Public Voice Partners (MVP Toolkit 3.6).',
  ],
  it: [
    'An NHS email address and access to the NHS systems the role needs (MVP Toolkit 3.3).',
    'A laptop, phone and internet access.',
    'Control of the MNVP’s own social media accounts, with branding independent of the NHS (FAQ question 13).',
  ],
});
