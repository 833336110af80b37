// Everyday-words search evaluation set: written by an AI helper (Claude) from toolkit.txt and faq.txt only, without looking at the site or its search code, date 2026-12-07.
// Split by the lead on 2026-12-07, before anyone scored it: rows 2, 5, 8, … of the writer’s list (every third, from the second) are the tuning part, in search-everyday-tuning.ts; the rest, here, are held out and never tuned against.
export interface EverydayQuery {
  query: string;
  /** Any of these addresses answers the query. */
  expect: readonly string[];
  /** Words copied from the toolkit or FAQ text that answer it. */
  passage: string;
  who: 'chair' | 'service-user' | 'staff' | 'commissioner';
  kind: 'lay-word' | 'situation' | 'misspelling' | 'text-speak' | 'question' | 'keyword';
}

export const SEARCH_EVERYDAY: readonly EverydayQuery[] = [
  {
    query: 'will i lose my benefits if i get paid as chair',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage:
      'Make clear to people who are interested in the chair role what the payment arrangements are, advise them of the need to consider tax and benefit effects and support them to consider the implications in their personal circumstances.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'payroll or self employed invoice for chair',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage: 'Can take months to register as a supplier, leading to a large payment in arrears which may impact benefits.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'can i claim for a babysitter when i go to meetings',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/', '/templates/expenses-confirmation/', '/templates/expenses-claim/'],
    passage:
      'Written confirmation from the service user chair that they and other service user members of the MVP committee are able to claim out of pocket expenses, including childcare costs in a timely way.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'chair job description example',
    expect: ['/templates/chair-role-description/', '/toolkit/setting-up/appointing-leadership-team/'],
    passage: 'Some example role descriptions for chairs/co-chairs and vice-chairs are available on the National Maternity Voices web site.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'how do we choose a new chair for our group?',
    expect: ['/toolkit/setting-up/appointing-leadership-team/', '/toolkit/consolidating/strengthening-your-team/'],
    passage:
      'It is likely that the MVP will nominate a small group to interview and select candidates for the chair role. This smaller group would then make the appointment subject to ratification by the whole MVP.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'im pregnant again and going on maternity leave who covers my chair work',
    expect: ['/toolkit/consolidating/strengthening-your-team/'],
    passage:
      'While some MVP chairs or other service user members may be keen to resume their MVP chair work quite quickly after having a baby, even then it would make sense for another service user member to take on some additional hours during this time.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'handing over to the next chair when i step down',
    expect: ['/toolkit/consolidating/strengthening-your-team/'],
    passage:
      'If you can plan, and resource, the handover so that there is a period of overlap between your existing and new chair, this will help to ensure the work programme can proceed smoothly.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'do chairs get a laptop n wifi',
    expect: ['/toolkit/getting-established/it-support/'],
    passage: 'You may choose to provide equipment such as laptops and access to wifi that the team will need to do their work.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'can the chair have an nhs email address',
    expect: ['/toolkit/getting-established/it-support/'],
    passage:
      'Some Maternity Voices Partnership service user leadership teams have been given NHS email addresses, which has made it easier to access some NHS systems and for NHS colleagues to share information with them.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'new chair wot do i do first',
    expect: ['/toolkit/getting-established/induction/'],
    passage: 'In the first few months your chair and service user leadership team will need support to get started in their roles.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'who should I be introduced to when I start as chair?',
    expect: ['/toolkit/getting-established/induction/'],
    passage:
      'Introduce them to key contacts in the MVP support team, the maternity commissioner and provider organisations, the Local Maternity System and any other statutory partners.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'facebook group other chairs',
    expect: ['/toolkit/getting-established/lms-regional-national-connections/', '/toolkit/consolidating/national-involvement/'],
    passage: 'NMV runs the following Facebook Groups to enable MVP members to network and share ideas:',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'how do we get our group on the national map',
    expect: ['/toolkit/getting-established/lms-regional-national-connections/'],
    passage: 'If you include contact details for your MVP chair then NMV will make contact with them and let them know about support and resources available.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'who is my contact at regional level as an mvp chair?',
    expect: [
      '/toolkit/getting-established/lms-regional-national-connections/',
      '/toolkit/consolidating/regional-involvement/',
      '/glossary/#regional-service-user-voice-rep',
    ],
    passage: "Your MVP Chair's main contact at regional level is the NHS England and Improvement (NHSEI) regional service user voice rep.",
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'courses for new chairs',
    expect: ['/toolkit/getting-established/training-and-mentoring/'],
    passage:
      'The staff member(s) supporting your service user leadership team (e.g. Chair and Vice-chair) can work with the members of the service user leadership team to develop personal development plans in order to identify any training needs.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'socialmedia guidlines for mvp',
    expect: ['/templates/social-media-guidelines/', '/toolkit/getting-established/social-media/'],
    passage:
      'Platforms such as Facebook, Instagram and Twitter can help you to communicate with many parents in your community and to give them a way of getting in contact with you.',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'what to cover at our very first meeting',
    expect: ['/toolkit/getting-established/first-meeting/', '/templates/meeting-agenda/'],
    passage: 'Once you have identified at least your core membership, you can arrange your first meeting. At this meeting, you may want to:',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'how often shud we meet',
    expect: ['/toolkit/getting-established/meetings/'],
    passage: 'Full MVP meetings are generally held at least 4 times a year. Some MVPs choose to have bi-monthly meetings (6 a year).',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'ice breaker ideas meeting',
    expect: ['/toolkit/getting-established/meetings/'],
    passage:
      'A gentle ice breaker (e.g. “tell us your name, your role, and something you’re looking forward to this weekend”) can help to get everyone contributing and communicating directly as human beings.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'should our meetings be on zoom or face to face?',
    expect: ['/toolkit/getting-established/meetings/'],
    passage:
      'During the pandemic, MVPs have held meetings online and it may be that some MVP meetings will continue to be held online in normal times where it seems more accessible for the membership.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'a mum messaged our page wanting to complain about the hospital',
    expect: ['/toolkit/getting-established/handling-enquiries/', '/glossary/#pals'],
    passage:
      'For example, if someone wishes to make a complaint about the maternity service, they could be signposted to a link person in the service or to the Patient Advice and Liaison Service (PALS).',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'a journalist wants to talk to our mvp',
    expect: ['/toolkit/getting-established/handling-enquiries/'],
    passage: 'external organisations (businesses, charities, media, etc) who would like to engage with the MVP.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'invited to loads of hospital meetings which ones should i go to',
    expect: ['/toolkit/getting-established/representation-at-meetings/', '/faq/#meetings-to-attend'],
    passage:
      'For example, to begin with the service user leadership team might prioritise attending labour ward forum and Local Maternity System board meetings.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'easy first projects for a new group',
    expect: ['/toolkit/getting-established/initial-workplan/'],
    passage: 'Organising a focus group on a particular issue that your service user reps are concerned about',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'the midwives dont trust us yet',
    expect: ['/toolkit/getting-established/building-trust/'],
    passage:
      'This may be a new way of working for both staff and service users on your Maternity Voices Partnership (MVP) and it may be helpful to think about how you can build trust early on.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'what do i put in the yearly report',
    expect: ['/toolkit/consolidating/governance/', '/templates/annual-report/'],
    passage:
      'This could cover how it has achieved its objectives (and in particular how it has influenced changes to services) and what the priorities for the coming year will be.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'keeping parents contact details safe data protection',
    expect: ['/toolkit/consolidating/governance/', '/glossary/#gdpr'],
    passage: 'The MVP needs to ensure it handles all personal data legally and sensitively.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'budget not agreed yet so i dont know my hours for next year',
    expect: ['/toolkit/consolidating/budget/'],
    passage:
      "It is vital that the MVP's budget is agreed well in advance of the start of the financial year, so that members of the service user leadership team (e.g. Chair and Vice-chair) have clarity about what they can expect in terms of working hours and payment.",
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'im doing loads of unpaid hours as chair is that normal',
    expect: ['/toolkit/consolidating/budget/', '/faq/#volunteer-to-employed'],
    passage:
      'It is not appropriate for the chair or other MVP service user officers to be expected to do significant amounts of voluntary work as part of their role.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'vote in national maternity voices',
    expect: ['/toolkit/pioneering/next-steps-for-leadership-team/', '/glossary/#nmv'],
    passage:
      'All independent lay Maternity Voices Partnership (MVP) Chairs are eligible to become members of the National Maternity Voices (NMV) Community Interest Company to have a formal vote in NMV affairs.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'what can i do after being mvp chair',
    expect: ['/toolkit/pioneering/next-steps-for-leadership-team/'],
    passage: 'Some may choose to take up regional or national Service User Voice roles with NHS England and Improvement or other public sector bodies.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'yearly planning away day',
    expect: ['/toolkit/consolidating/annual-workplan/', '/toolkit/setting-up/budget/'],
    passage: 'It can be helpful to hold an Annual Development Day, perhaps with an external facilitator, to:',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'vicechair role discription',
    expect: ['/templates/vice-chair-role-description/', '/toolkit/setting-up/appointing-leadership-team/'],
    passage: 'Some example role descriptions for chairs/co-chairs and vice-chairs are available on the National Maternity Voices web site.',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'email 4 national team cant find who 2 contact',
    expect: ['/faq/#advice-and-support'],
    passage:
      'If you are having trouble locating the right person to contact locally, you can contact the national team via the maternity and neonatal service user voice mailbox: service.uservoice@nhs.net.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'how much r mvp chairs paid',
    expect: ['/toolkit/setting-up/budget/', '/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage: 'It is best practice for the chair to be remunerated to reflect the skills, experience and time commitment required for the role.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'shud i go to lms board or send vice chair',
    expect: ['/toolkit/consolidating/working-with-the-lms/'],
    passage:
      'Some MVP chairs may delegate responsibility for attending LMS meetings to their vice-chair or another member of the service user leadership team.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'guide to the toolkit sections',
    expect: ['/toolkit/introduction/how-to-use-this-toolkit/'],
    passage: "The Toolkit is structured according to the MVP's stage of development:",
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'what is an mvp',
    expect: ['/toolkit/introduction/what-is-an-mvp/', '/glossary/#mvp'],
    passage: 'An MVP is a partnership that works to review and contribute to the development of maternity services within a local area.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'maternty voices partnership',
    expect: ['/toolkit/introduction/what-is-an-mvp/', '/glossary/#mvp'],
    passage:
      'It brings together the staff who pay for (commission) and provide maternity services with the women, birthing people and families who use those services.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'do i have to work for the nhs to join',
    expect: ['/toolkit/introduction/what-is-an-mvp/'],
    passage:
      'The members work together as equals, recognising that each person brings a different set of experiences, skills and resources that will contribute to the strength of the partnership as a whole.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'pals wots that',
    expect: ['/glossary/#pals', '/toolkit/getting-established/handling-enquiries/'],
    passage:
      'if someone wishes to make a complaint about the maternity service, they could be signposted to a link person in the service or to the Patient Advice and Liaison Service (PALS).',
    who: 'service-user',
    kind: 'text-speak',
  },
  {
    query: 'do parents get paid for helping out',
    expect: ['/toolkit/consolidating/representation/', '/toolkit/setting-up/paying-remuneration-and-expenses/', '/glossary/#remuneration'],
    passage:
      'These representative roles may be shared between service user members of the MVP. In this case, it may be necessary to arrange a process for ad hoc payments to service users.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'r u paid 2 be a rep or is it volunteer',
    expect: ['/faq/#volunteer-to-employed', '/toolkit/consolidating/representation/'],
    passage: 'Some MNVPs may have other roles suitable for a volunteer position.',
    who: 'service-user',
    kind: 'text-speak',
  },
  {
    query: 'expences form',
    expect: ['/templates/expenses-claim/', '/toolkit/getting-established/introductory-information/'],
    passage: 'Expense claim forms for service users',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'child care costs clame',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/', '/templates/expenses-confirmation/', '/templates/expenses-claim/'],
    passage: 'Paying the expenses of the service user members, including childcare costs.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'info pack for new members',
    expect: ['/templates/welcome-information/', '/toolkit/getting-established/introductory-information/'],
    passage: 'Consider circulating some introductory information that will enable people to prepare.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'can i look round the maternity unit',
    expect: ['/toolkit/getting-established/introductory-information/'],
    passage: 'In addition, you may wish to offer service-user members a tour of the maternity unit as this can have multiple benefits:',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'walkthe patch',
    expect: ['/toolkit/consolidating/feedback/', '/glossary/#walk-the-patch', '/templates/feedback-visit-record/'],
    passage:
      'This is where MVP service user members speak to current service users on a maternity ward or in a community setting to gather their direct feedback.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: '15 steps for maternaty',
    expect: ['/toolkit/getting-established/identifying-priority-issues/', '/glossary/#15-steps-for-maternity', '/templates/feedback-visit-record/'],
    passage:
      '15 Steps for Maternity is a toolkit designed especially for use by MVPs which uses an observational approach to understanding what service users experience as they access local maternity care.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'i find online forms hard can i give my views another way',
    expect: ['/toolkit/consolidating/feedback/'],
    passage:
      'This could be conducted through an online form, paper forms and/or interviews in order to maximise opportunities for a wide range of people to respond.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'give feedback online',
    expect: ['/toolkit/getting-established/identifying-priority-issues/', '/toolkit/consolidating/feedback/'],
    passage:
      'gathering feedback from your community. You could start with creating an online feedback form. Many MVPs gather feedback in this way on an ongoing basis.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'you said we did',
    expect: ['/templates/we-said-we-did/', '/toolkit/getting-established/building-trust/', '/toolkit/pioneering/helping-to-do-the-work/'],
    passage:
      'Sharing this news with your MVP members and perhaps through your social media channels will help people to see that feedback is having a positive impact.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'why do they ask my ethnicity on the feedback form',
    expect: ['/toolkit/consolidating/feedback/', '/toolkit/consolidating/equity/'],
    passage:
      'As well as seeking out specific voices, it may be helpful to gather demographic data on people who give feedback, so that you know who you’re hearing from and can identify any gaps.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'english is not my first language can i still join',
    expect: ['/toolkit/introduction/equity/', '/toolkit/setting-up/inviting-members/', '/toolkit/consolidating/communication/'],
    passage:
      'To play their part in reducing inequalities, Maternity Voices Partnerships (MVPs) need to include and listen well to women, birthing people and families from those backgrounds which tend to experience poorer outcomes, including black, Asian and ethnic minority women and women from deprived areas.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'leaflets in other languages',
    expect: ['/toolkit/consolidating/communication/'],
    passage:
      'An established Maternity Voices Partnership (MVP) will be using multiple communication channels in order to ensure that a wide range of women, birthing people and families are able to get involved.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'should we say women or birthing people',
    expect: ['/toolkit/consolidating/communication/'],
    passage: 'There will sometimes be different views amongst MVP members about what language is most respectful or inclusive.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'can dads and partners get involved too',
    expect: ['/toolkit/pioneering/particular-community-groups/'],
    passage: 'Involving Dads and Partners in the work of MVPs',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'my baby was in nicu and i want to help improve it',
    expect: ['/toolkit/consolidating/neonatal/', '/toolkit/pioneering/neonatal-voices/', '/faq/#neonatal-funding'],
    passage:
      'MNVPs should work closely with their local PAG to ensure parents with neonatal lived experience are supported to give feedback on their experience and can shape services as desired.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'special care baby unit parents group',
    expect: ['/toolkit/pioneering/neonatal-voices/', '/toolkit/consolidating/neonatal/'],
    passage:
      'Some Maternity Voices Partnerships (MVPs) have chosen to go beyond the inclusion of neonatal services in their workplan and have set up a separate Neonatal Voices group.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'postnatal depression services mvp',
    expect: ['/toolkit/consolidating/perinatal-mental-health/'],
    passage: 'Work with LMSs and local teams to ensure staff are aware of and working in partnership with specialist perinatal mental health services',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'perinatel mental helth',
    expect: ['/toolkit/consolidating/perinatal-mental-health/', '/glossary/#perinatal'],
    passage: 'Work with LMSs and local teams to ensure staff are aware of and working in partnership with specialist perinatal mental health services',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'i want to tell my birth story at a meeting',
    expect: ['/toolkit/consolidating/meeting-format/'],
    passage: 'The MVP chair may sometimes invite a service user to share their story in one of the main MVP meetings.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'meeting just for parents no staff',
    expect: ['/toolkit/consolidating/meeting-format/'],
    passage:
      'Some MVPs find it helpful to have separate meetings for service user members, either in between the main MVP meetings, or as a workshop immediately prior to the main MVP meeting.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'cn i bring my baby 2 the meeting',
    expect: ['/toolkit/getting-established/meetings/'],
    passage:
      'If your meetings are held face-to-face, holding them in a venue where you can arrange a creche will make your meetings more accessible for some parents of young children.',
    who: 'service-user',
    kind: 'text-speak',
  },
  {
    query: 'how do i become a parent rep',
    expect: ['/templates/service-user-representative-role-description/', '/toolkit/setting-up/inviting-members/'],
    passage:
      'Midwives, health visitors and community birth workers have regular contact with families and can help to identify service users who may be interested in getting involved.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'breast feeding supporter join mvp',
    expect: ['/toolkit/setting-up/inviting-members/'],
    passage: 'They can play an important role in recruiting, mentoring and supporting newer service users to get involved.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'co producton meaning',
    expect: ['/toolkit/consolidating/coproduction/', '/glossary/#coproduction'],
    passage:
      'Co-production is a way of working that involves people who use health and care services, carers and communities in equal partnership; and which engages groups of people at the earliest stages of service design, development and evaluation.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'support group for black and asian parent reps',
    expect: ['/toolkit/getting-established/lms-regional-national-connections/', '/glossary/#nova-network'],
    passage: 'Any black, Asian or ethnic minority MVP chairs or service user reps can join the Nova Network.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'the hospital doesnt listen to parents',
    expect: ['/faq/#why-mnvp-with-other-feedback', '/toolkit/consolidating/strategic-decision-making/'],
    passage:
      'MNVPs ensure that service users’ voices are at the heart of decision-making in maternity and neonatal services by being embedded within the leadership of provider trusts and feeding into the LMNS (which in turn feeds into ICB decision-making).',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'military families',
    expect: ['/toolkit/pioneering/particular-community-groups/'],
    passage: 'Lincolnshire Military Voices: an example of understanding local population',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'someone from mvp came to my baby group',
    expect: ['/toolkit/consolidating/feedback/'],
    passage: 'Community outreach. MVP service user members may visit a particular community group to understand the concerns of that group of service users.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'my friend wants to join but cant do evenings',
    expect: ['/toolkit/getting-established/meetings/'],
    passage: 'Some MVPs vary the location and times of meetings to enable different people to attend.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'what is a service user',
    expect: ['/glossary/#service-user', '/toolkit/introduction/what-is-an-mvp/'],
    passage: 'women, birthing people and families from a diverse range of backgrounds',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'how do midwives get involved in the mvp',
    expect: ['/toolkit/setting-up/inviting-members/'],
    passage: 'You can also issue an open invitation to maternity staff of all grades and disciplines to attend MVP meetings.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'can student midwives come to mvp meetings',
    expect: ['/toolkit/setting-up/inviting-members/'],
    passage:
      'The participation of, for example, support workers, students, admin staff or junior midwives can help to increase the diversity of the membership, reduce any sense of hierarchy, and lead to richer conversations.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'clinical rep role description',
    expect: ['/templates/staff-member-role-description/', '/toolkit/getting-established/introductory-information/'],
    passage: 'Roles and specifications for MVP chair and members',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'training for staff on working with parents',
    expect: ['/toolkit/getting-established/training-and-mentoring/'],
    passage:
      'Staff members may benefit from training in partnership working, coproduction and acting on feedback, especially if this is a new way of working for them.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'what are staff meant to do between meetings?',
    expect: ['/toolkit/getting-established/partnership-working/'],
    passage:
      'Core members from the various commissioner and provider organisations will need to work together in between meetings, harnessing the resources available to them to ensure that work is progressed.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'ive been made the mvp link midwife what does that involve',
    expect: ['/toolkit/consolidating/provider-level/'],
    passage:
      'This person can ensure that relevant information is provided to the MVP, help to identify opportunities for coproduction with the MVP and generally act as a champion for coproduction and the MVP within their service.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'what data should we be giving the mvp?',
    expect: ['/toolkit/consolidating/reviewing-services/'],
    passage: 'By reviewing a range of data sources, MVP members can together identify potential areas for improvement.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'complaint themes at mvp meeting',
    expect: ['/toolkit/getting-established/meetings/', '/toolkit/consolidating/reviewing-services/'],
    passage: 'Reviewing maternity dashboards, summaries of complaints and any other regular data sources',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'is asking parents opinion after we decided real coproduction',
    expect: ['/toolkit/consolidating/coproduction/'],
    passage:
      'Sometimes there can be different perceptions amongst MVP members about what constitutes true coproduction, so it may be helpful to agree within your MVP how you would determine that something had been effectively coproduced.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'parent on the interview panel',
    expect: ['/toolkit/consolidating/representation/', '/faq/#workplan-activities'],
    passage:
      'Meeting participation and preparation including trust maternity and neonatal governance meetings, interview panels for senior staff, serious incident reviews, guideline committees.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'safety champions working with mvp chair',
    expect: ['/toolkit/consolidating/safety/', '/toolkit/getting-established/partnership-working/', '/glossary/#safety-champions'],
    passage:
      'both board and frontline safety champions should work with the MVP user chair to ensure co-production is embedded in all safety improvement work.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'parents helping review our guidelines',
    expect: ['/faq/#meetings-to-attend', '/toolkit/consolidating/representation/'],
    passage: 'Guidelines committees for maternity and neonatal.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'perinatal mortality reveiw meetings',
    expect: ['/faq/#meetings-to-attend', '/glossary/#pmrt'],
    passage: 'Perinatal mortality review tool (PMRT) meetings.',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'mvp involved in staff training',
    expect: ['/toolkit/consolidating/choice-and-personalisation/'],
    passage: 'MVPs could also be involved in staff training and culture change work to ensure that the women’s voice is central.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'are health visitors part of the mvp',
    expect: ['/toolkit/introduction/what-is-an-mvp/', '/toolkit/consolidating/provider-level/'],
    passage: 'midwives, health visitors, doctors and managers',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'mvp volunteers talking to mums on the postnatal ward',
    expect: ['/toolkit/consolidating/feedback/', '/templates/feedback-visit-record/'],
    passage:
      'This is where MVP service user members speak to current service users on a maternity ward or in a community setting to gather their direct feedback.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'how fast shud the ward get mvp feedback',
    expect: ['/toolkit/consolidating/feedback/'],
    passage: 'Feedback sent as soon as possible after collection to the relevant service provider so that they can start to take any actions.',
    who: 'staff',
    kind: 'text-speak',
  },
  {
    query: 'mum wants to share traumatic birth at meeting how do we support her',
    expect: ['/toolkit/consolidating/meeting-format/'],
    passage: 'The MVP chair may sometimes invite a service user to share their story in one of the main MVP meetings.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'we only ever hear complaints from the mvp',
    expect: ['/toolkit/getting-established/building-trust/'],
    passage: "You will find that much of the feedback you receive from service users is appreciative of the care they've received.",
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'terms of refrence',
    expect: [
      '/toolkit/consolidating/governance/',
      '/toolkit/getting-established/first-meeting/',
      '/templates/terms-of-reference/',
      '/glossary/#terms-of-reference',
    ],
    passage:
      'The governance should be set out in terms of reference which are agreed by the Maternity Voices Partnership and ratified by the Local Maternity System Board, and/or by relevant commissioner(s) and provider(s), so that there is a shared understanding of the role the partnership will play.',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'which minutes do we need for the incentive scheme?',
    expect: ['/toolkit/consolidating/annual-workplan/', '/safety-action-7/'],
    passage: "The MVP's work programme, minutes of the MVP meeting which agreed it and minutes of the LMS board that ratified it.",
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'wot evidence 4 sa7 on feedback',
    expect: ['/toolkit/consolidating/feedback/', '/safety-action-7/'],
    passage: 'Minutes of MVP meetings demonstrating how feedback is obtained.',
    who: 'staff',
    kind: 'text-speak',
  },
  {
    query: 'chair letter saying they are paid for maternity incentive scheme',
    expect: [
      '/toolkit/consolidating/budget/',
      '/toolkit/setting-up/paying-remuneration-and-expenses/',
      '/templates/remuneration-confirmation/',
      '/safety-action-7/',
    ],
    passage:
      'Written confirmation from the service user chair that they are being remunerated as agreed and that this remuneration reflects the time commitment and requirements of the role given the agreed work programme.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'do we need terms of reference for MIS',
    expect: ['/toolkit/consolidating/governance/', '/safety-action-7/', '/templates/terms-of-reference/'],
    passage: "Having terms of reference for your MVP is one of the evidence requirements for maternity provider trusts to comply with NHS Resolution's",
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'friends and family test vs mvp',
    expect: ['/faq/#why-mnvp-with-other-feedback', '/glossary/#fft'],
    passage:
      'MNVPs provide a structured and personalised approach to listening to and reflecting the views of local communities. They ensure all groups are heard, including bereaved families.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'does staff wellbeing matter to the mvp',
    expect: ['/toolkit/introduction/what-is-an-mvp/'],
    passage: 'Understand and work with the interdependency that exists between the experience of staff and positive outcomes for women, families and carers.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'mvp poster on the ward',
    expect: ['/toolkit/consolidating/communication/'],
    passage: "Notice boards, e.g. in the hospital maternity wards or children's centres",
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'tell staff about the mvp newsletter',
    expect: ['/toolkit/consolidating/communication/'],
    passage: 'Communication to staff, e.g. through newsletters or notice boards.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'hw do i get staff 2 come to mvp meetings',
    expect: ['/toolkit/getting-established/meetings/', '/toolkit/setting-up/inviting-members/'],
    passage:
      'However, this may need to be weighed against the benefit of holding the meeting in or near your maternity unit where busy health professionals may find it easier to attend.',
    who: 'staff',
    kind: 'text-speak',
  },
  {
    query: 'a uni research team wants to speak to mums',
    expect: ['/toolkit/pioneering/supporting-research/'],
    passage:
      "However, if the MVP team has capacity, supporting research may be considered consistent with the MVP's purpose, ethos and values, as an extension of the involvement of service users at all stages of decision-making in relation to maternity services.",
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'service users designed the leaflet then trust made it professional',
    expect: ['/toolkit/pioneering/helping-to-do-the-work/'],
    passage: 'Service users will often step forward to do more than the standard expectation of their roles.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'form for our 15 steps visit',
    expect: ['/templates/feedback-visit-record/', '/toolkit/getting-established/identifying-priority-issues/'],
    passage:
      '15 Steps for Maternity is a toolkit designed especially for use by MVPs which uses an observational approach to understanding what service users experience as they access local maternity care.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'obstetrician mvp meeting',
    expect: ['/toolkit/setting-up/inviting-members/', '/toolkit/getting-established/introductory-information/'],
    passage: 'Names and roles of core MVP members (e.g. your head of midwifery, lead obstetrician, maternity commissioner, etc)',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'staff dont know what mvp is',
    expect: ['/toolkit/getting-established/partnership-working/', '/toolkit/consolidating/communication/'],
    passage: 'This will help the MVP access any existing community links and contacts as well as helping widen / publicise knowledge of the MVP and its work.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'audit meetngs mvp',
    expect: ['/faq/#meetings-to-attend', '/toolkit/consolidating/reviewing-services/'],
    passage: 'Audit meetings for maternity and neonatal.',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'who is meant to fund the mvp',
    expect: ['/faq/#funding-streams', '/toolkit/setting-up/who-is-responsible/'],
    passage: 'It is the responsibility of ICBs to commission and fund MNVPs to cover every provider in their footprint.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'spreadsheet for mvp budget',
    expect: ['/templates/budget/', '/faq/#how-much-funding', '/toolkit/setting-up/budget/'],
    passage: 'A budget template can be found in the supporting documents.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'two hospitals one mvp budget',
    expect: ['/toolkit/setting-up/budget/'],
    passage:
      'The number of maternity units/services covered - correspondingly more resource will be required if you are effectively paying for the work of 2 or more MVPs.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'capacity and capability funding service user involvement',
    expect: ['/faq/#funding-streams'],
    passage: 'A portion of this funding is intended to be used to fund LMNS level service user involvement and engagement.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'spesialised comissioning neonatal voices',
    expect: ['/faq/#neonatal-funding', '/glossary/#specialised-commissioning'],
    passage: 'Specialised commissioning funds neonatal critical care services in line with the published service specification.',
    who: 'commissioner',
    kind: 'misspelling',
  },
  {
    query: 'what band is the mnvp lead',
    expect: ['/faq/#band-and-hours', '/glossary/#band-8a', '/templates/mnvp-lead-role-description/'],
    passage: 'The job descriptions for the Service User Voice lead and the MNVP Lead both include a salary of £48,526 – £54,619 (NHS Band 8a).',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'how many hrs shud mnvp lead do',
    expect: ['/faq/#band-and-hours', '/glossary/#wte'],
    passage: 'The number of hours required for the MNVP lead role will need to be in line with the requirements of the agreed MNVP programme of work.',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'difference between lmns user voice lead and mnvp lead',
    expect: ['/faq/#mnvp-lead-vs-lmns-lead', '/glossary/#lmns-service-user-voice-lead', '/templates/lmns-service-user-voice-lead-role-description/'],
    passage:
      'An LMNS service user voice lead will be responsible for co-ordinating co-production and involvement at LMNS level, which often spans more than one MNVP.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'our chair doesnt want to become an employee',
    expect: ['/faq/#volunteer-to-employed'],
    passage: 'Any decisions about changes to any MNVP roles should be made in partnership with the existing MNVP membership.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'host charity taking a cut of the mvp money',
    expect: ['/faq/#third-party-hosting'],
    passage: 'This could be a third-party organisation taking a percentage of the budget or a cost of increasing capacity within the ICB’s existing team.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'host organisation trying to set the mvp priorities',
    expect: ['/faq/#third-party-hosting'],
    passage: 'A hosting organisation should not have disproportionate influence over the priorities of the MNVP.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'risks of commissioning an outside organisation to support mvp',
    expect: ['/toolkit/setting-up/support-function/', '/faq/#third-party-hosting'],
    passage: "Chair's autonomy in allocating budget can be compromised if the contract does not make this explicit.",
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'one mvp for the whole lms or one per hospital',
    expect: ['/toolkit/setting-up/geographical-footprint/', '/toolkit/consolidating/working-with-the-lms/', '/glossary/#footprint'],
    passage: 'In practice this will most likely mean establishing more than one Maternity Voices Partnership around smaller footprints.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'whose job is it to set up the mvp trust or commissioner',
    expect: ['/toolkit/setting-up/who-is-responsible/'],
    passage:
      'commissioners and providers of NHS maternity services, working together in Local Maternity Systems (LMSs), are jointly responsible for ensuring that every area is covered by a well-functioning MVP.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'named contact at lms for mvp chairs',
    expect: ['/toolkit/setting-up/who-is-responsible/', '/toolkit/consolidating/working-with-the-lms/'],
    passage:
      'If this person is not based in the LMS, it will also be helpful to identify a staff member who will be the LMS link person for your service user leadership team.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'statutory duty to involve people',
    expect: ['/faq/#employing-mnvp-leads', '/faq/#mnvp-not-working'],
    passage: 'ICBs have a statutory duty to involve people and communities in the planning of services, proposals and decisions having an impact on services.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'who can help us put the mnvp guidance in place',
    expect: ['/faq/#advice-and-support'],
    passage:
      'If you are from an ICB and need advice and support with implementing this guidance, please contact your regional NHS England maternity and neonatal team whose role it is to support you.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'who wrote the mnvp guidance',
    expect: ['/faq/#how-the-guidance-was-developed'],
    passage: 'A co-production group was established to develop the guidance.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'mvp seat on lms board',
    expect: ['/toolkit/consolidating/working-with-the-lms/'],
    passage: 'The strategic partnership board of the Local Maternity System should include Maternity Voices Partnership representation.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'briefing service user reps before board meetings',
    expect: ['/toolkit/consolidating/working-with-the-lms/'],
    passage:
      'The LMS chair to offer pre-meetings with service user chairs/ reps if desired prior to formal meetings in order to answer any questions about the agenda.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'who pays 4 mvp work at lms level',
    expect: ['/toolkit/consolidating/working-with-the-lms/'],
    passage: 'The LMS generally agrees the funding for MVP involvement in LMS work.',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'who is the mvp accountable to',
    expect: ['/toolkit/consolidating/governance/'],
    passage:
      'Each Maternity Voices Partnership should be linked to a decision-making body, to which it is accountable for the delivery of its objectives (and, where appropriate, for the spending of its budget).',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'should the mvp budget go up every year',
    expect: ['/toolkit/consolidating/budget/'],
    passage:
      'It is reasonable to expect that the budget will increase as the MVP becomes more established and takes on additional responsibilities and there needs to be a process for reviewing this.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'coproduced maternity strategy',
    expect: ['/toolkit/consolidating/strategic-decision-making/'],
    passage:
      'Maternity strategy, vision and values that have been co-produced and developed by and in collaboration with MVP, service users and all staff groups.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'mvp insight at lms board decisions',
    expect: ['/toolkit/consolidating/strategic-decision-making/'],
    passage: 'Insight from MVP feedback gathering and review of services may be presented at provider and LMS boards to inform strategic decision-making.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'mvp not diverse enough reflect local population',
    expect: ['/toolkit/consolidating/equity/', '/equity-actions/'],
    passage:
      'It also addresses the MVP membership specifically, asking LMSs to: “ensure the MVPs in your LMS reflect the ethnic diversity of the local population”.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'ockenden family voices lms',
    expect: ['/toolkit/consolidating/working-with-the-lms/', '/glossary/#ockenden'],
    passage: 'We consider it imperative that family voices are strongly and effectively represented in each LMS through the Maternity Voices Partnerships.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'neonatal families in lmns workplan',
    expect: ['/faq/#neonatal-funding'],
    passage: 'Each LMNS should ensure that the needs of families requiring neonatal services is interwoven throughout their workplans.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'why fund an mvp when we already have cqc and fft',
    expect: ['/faq/#why-mnvp-with-other-feedback'],
    passage:
      'Engagement and collecting feedback is only one function of an MNVP. MNVPs are able to influence and involve service user voice at a strategic level and in quality surveillance.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'short term contract no recurrent funding for mvp',
    expect: ['/faq/#third-party-hosting'],
    passage: 'How to manage time limited contracts, non-recurrent funding, and sustainability for your MNVP while ensuring leadership succession planning.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'mnvp lead control of own budget',
    expect: ['/faq/#third-party-hosting'],
    passage: 'MNVP leads having access to their MNVP’s budget to deliver the programme of work.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'renumeration for mvp chair',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/', '/glossary/#remuneration'],
    passage:
      'Before you start appointing your service user leadership team (e.g. Chair and Vice-chair), you will need to be confident that you have a mechanism for paying remuneration and expenses in a timely way.',
    who: 'commissioner',
    kind: 'misspelling',
  },
  {
    query: 'more outreach money for poorer areas',
    expect: ['/toolkit/setting-up/budget/'],
    passage: 'The level of deprivation and/or need for specific outreach to priority groups',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'what goes in the mnvp workplan',
    expect: ['/faq/#workplan-activities', '/toolkit/consolidating/annual-workplan/', '/templates/workplan/'],
    passage: 'Regular outreach to the community.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'trusts cant meet sa7 in 12 months',
    expect: ['/faq/#mis-cnst-sa7-evidence', '/safety-action-7/'],
    passage:
      'Therefore, it is recognised that it may not be possible to demonstrate progress to enable full implementation of the MNVP Guidance within 12 months.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'integrated care bord mnvp funding',
    expect: ['/faq/#funding-streams', '/glossary/#icb'],
    passage: 'ICBs have the autonomy to direct funding to where it is needed to ensure all their statutory functions are achievable.',
    who: 'commissioner',
    kind: 'misspelling',
  },
  {
    query: 'does mvp mean mnvp too',
    expect: ['/toolkit/introduction/terms-used/', '/glossary/#mnvp'],
    passage: 'the term Maternity Voices Partnerships (MVPs) should be taken to include Maternity and Neonatal Voices Partnerships (MNVPs)',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'mnvp branding nhs logo',
    expect: ['/faq/#third-party-hosting'],
    passage: 'MNVP branding should be independent of NHS branding and MNVPs should have control over their social media.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'well funded mvps reach more people',
    expect: ['/toolkit/setting-up/budget/'],
    passage: 'Generally speaking, better resourced MVPs are more able to engage with a diverse range of service users and a wider range of staff and projects.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'which nhs meetings shud the mnvp lead go to',
    expect: ['/faq/#meetings-to-attend', '/toolkit/consolidating/representation/'],
    passage: 'MNVP leads should consider attending the following meetings:',
    who: 'staff',
    kind: 'text-speak',
  },
  {
    query: 'mnvp and pag working together',
    expect: ['/faq/#neonatal-funding', '/toolkit/consolidating/neonatal/', '/glossary/#pag'],
    passage: 'Following the Neonatal Critical Care Review (NCCR), parent advisory groups (PAGs) now exist in all operational delivery networks.',
    who: 'commissioner',
    kind: 'keyword',
  },
];
