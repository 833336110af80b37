// Everyday-words search evaluation set, second (2026-12-08): written by an AI helper (Claude) from the toolkit and FAQ text and the list of page addresses only, without looking at the site, its search code or earlier sets.
// Split by the lead before anyone scored it: rows 1, 3, 5, … of the writer's list (every other, from the first) are the tuning part, here; the rest are held out, in everyday2.ts, and never tuned against.
import type { EverydayQuery } from './everyday.ts';

export const SEARCH_EVERYDAY2_TUNING: readonly EverydayQuery[] = [
  {
    query: 'what actually is a maternity voices partnership and who is in it',
    expect: ['/toolkit/introduction/what-is-an-mvp/', '/glossary/#mvp'],
    passage: 'An MVP is a partnership that works to review and contribute to the development of maternity services within a local area.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'is this guide rules we have to follow or just suggestions',
    expect: ['/toolkit/introduction/how-to-use-this-toolkit/'],
    passage: 'In all other cases, the content of this Toolkit is not prescriptive.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'poorer areas maternal deaths',
    expect: ['/toolkit/introduction/equity/'],
    passage: 'Women who live in the most deprived areas are twice as likely to die compared with those in the least deprived areas.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'is an mnvp the same thing as an mvp or something different',
    expect: ['/toolkit/introduction/terms-used/', '/glossary/#mnvp', '/glossary/#mvp'],
    passage: 'the term Maternity Voices Partnerships (MVPs) should be taken to include Maternity and Neonatal Voices Partnerships (MNVPs)',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'one mvp for the whole region or one for each hospital',
    expect: ['/toolkit/setting-up/geographical-footprint/', '/glossary/#footprint'],
    passage: 'In practice this will most likely mean establishing more than one Maternity Voices Partnership around smaller footprints.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'who does the admin and paperwork for the chair',
    expect: ['/toolkit/setting-up/support-function/', '/faq/#infrastructure-and-support'],
    passage: 'This secretariat can provide administrative, financial and project management support.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'we cover a huge rural county and travel costs a fortune',
    expect: ['/toolkit/setting-up/budget/', '/faq/#how-much-funding'],
    passage: 'The geographic area covered - large rural areas may need more to enable travel.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'will getting paid for this mess up my universal credit',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage:
      'Make clear to people who are interested in the chair role what the payment arrangements are, advise them of the need to consider tax and benefit effects and support them to consider the implications in their personal circumstances.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'self employd invoiceing for mvp work',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage: 'Service user officers register as self-employed and invoice monthly or quarterly.',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'can student midwives and support workers come to the meetings',
    expect: ['/toolkit/setting-up/inviting-members/'],
    passage:
      'The participation of, for example, support workers, students, admin staff or junior midwives can help to increase the diversity of the membership, reduce any sense of hierarchy, and lead to richer conversations.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: "i'm a doula could i help out",
    expect: ['/toolkit/setting-up/inviting-members/'],
    passage:
      'Birth workers such as doulas, antenatal or postnatal leaders, or breastfeeding supporters are generally service users who have gone on to develop more service knowledge and advocate experience.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'does the chair need a dbs chek',
    expect: ['/toolkit/setting-up/appointing-leadership-team/', '/toolkit/consolidating/governance/', '/glossary/#dbs'],
    passage: 'Have an up to date Disclosure and Barring Service (DBS) check.',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'what do we do at the very first meeting',
    expect: ['/toolkit/getting-established/first-meeting/'],
    passage: 'create an opportunity for your members to get to know each other',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'welcome pack new members',
    expect: ['/toolkit/getting-established/introductory-information/', '/templates/welcome-information/'],
    passage: 'Consider circulating some introductory information that will enable people to prepare.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'nolan principals public life',
    expect: ['/toolkit/getting-established/introductory-information/', '/glossary/#nolan-principles'],
    passage: '(known as the “Nolan Principles”), which all MVP members should be guided by',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'can i get a laptop 4 mvp work',
    expect: ['/toolkit/getting-established/it-support/', '/faq/#infrastructure-and-support'],
    passage: 'You may choose to provide equipment such as laptops and access to wifi that the team will need to do their work.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'zoom account for chair',
    expect: ['/toolkit/getting-established/it-support/'],
    passage:
      'The service user leadership team may also need access to an account for setting up video calls and possibly other software depending on their role description.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'onboarding a new chair',
    expect: ['/toolkit/getting-established/induction/'],
    passage:
      'Introduce them to key contacts in the MVP support team, the maternity commissioner and provider organisations, the Local Maternity System and any other statutory partners.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'whatsapp group for black and asian chairs',
    expect: ['/toolkit/getting-established/lms-regional-national-connections/', '/glossary/#nova-network'],
    passage: 'Any black, Asian or ethnic minority MVP chairs or service user reps can join the Nova Network.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'coproduction training for staff',
    expect: ['/toolkit/getting-established/training-and-mentoring/'],
    passage:
      'Staff members may benefit from training in partnership working, coproduction and acting on feedback, especially if this is a new way of working for them.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'should the trust comms team run the mvp facebook page',
    expect: ['/toolkit/getting-established/social-media/', '/faq/#third-party-hosting', '/templates/social-media-guidelines/'],
    passage:
      'It is generally the service user leadership team (e.g. Chair and Vice-chair) who create and manage the social media accounts for the Maternity Voices Partnership (MVP), so that these are clearly separate from the accounts of the partner organisations.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'do we need insta n a website',
    expect: ['/toolkit/getting-established/social-media/'],
    passage: 'If you have capacity and the necessary skills, you may also decide to create a web site for your MVP.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'we have hardly any members or money yet, where do we start',
    expect: ['/toolkit/getting-established/initial-workplan/'],
    passage:
      'It will take time to get your MVP up to full strength, so it may help to start small and be realistic about what you can do with the resources and knowledge you currently have.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'can i bring my baby to the meeting, is there childcare',
    expect: ['/toolkit/getting-established/meetings/'],
    passage:
      'If your meetings are held face-to-face, holding them in a venue where you can arrange a creche will make your meetings more accessible for some parents of young children.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'who writes up the notes from the meeting',
    expect: ['/toolkit/getting-established/meetings/', '/templates/meeting-minutes/'],
    passage: 'Minutes may be taken by another service user member if they are remunerated for this or alternatively by a member of the MVP support team.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'someone to talk through my birth with',
    expect: ['/toolkit/getting-established/handling-enquiries/'],
    passage: 'any support services available to local women, birthing people and families, such as a listening clinic or Professional Midwifery Advocate',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'can staff on the mvp take our views to meetings we cant get to',
    expect: ['/toolkit/getting-established/representation-at-meetings/'],
    passage:
      'Remember that staff members of the MVP can also be a conduit for information to and from other meetings, especially if they have taken soundings from the MVP prior to any meeting.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'how do we decide what to work on first',
    expect: ['/toolkit/getting-established/identifying-priority-issues/'],
    passage:
      "MVPs look at a range of data sources in order to build a picture of what's working well and where there could be scope for improving local services.",
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'maternity dashbord at meetings',
    expect: [
      '/toolkit/getting-established/identifying-priority-issues/',
      '/toolkit/consolidating/reviewing-services/',
      '/toolkit/getting-established/meetings/',
      '/glossary/#maternity-dashboard',
    ],
    passage: "Arranging for your provider's maternity dashboard to be made available at MVP meetings.",
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'does anything actually change after i give feedback',
    expect: ['/toolkit/getting-established/building-trust/', '/templates/we-said-we-did/'],
    passage:
      'Sharing this news with your MVP members and perhaps through your social media channels will help people to see that feedback is having a positive impact.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'chair going on mat leave who covers',
    expect: ['/toolkit/consolidating/strengthening-your-team/'],
    passage: 'You may also want to plan for the possibility of a member of your service user leadership team going on maternity leave.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'members unhappy with how the chair behaves',
    expect: ['/toolkit/consolidating/strengthening-your-team/'],
    passage:
      'occasionally one or more members of an MVP may express concerns about the conduct or capability of the MVP chair or a member of the service user leadership team.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'is there a parents only bit before the big meeting',
    expect: ['/toolkit/consolidating/meeting-format/'],
    passage:
      'Some MVPs find it helpful to have separate meetings for service user members, either in between the main MVP meetings, or as a workshop immediately prior to the main MVP meeting.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'who has to sign off the yearly plan',
    expect: ['/toolkit/consolidating/annual-workplan/', '/glossary/#workplan'],
    passage:
      'It will need to be agreed by the Maternity Voices Partnership and ratified by the Local Maternity System, commissioner(s) and/or provider(s) so that there is a shared understanding of what the Maternity Voices Partnership will deliver.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'the plan asks for way more than the money covers',
    expect: ['/toolkit/consolidating/annual-workplan/', '/toolkit/consolidating/budget/'],
    passage: 'There will need to be a process for ensuring that the budget and the workplan are aligned so that the agreed outcomes are achievable.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'chatting to mums on the ward about their care',
    expect: ['/toolkit/consolidating/feedback/', '/glossary/#walk-the-patch', '/templates/feedback-visit-record/'],
    passage:
      'This is where MVP service user members speak to current service users on a maternity ward or in a community setting to gather their direct feedback.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'feedback demographics gaps',
    expect: ['/toolkit/consolidating/feedback/'],
    passage:
      'As well as seeking out specific voices, it may be helpful to gather demographic data on people who give feedback, so that you know who you’re hearing from and can identify any gaps.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'what does co production actually mean',
    expect: ['/toolkit/consolidating/coproduction/', '/glossary/#coproduction'],
    passage:
      'Co-production is a way of working that involves people who use health and care services, carers and communities in equal partnership; and which engages groups of people at the earliest stages of service design, development and evaluation.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'coprodution evidence for cnst',
    expect: ['/toolkit/consolidating/coproduction/', '/safety-action-7/'],
    passage: 'evidence of service developments resulting from coproduction between service users and staff.',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'different parents cover different meetings, how do we pay them',
    expect: ['/toolkit/consolidating/representation/'],
    passage: 'In this case, it may be necessary to arrange a process for ad hoc payments to service users.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'presenting to trust board',
    expect: ['/toolkit/consolidating/strategic-decision-making/'],
    passage: 'Insight from MVP feedback gathering and review of services may be presented at provider and LMS boards to inform strategic decision-making.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'my birth plan forms were confusing can the mvp get them changed',
    expect: ['/toolkit/consolidating/choice-and-personalisation/', '/glossary/#pcsp'],
    passage:
      'LMSs should work with MVPs from the outset in co-producing the PCSP (Personalised Care and Support Planning) process and paperwork, to ensure it will meet women’s needs.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'how do we show our mvp matches the ethnic mix of local mums',
    expect: ['/toolkit/consolidating/equity/'],
    passage: 'ensure the MVPs in your LMS reflect the ethnic diversity of the local population',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'my baby was in special care, who do i give feedback to',
    expect: ['/toolkit/consolidating/neonatal/', '/faq/#neonatal-funding', '/toolkit/pioneering/neonatal-voices/'],
    passage:
      'MVPs may work closely with neonatal Parent Advisory Groups which operate on a wider geographical area corresponding to the NHS neonatal Operational Delivery Networks.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'mvp and postnatal depression support',
    expect: ['/toolkit/consolidating/perinatal-mental-health/', '/toolkit/consolidating/coproduction/'],
    passage: 'Work with LMSs and local teams to ensure staff are aware of and working in partnership with specialist perinatal mental health services',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'we have 6 mvps, do all the chairs come to the board',
    expect: ['/toolkit/consolidating/working-with-the-lms/'],
    passage:
      'In some LMSs, all the local MVP chairs attend LMS board meetings. In other areas, one or two MVP chairs attend the meetings to represent the group of MVP chairs.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'ockendon report family voices',
    expect: ['/toolkit/consolidating/working-with-the-lms/', '/glossary/#ockenden'],
    passage: 'We consider it imperative that family voices are strongly and effectively represented in each LMS through the Maternity Voices Partnerships.',
    who: 'commissioner',
    kind: 'misspelling',
  },
  {
    query: 'i want to go to a national event will i get paid for my time',
    expect: ['/toolkit/consolidating/national-involvement/'],
    passage:
      "It will be helpful to include some national activity in the MVP's workplan to ensure that the service user leadership team can be remunerated for this.",
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'members keep arguing about saying women or birthing people',
    expect: ['/toolkit/consolidating/communication/'],
    passage: 'There will sometimes be different views amongst MVP members about what language is most respectful or inclusive.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'does the mvp have to publish a yearly report',
    expect: ['/toolkit/consolidating/governance/', '/templates/annual-report/'],
    passage: 'The chair should produce an annual report which is submitted to the board and published.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'will my story b kept private',
    expect: ['/toolkit/consolidating/governance/'],
    passage:
      'It may be helpful to agree a confidentiality policy and to ensure that all members, staff and volunteers are aware of how this is relevant to their role.',
    who: 'service-user',
    kind: 'text-speak',
  },
  {
    query: 'we made our own leaflet can the trust use it',
    expect: ['/toolkit/pioneering/helping-to-do-the-work/'],
    passage:
      "YES it was designed by service user reps, YES they put it together, but then the trust took it and had it developed professionally and it's looking wonderful.",
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'shud we help with reserch projects',
    expect: ['/toolkit/pioneering/supporting-research/'],
    passage:
      "However, if the MVP team has capacity, supporting research may be considered consistent with the MVP's purpose, ethos and values, as an extension of the involvement of service users at all stages of decision-making in relation to maternity services.",
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'particpatory apprasial',
    expect: ['/toolkit/pioneering/diversity-champions/'],
    passage: 'An example of this way of working is participatory appraisal',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'what about dads, can partners get involved',
    expect: ['/toolkit/pioneering/particular-community-groups/'],
    passage: 'Involving Dads and Partners in the work of MVPs',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'baby loss awareness week',
    expect: ['/toolkit/pioneering/particular-community-groups/'],
    passage: 'Providers will often be focusing on these events so can help link the MVP to useful content.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'why did nhs england bring out the mnvp guidance',
    expect: ['/faq/#why-this-guidance'],
    passage: 'This guidance has been coproduced to give clear and concise advice to ICBs about enabling effective MNVPs.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'who actually wrote the mnvp guidance',
    expect: ['/faq/#how-the-guidance-was-developed'],
    passage:
      'The group included MNVP leads, service user voice representatives, NHS commissioners, NHS providers, LMNS representatives, national maternity voices and NHS England maternity and neonatal programme representatives.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'icb need help w mnvp guidance who 2 contact',
    expect: ['/faq/#advice-and-support'],
    passage:
      'If you are from an ICB and need advice and support with implementing this guidance, please contact your regional NHS England maternity and neonatal team whose role it is to support you.',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'our mvp isnt doing what the guidance says it should',
    expect: ['/faq/#mnvp-not-working'],
    passage:
      'If your MNVP is not working in the way the guidance sets out then the LMNS, which is the maternity and neonatal arm of the ICB should be informed.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'legal duty to involve the public',
    expect: ['/faq/#mnvp-not-working', '/faq/#employing-mnvp-leads'],
    passage:
      'ICBs and trusts have a statutory duty to involve people and communities in the planning of services, proposals and decisions having an impact on services.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'which pot of money pays for mnvps',
    expect: ['/faq/#funding-streams'],
    passage: 'A portion of this funding is intended to be used to fund LMNS level service user involvement and engagement.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'shouldnt spec comm pay 4 neonatal voices',
    expect: ['/faq/#neonatal-funding', '/glossary/#specialised-commissioning'],
    passage: 'Specialised commissioning funds neonatal critical care services in line with the published service specification.',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'we are cutting staff numbers, how can we take on an mnvp lead',
    expect: ['/faq/#employing-mnvp-leads'],
    passage: 'If that is not possible, you can explore other options such as externally commissioning a third-party host.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'who speaks up for parents on the lmns board',
    expect: ['/faq/#mnvp-lead-vs-lmns-lead', '/toolkit/consolidating/working-with-the-lms/'],
    passage: 'The LMNS service user lead should also represent service user voice on the LMNS board.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'can i just volunteer, i dont want a paid job',
    expect: ['/faq/#volunteer-to-employed', '/faq/#workplan-activities'],
    passage: 'Some MNVPs may have other roles suitable for a volunteer position.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'wat band r mnvp leads',
    expect: ['/faq/#band-and-hours', '/glossary/#band-8a'],
    passage:
      'This will be for local determination and should be in line with the requirements of the role in enabling the MNVP lead to be an equal and respected member of the senior leadership team.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'we wont have it all in place within a year for the incentive scheme',
    expect: ['/faq/#mis-cnst-sa7-evidence', '/safety-action-7/'],
    passage:
      'Therefore, it is recognised that it may not be possible to demonstrate progress to enable full implementation of the MNVP Guidance within 12 months.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'healthwatch hosting contract',
    expect: ['/faq/#third-party-hosting', '/glossary/#healthwatch'],
    passage: 'Some LMNSs have established hosting arrangements for their MNVPs via a local third-party organisation, such as Healthwatch.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'can our mvp use the nhs logo on our page',
    expect: ['/faq/#third-party-hosting', '/toolkit/getting-established/social-media/'],
    passage: 'MNVP branding should be independent of NHS branding and MNVPs should have control over their social media.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'lost my baby does the mvp want to hear from me',
    expect: ['/faq/#why-mnvp-with-other-feedback'],
    passage: 'They ensure all groups are heard, including bereaved families.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'why is it run by a parent and not a midwife',
    expect: ['/faq/#why-mnvp-with-other-feedback'],
    passage:
      'MNVPs are led by a service user lead rather than a health professional, which adds to their accessibility for families who have used maternity and neonatal services.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'which nhs meetings should i be going to as lead',
    expect: ['/faq/#meetings-to-attend', '/toolkit/getting-established/representation-at-meetings/', '/toolkit/consolidating/representation/'],
    passage: 'MNVP leads should consider attending the following meetings:',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'do parents get any say when they review baby deaths',
    expect: ['/faq/#meetings-to-attend', '/faq/#workplan-activities', '/glossary/#pmrt'],
    passage: 'Perinatal mortality review tool (PMRT) meetings.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'recruiting volunteer parent reps',
    expect: ['/faq/#workplan-activities'],
    passage: 'Recruitment of volunteer service user voice representatives.',
    who: 'chair',
    kind: 'keyword',
  },
];
