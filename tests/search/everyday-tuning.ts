// Everyday-words search evaluation set: written by an AI helper (Claude) from toolkit.txt and faq.txt only, without looking at the site or its search code, date 2026-12-07.
// Split by the lead on 2026-12-07, before anyone scored it: rows 2, 5, 8, … of the writer’s list (every third, from the second) are the tuning part, in search-everyday-tuning.ts; the rest, here, are held out and never tuned against.
import type { EverydayQuery } from './everyday.ts';

export const SEARCH_EVERYDAY_TUNING: readonly EverydayQuery[] = [
  {
    query: 'havent been paid 4 3 months as chair',
    expect: ['/toolkit/consolidating/budget/', '/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage: 'Any uncertainty or hiatus in payments will make it very difficult for those on low incomes to stay involved.',
    who: 'chair',
    kind: 'text-speak',
  },
  {
    query: 'mvp own bank account to pay reps',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage:
      'Service user officers set up a bank account for the MVP and an agreed budget is paid into that. The service user leadership team pays service user officers from this account.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'do i need a police check to be chair',
    expect: ['/toolkit/setting-up/appointing-leadership-team/', '/toolkit/consolidating/governance/', '/glossary/#dbs'],
    passage: 'Have an up to date Disclosure and Barring Service (DBS) check.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'me and the vice chair cant keep up with all the requests',
    expect: ['/toolkit/consolidating/strengthening-your-team/'],
    passage:
      'You may want to keep this under review and to consider whether you need to resource additional capacity to keep up with the increasing expectations.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'zoom account for mvp calls',
    expect: ['/toolkit/getting-established/it-support/'],
    passage:
      'The service user leadership team may also need access to an account for setting up video calls and possibly other software depending on their role description.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'whatsapp group black asian chairs',
    expect: ['/toolkit/getting-established/lms-regional-national-connections/', '/glossary/#nova-network'],
    passage: 'Any black, Asian or ethnic minority MVP chairs or service user reps can join the Nova Network.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'nhs futures hub invitaion',
    expect: ['/toolkit/getting-established/lms-regional-national-connections/', '/glossary/#futurenhs'],
    passage: 'NMV will invite new chairs to join the Local Maternity Transformation Workspace (also known as the "Hub") on NHS Futures.',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'hospital comms team wants to run our facebook page',
    expect: ['/toolkit/getting-established/social-media/', '/faq/#third-party-hosting', '/templates/social-media-guidelines/'],
    passage:
      'It is generally the service user leadership team (e.g. Chair and Vice-chair) who create and manage the social media accounts for the Maternity Voices Partnership (MVP), so that these are clearly separate from the accounts of the partner organisations.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'conflict of intrest declare',
    expect: ['/toolkit/getting-established/first-meeting/'],
    passage: 'explain the importance of declaring any conflicts of interest and make clear how members can do that',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'who writes up the notes of the meeting',
    expect: ['/toolkit/getting-established/meetings/', '/templates/meeting-minutes/'],
    passage: 'Minutes may be taken by another service user member if they are remunerated for this or alternatively by a member of the MVP support team.',
    who: 'chair',
    kind: 'lay-word',
  },
  {
    query: 'spending hours every week answering messages',
    expect: ['/toolkit/getting-established/handling-enquiries/'],
    passage:
      'However, handling queries will always be a significant element of the service user leadership team role and it will be helpful to track how much time is spent on this in order to ensure it is proportionate and adequately resourced.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'what should we work on in our first year',
    expect: ['/toolkit/getting-established/initial-workplan/'],
    passage:
      'It\'s likely that this will focus on putting some processes and systems in place to get your MVP established, as well as identifying some small projects or "quick wins" that you can get started on to get your membership working well together.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'annual report template',
    expect: ['/templates/annual-report/', '/toolkit/consolidating/governance/'],
    passage: 'The chair should produce an annual report which is submitted to the board and published.',
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'confidentaility policy',
    expect: ['/toolkit/consolidating/governance/'],
    passage:
      'It may be helpful to agree a confidentiality policy and to ensure that all members, staff and volunteers are aware of how this is relevant to their role.',
    who: 'chair',
    kind: 'misspelling',
  },
  {
    query: 'trust keeps asking for extra work midyear with no extra money',
    expect: ['/toolkit/consolidating/budget/'],
    passage:
      'It is common for new requests to be made of MVPs mid-year, for example in response to unforeseen events or new national/regional initiatives. There needs to be a process for ensuring that sufficient funding for any additional asks is agreed efficiently.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'paid for going to national events',
    expect: ['/toolkit/consolidating/national-involvement/'],
    passage:
      "It will be helpful to include some national activity in the MVP's workplan to ensure that the service user leadership team can be remunerated for this.",
    who: 'chair',
    kind: 'keyword',
  },
  {
    query: 'we dont have enough money to do the job, who do i tell',
    expect: ['/faq/#mnvp-not-working'],
    passage:
      'If an MNVP is not adequately funded or resourced, MNVP leads can raise this via PQSM at trust level. This may then be escalated to ICB, regional or national level for resolution.',
    who: 'chair',
    kind: 'situation',
  },
  {
    query: 'how do i get the workplan signed off',
    expect: ['/toolkit/consolidating/annual-workplan/'],
    passage:
      'It will need to be agreed by the Maternity Voices Partnership and ratified by the Local Maternity System, commissioner(s) and/or provider(s) so that there is a shared understanding of what the Maternity Voices Partnership will deliver.',
    who: 'chair',
    kind: 'question',
  },
  {
    query: 'how can i get involved in my local maternity group',
    expect: ['/toolkit/introduction/what-is-an-mvp/'],
    passage:
      'It is intended that everyone who uses or works in NHS maternity services in England can choose to get involved in a local Maternity Voices Partnership.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'wat does the mvp actually do',
    expect: ['/toolkit/introduction/what-is-an-mvp/', '/faq/#why-mnvp-with-other-feedback'],
    passage: 'All members of the partnership take responsibility for the development and delivery of an agreed workplan.',
    who: 'service-user',
    kind: 'text-speak',
  },
  {
    query: 'i had a bad birth and want to complain',
    expect: ['/toolkit/getting-established/handling-enquiries/', '/glossary/#pals'],
    passage:
      'For example, if someone wishes to make a complaint about the maternity service, they could be signposted to a link person in the service or to the Patient Advice and Liaison Service (PALS).',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'bus fare back for coming to meetings',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/', '/templates/expenses-claim/'],
    passage: 'In order to make attending the MVP accessible to all, it will be necessary to have a clear process for claiming expenses.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'i dont understand the nhs words they use in meetings',
    expect: ['/toolkit/getting-established/introductory-information/', '/glossary/'],
    passage: 'Attendees at your meeting may come from a wide range of backgrounds and not all of them will be familiar with NHS structures or jargon.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'what is walk the patch',
    expect: ['/toolkit/consolidating/feedback/', '/glossary/#walk-the-patch', '/templates/feedback-visit-record/'],
    passage:
      'This is where MVP service user members speak to current service users on a maternity ward or in a community setting to gather their direct feedback.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'coffee morning for new mums',
    expect: ['/toolkit/consolidating/feedback/'],
    passage:
      'Coffee mornings or other events for service users. These can be an opportunity for service users to come and meet MVP service user members, learn more about getting involved in the MVP and also to share their feedback about the service.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'does my feedback actually change anything',
    expect: ['/toolkit/getting-established/building-trust/', '/templates/we-said-we-did/'],
    passage:
      'Closing the feedback loop. If staff have acted on feedback and something, however small, has changed as a result, make sure this is fed back to the service user leadership team (e.g. Chair and Vice-chair).',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'are black women more likely to die having a baby',
    expect: ['/toolkit/introduction/equity/'],
    passage:
      'It reports that black women are 4 times more likely to die than white women and that women of mixed ethnicity and Asian women are both 2 times more likely to die than white women.',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'easy words not nhs speak',
    expect: ['/toolkit/consolidating/communication/'],
    passage: 'Using plain English and avoiding jargon or unnecessarily technical terms can help to ensure MVP communication is accessible.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'baby loss awareness week',
    expect: ['/toolkit/pioneering/particular-community-groups/'],
    passage: 'Your MVP may also link to specific awareness days or months and arrange communication or events to tie in e.g.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'neonatel parent advisory group',
    expect: ['/toolkit/consolidating/neonatal/', '/glossary/#pag', '/faq/#neonatal-funding'],
    passage:
      'MVPs may work closely with neonatal Parent Advisory Groups which operate on a wider geographical area corresponding to the NHS neonatal Operational Delivery Networks.',
    who: 'service-user',
    kind: 'misspelling',
  },
  {
    query: 'having a say in my birth plan choices',
    expect: ['/toolkit/consolidating/choice-and-personalisation/', '/glossary/#pcsp'],
    passage:
      'LMSs should work with MVPs from the outset in co-producing the PCSP (Personalised Care and Support Planning) process and paperwork, to ensure it will meet women’s needs.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'wheelchair access meetings',
    expect: ['/toolkit/getting-established/meetings/'],
    passage: 'You will also want to consider the accessibility of your meeting space for wheelchair users.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: 'im a doula cn i join',
    expect: ['/toolkit/setting-up/inviting-members/'],
    passage:
      'Birth workers such as doulas, antenatal or postnatal leaders, or breastfeeding supporters are generally service users who have gone on to develop more service knowledge and advocate experience.',
    who: 'service-user',
    kind: 'text-speak',
  },
  {
    query: 'what are the nolan principles',
    expect: ['/toolkit/getting-established/introductory-information/', '/glossary/#nolan-principles'],
    passage: '(known as the “Nolan Principles”), which all MVP members should be guided by',
    who: 'service-user',
    kind: 'question',
  },
  {
    query: 'be a link between the mvp and my community',
    expect: ['/toolkit/pioneering/diversity-champions/'],
    passage:
      'One approach to this may be to identify champions or ambassadors from particular communities who may be able to make links between the MVP and those communities.',
    who: 'service-user',
    kind: 'lay-word',
  },
  {
    query: 'survey about maternity care',
    expect: ['/toolkit/consolidating/feedback/'],
    passage: 'Surveys. The MVP may choose to conduct a survey on a particular issue.',
    who: 'service-user',
    kind: 'keyword',
  },
  {
    query: "i'm autistic and big meetings are hard, other ways to take part?",
    expect: ['/toolkit/consolidating/meeting-format/', '/toolkit/consolidating/feedback/'],
    passage:
      'These can provide space for service users to ask questions, develop their understanding and plan activity outside the formal MVP meetings, which can be a valuable way of supporting service user involvement.',
    who: 'service-user',
    kind: 'situation',
  },
  {
    query: 'mvp in my job description',
    expect: ['/toolkit/setting-up/inviting-members/', '/toolkit/getting-established/training-and-mentoring/', '/templates/staff-member-role-description/'],
    passage:
      'Commissioner and provider organisations will need to identify named individuals who will be core members of the MVP; these individuals should have this as part of their job description or objectives.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'head of midwifery role in the mvp',
    expect: ['/toolkit/getting-established/partnership-working/', '/glossary/#hom'],
    passage:
      "For example, one designated clinical MVP member such as the head of midwifery can link with the provider patient experience lead and board level maternity safety champion to ensure they're aware of the MVP.",
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'share our dashboard with the mvp',
    expect: ['/toolkit/getting-established/identifying-priority-issues/', '/toolkit/consolidating/reviewing-services/', '/glossary/#maternity-dashboard'],
    passage: "Arranging for your provider's maternity dashboard to be made available at MVP meetings.",
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'we want parents to help us rewrite a leaflet',
    expect: ['/toolkit/consolidating/coproduction/', '/toolkit/pioneering/helping-to-do-the-work/'],
    passage:
      'Coproduction activities may be proposed by NHS provider members of the MVP as part of planned developments or by service user members in response to feedback or other data sources.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'labour ward forum service user',
    expect: ['/toolkit/consolidating/representation/', '/faq/#meetings-to-attend', '/glossary/#labour-ward-forum'],
    passage: 'Maternity (labour ward) Forum (quality improvement, multidisciplinary team clinical focus)',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'shud the mvp lead come to pmrt',
    expect: ['/faq/#meetings-to-attend', '/faq/#workplan-activities', '/glossary/#pmrt'],
    passage: 'Active involvement in the trust perinatal quality surveillance model (PQSM), including PMRT reviews and audit meetings.',
    who: 'staff',
    kind: 'text-speak',
  },
  {
    query: 'neonatal unit link person for mvp',
    expect: ['/toolkit/consolidating/provider-level/'],
    passage:
      'Each local provider - e.g. obstetric unit, midwifery-led unit, neonatal service, health visiting service, children’s centres, perinatal mental health service - will have at least one link person who attends MVP meetings and liaises with the service user leadership team (e.g. Chair and Vice-chair).',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'mvp feedback summary for governance meeting',
    expect: ['/toolkit/consolidating/feedback/'],
    passage: 'Feedback summaries prepared on request - e.g. for the maternity trust governance processes or patient experience committee.',
    who: 'staff',
    kind: 'keyword',
  },
  {
    query: 'task and finish group',
    expect: ['/toolkit/consolidating/meeting-format/'],
    passage:
      "As the range of improvement projects you're working on grows, it may be helpful to set up multi-disciplinary sub-groups that include service user members to work on specific topics and report back to the MVP.",
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'safty action 7',
    expect: ['/safety-action-7/', '/faq/#mis-cnst-sa7-evidence', '/glossary/#sa7'],
    passage: 'Ensure a funded, user-led MNVP is in place which is in line with the delivery plan and MNVP guidance.',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'proof of coproduction for cnst',
    expect: ['/toolkit/consolidating/coproduction/', '/safety-action-7/', '/glossary/#cnst'],
    passage: 'evidence of service developments resulting from coproduction between service users and staff.',
    who: 'staff',
    kind: 'lay-word',
  },
  {
    query: 'patient experience midwife already collects feedback why do we need mvp',
    expect: ['/faq/#why-mnvp-with-other-feedback'],
    passage:
      'By being embedded in decision-making, MNVPs provide regular service user voice insights rather than information from a snapshot in time as with other sources of feedback.',
    who: 'staff',
    kind: 'situation',
  },
  {
    query: 'can comms help wiv mvp posters',
    expect: ['/toolkit/consolidating/communication/'],
    passage:
      'Communication managers in provider and commissioner organisations may be able to help with MVP communication and advise on making communication accessible.',
    who: 'staff',
    kind: 'text-speak',
  },
  {
    query: 'who organises dbs checks for mvp volunteers',
    expect: ['/toolkit/consolidating/governance/', '/glossary/#dbs'],
    passage:
      'There will need to be a process for agreeing which members of the service user leadership team (e.g. Chair and Vice-chair) require Disclosure and Barring Service (DBS) checks and to ensure they can access these.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'quadrumverate meetings with mnvp lead',
    expect: ['/faq/#workplan-activities', '/glossary/#quadrumvirate'],
    passage: 'Regular meetings between the MNVP lead and provider trust senior leadership team (quadrumvirate).',
    who: 'staff',
    kind: 'misspelling',
  },
  {
    query: 'raise a safety concern about maternity care as mvp',
    expect: ['/faq/#mnvp-not-working', '/glossary/#pqsm'],
    passage:
      'The perinatal quality surveillance model (PQSM) seeks to ensure issues and concerns related to the safety of maternity and neonatal services trigger action, escalation, and intervention at the earliest opportunity.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'is the mvp meant to sit in on serious incident reviews',
    expect: ['/faq/#workplan-activities'],
    passage:
      'Meeting participation and preparation including trust maternity and neonatal governance meetings, interview panels for senior staff, serious incident reviews, guideline committees.',
    who: 'staff',
    kind: 'question',
  },
  {
    query: 'how much money should we set aside for mnvps',
    expect: ['/faq/#how-much-funding', '/toolkit/setting-up/budget/', '/templates/budget/'],
    passage:
      'Funding needs to be sufficient to cover the main functions outlined in the guidance including senior strategic leadership at system and trust level, a programme of engagement and meaningful involvement in quality and safety surveillance.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'rural county travel costs mvp',
    expect: ['/toolkit/setting-up/budget/'],
    passage: 'The geographic area covered - large rural areas may need more to enable travel.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'icb cant afford to employ mnvp lead wot now',
    expect: ['/faq/#employing-mnvp-leads'],
    passage: 'If that is not possible, you can explore other options such as externally commissioning a third-party host.',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'mnvp lead job description example',
    expect: ['/templates/mnvp-lead-role-description/', '/faq/#band-and-hours'],
    passage: 'The MNVP guidance supporting materials contain example job descriptions from Kernow MNVP, which is considered to be an effective MNVP.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'helthwatch hosting mnvp',
    expect: ['/faq/#third-party-hosting', '/toolkit/setting-up/support-function/', '/glossary/#healthwatch'],
    passage: 'Some LMNSs have established hosting arrangements for their MNVPs via a local third-party organisation, such as Healthwatch.',
    who: 'commissioner',
    kind: 'misspelling',
  },
  {
    query: 'admin help for mvp chair',
    expect: ['/toolkit/setting-up/support-function/', '/faq/#infrastructure-and-support'],
    passage: 'This secretariat can provide administrative, financial and project management support.',
    who: 'commissioner',
    kind: 'lay-word',
  },
  {
    query: 'can the mvp just be run by volunteers',
    expect: ['/toolkit/setting-up/geographical-footprint/', '/faq/#volunteer-to-employed'],
    passage:
      'In order to ensure that the work is sustainable and that involvement is accessible to all, both the provider-level and LMS-level work need to be fully funded and not led by volunteers.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'our mvp isnt doing what the guidance says',
    expect: ['/faq/#mnvp-not-working'],
    passage:
      'If your MNVP is not working in the way the guidance sets out then the LMNS, which is the maternity and neonatal arm of the ICB should be informed. A plan to develop the MNVP in line with the guidance should then be agreed.',
    who: 'commissioner',
    kind: 'situation',
  },
  {
    query: 'why did nhs england bring out this guidance',
    expect: ['/faq/#why-this-guidance', '/glossary/#three-year-delivery-plan'],
    passage:
      'This guidance builds on the commitments outlined in Theme 1 of the Three-year delivery plan for maternity and neonatal services about listening to women and gives ICBs more detailed information about ensuring effective MNVPs.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'lms board all chairs or just 1',
    expect: ['/toolkit/consolidating/working-with-the-lms/'],
    passage:
      'In some LMSs, all the local MVP chairs attend LMS board meetings. In other areas, one or two MVP chairs attend the meetings to represent the group of MVP chairs.',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'regional team paying for mvp involvement',
    expect: ['/toolkit/consolidating/regional-involvement/'],
    passage:
      "The NHS regional team will need to satisfy itself that MVP involvement in regional-level work is resourced either directly from the NHS regional team's budget or by explicit inclusion in the MVPs local funding agreement.",
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'when to plan the mvp budget vs workplan',
    expect: ['/toolkit/consolidating/budget/', '/toolkit/consolidating/annual-workplan/'],
    passage:
      'It will be helpful to design your planning and budgeting cycle so that the work planning process takes place in time to feed into budget discussions for the coming year.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'equity action plan mvp role',
    expect: ['/toolkit/consolidating/equity/'],
    passage: 'A good equity and equality action plan will include: roles and responsibilities: including of the MVP(s)',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'neonatal critical care review coproduce plans',
    expect: ['/toolkit/consolidating/neonatal/', '/glossary/#nccr'],
    passage: 'Local (ODN level) plans for implementing the NCCR should be co-produced with service users who can bring their experience of using services.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'it and hr support for mnvp',
    expect: ['/faq/#infrastructure-and-support', '/toolkit/getting-established/it-support/'],
    passage: 'MNVPs need to have operational and logistical support in order to be effective.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'how quickly should chair payments be set up',
    expect: ['/toolkit/setting-up/paying-remuneration-and-expenses/'],
    passage: 'Set up payment within 2 months of a person starting in the role.',
    who: 'commissioner',
    kind: 'question',
  },
  {
    query: 'annual work plan templete',
    expect: ['/templates/workplan/', '/faq/#workplan-activities', '/toolkit/consolidating/annual-workplan/'],
    passage: 'The MNVP workplan should be tailored to local needs and priorities. An example is included in the MNVP guidance supporting documents.',
    who: 'commissioner',
    kind: 'misspelling',
  },
  {
    query: 'evidence of a plan to meet mnvp guidance for mis year 5',
    expect: ['/faq/#mis-cnst-sa7-evidence', '/safety-action-7/'],
    passage:
      'If available, evidence could include minutes of meetings and correspondence which confirm discussion and ratification of a plan that covers how the requirements of the guidance will be met.',
    who: 'commissioner',
    kind: 'keyword',
  },
  {
    query: 'lms or lmns whats the difference',
    expect: ['/toolkit/introduction/terms-used/', '/glossary/#lmns', '/glossary/#lms'],
    passage: 'the term Local Maternity Systems (LMSs) should be taken to include Local Maternity and Neonatal Systems (LMNSs).',
    who: 'commissioner',
    kind: 'text-speak',
  },
  {
    query: 'other paid roles besides chair like social media coordinator',
    expect: ['/toolkit/setting-up/budget/'],
    passage:
      'Since the above guidance was published in 2017 it has become increasingly common to have other remunerated service user roles in addition to the chair/co-chairs, e.g. vice-chair, secretary, equity lead, social media coordinator.',
    who: 'commissioner',
    kind: 'question',
  },
];
