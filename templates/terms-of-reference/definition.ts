import type { Quotation, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { FAQ, TOOLKIT } from '../role-description.ts';

/** Quoted exactly from MVP Toolkit 1.1; document.md repeats it, and a test checks both against the toolkit. */
export const FOUNDING_PRINCIPLES: Quotation = {
  lead: '“Members and the collective forum operate on the following founding five principles:',
  items: [
    'Work creatively, respectfully and collaboratively to co-produce solutions together.',
    'Work together as equals, promoting and valuing participation. Listen to, and seek out, the voices of women, families and carers using maternity services, even when that voice is a whisper. Enabling people from diverse communities to have a voice.',
    'Use experience data and insight as evidence.',
    'Understand and work with the interdependency that exists between the experience of staff and positive outcomes for women, families and carers.',
    'Be forensic in the pursuit of continuous quality improvement with a particular focus on closing inequality gaps.”',
  ],
  source: `${TOOLKIT}, section 1.1. Quoted exactly; it appears in your document as it is here.`,
};

const definition: TemplateDefinition = {
  slug: 'terms-of-reference',
  version: 1,
  title: 'Terms of reference',
  summary:
    'How your MVP is run: its purpose and founding principles, membership, chair and vice-chair, meetings, conflicts of interest, confidentiality and who it is accountable to.',
  audience: 'Service user leadership teams and MVP members agreeing their terms of reference, and the board that ratifies them.',
  category: 'Meetings and governance',
  serves: ['1.1', '2.7', '3.10', '4.6', '4.19'],
  sources: [`${TOOLKIT}: 1.1, 2.7, 3.2, 3.10, 4.6, 4.19`, `${FAQ}: question 12`],
  fileLabel: 'Terms of reference',
  nameField: 'mvpName',
  outputs: ['docx'],
  sections: [
    {
      id: 'about',
      title: 'Your MVP and agreement',
      intro:
        'Terms of reference are agreed by the MVP and ratified by the Local Maternity System board, or by commissioners and providers, so that everyone shares an understanding of the MVP’s role. Having them is one of the evidence requirements for trusts in NHS Resolution’s Maternity Incentive Scheme (MVP Toolkit 4.19; FAQ question 12).',
      fields: [
        {
          type: 'text',
          name: 'mvpName',
          label: 'Your MVP’s name',
          errorName: 'your MVP’s name',
          hint: 'It appears at the top of every page and in the file name.',
          required: true,
          maxLength: 120,
        },
        {
          type: 'text',
          name: 'areaCovered',
          label: 'Area and services the MVP covers (optional)',
          errorName: 'the area and services the MVP covers',
          hint: 'For example, the maternity and neonatal services of a named trust, and the places its families live.',
          maxLength: 300,
        },
        { type: 'date', name: 'agreedOn', label: 'Date the MVP agreed these terms (optional)', errorName: 'the date the MVP agreed these terms' },
        {
          type: 'text',
          name: 'ratifiedBy',
          label: 'Ratified by (optional)',
          errorName: 'who ratified these terms',
          maxLength: 200,
          default: 'Local Maternity and Neonatal System (LMNS) board',
        },
        { type: 'date', name: 'ratifiedOn', label: 'Date they were ratified (optional)', errorName: 'the date they were ratified' },
      ],
    },
    {
      id: 'purpose',
      title: 'Purpose and founding principles',
      intro: 'The five founding principles are quoted from the MVP Toolkit and go into your document unchanged.',
      quotation: FOUNDING_PRINCIPLES,
      fields: [
        {
          type: 'longText',
          name: 'purpose',
          label: 'Purpose',
          errorName: 'the purpose',
          required: true,
          maxLength: 3000,
          rows: 6,
          hint: 'Our suggested wording follows MVP Toolkit 1.1.',
          default:
            'The Maternity Voices Partnership (MVP) works to review and help develop the maternity and neonatal services in our area. It brings together the staff who commission and provide those services with the women, birthing people and families who use them.\n\nThe MVP is coordinated by a service user chair and leadership team, who are independent lay people. All members share responsibility for developing and delivering an agreed workplan.',
        },
      ],
    },
    {
      id: 'membership',
      title: 'Membership',
      fields: [
        {
          type: 'list',
          name: 'coreMembers',
          label: 'Core members',
          itemLabel: 'core member',
          required: true,
          itemMaxLength: 300,
          maxItems: 30,
          hint: 'Who attends every meeting. Members work together as equals (MVP Toolkit 1.1).',
          default: [
            'The service user chair (or co-chairs) and vice-chair',
            'Service user members: women, birthing people and families from a diverse range of backgrounds who have used local services',
            'The head or director of midwifery, or a deputy',
            'An obstetrician and a neonatal lead',
            'A health visitor',
            'The maternity commissioner or LMNS link person for the MVP',
          ],
        },
        {
          type: 'list',
          name: 'associateMembers',
          label: 'Associate members (optional)',
          itemLabel: 'associate member',
          itemMaxLength: 300,
          maxItems: 30,
          hint: 'People who receive papers and join for particular topics, or whom the chair invites for an item (MVP Toolkit 1.1 and 4.2).',
          default: [
            'Members of the wider community, such as birth workers and charities supporting mental health or refugees',
            'The perinatal mental health service',
            'Healthwatch',
            'Children’s centres and other local services for families',
          ],
        },
        {
          type: 'longText',
          name: 'joining',
          label: 'How to join (optional)',
          errorName: 'how to join',
          maxLength: 2000,
          rows: 3,
          default:
            'Anyone who uses or works in local maternity and neonatal services can ask to join, by contacting the chair. We especially welcome families whose voices are seldom heard.',
          hint: 'Everyone who uses or works in NHS maternity services in England should be able to choose to get involved (MVP Toolkit 1.1).',
        },
      ],
    },
    {
      id: 'leadership',
      title: 'Chair and vice-chair',
      fields: [
        {
          type: 'longText',
          name: 'chairRole',
          label: 'Role of the chair and vice-chair',
          errorName: 'the role of the chair and vice-chair',
          required: true,
          maxLength: 2000,
          rows: 4,
          hint: 'It is best practice for the chair to be a service user (MVP Toolkit 2.7). The chair sets the agenda and chairs meetings, or the vice-chair in the chair’s absence (3.10).',
          default:
            'The MVP is led by a service user chair (or co-chairs), supported by a vice-chair. The chair sets the agenda for meetings, taking account of members’ views, and chairs them; the vice-chair chairs in the chair’s absence. The chair works as an independent critical friend to the services.',
        },
        {
          type: 'longText',
          name: 'election',
          label: 'How the chair and vice-chair are chosen',
          errorName: 'how the chair and vice-chair are chosen',
          required: true,
          maxLength: 2000,
          rows: 5,
          hint: 'Election by the members is best practice; the LMS, commissioner or provider assures itself the person is suitable (MVP Toolkit 2.7).',
          default:
            'The roles are widely advertised, with targeted advertising to encourage candidates from diverse backgrounds, and a clear person specification. A small group nominated by the MVP interviews and selects candidates, and the appointment is ratified by the whole MVP membership. Appointees have an up-to-date Disclosure and Barring Service (DBS) check.',
        },
        {
          type: 'number',
          name: 'termYears',
          label: 'Length of a term (optional)',
          errorName: 'the length of a term',
          hint: 'How long the chair and vice-chair serve before the roles are advertised again. Plan a handover when a chair changes (MVP Toolkit 4.1).',
          min: 1,
          max: 10,
          integer: true,
          unit: 'years',
          width: 5,
        },
      ],
    },
    {
      id: 'meetings',
      title: 'Meetings',
      fields: [
        {
          type: 'number',
          name: 'meetingsPerYear',
          label: 'Full MVP meetings a year',
          errorName: 'how many full MVP meetings there are a year',
          hint: 'Full MVP meetings are generally held at least 4 times a year; some MVPs meet every two months (MVP Toolkit 3.10).',
          required: true,
          min: 1,
          max: 52,
          integer: true,
          unit: 'full MVP meetings a year',
          width: 5,
          default: '4',
        },
        {
          type: 'longText',
          name: 'quorum',
          label: 'Quorum',
          errorName: 'the quorum',
          required: true,
          maxLength: 1000,
          rows: 3,
          hint: 'The toolkit does not set a quorum. This suggestion keeps service users’ voices central, as members meet as equals (MVP Toolkit 3.10).',
          default:
            'A meeting is quorate when the chair or vice-chair is present, with both service user members and staff members, and service users make up at least half of those present.',
        },
        {
          type: 'longText',
          name: 'meetingArrangements',
          label: 'How meetings work',
          errorName: 'how meetings work',
          required: true,
          maxLength: 3000,
          rows: 6,
          hint: 'From MVP Toolkit 3.10.',
          default:
            'Any member can put forward an item for the agenda. Minutes are taken by a service user member who is paid for this, or by a member of the MVP support team.\n\nWe choose venues that are accessible to wheelchair users and, where we can, offer a creche; some meetings may be held online if that is more accessible for members. We vary times and places so that different people can come.',
        },
      ],
    },
    {
      id: 'ways-of-working',
      title: 'Decisions and coproduction',
      fields: [
        {
          type: 'longText',
          name: 'decisions',
          label: 'How decisions are made',
          errorName: 'how decisions are made',
          required: true,
          maxLength: 2000,
          rows: 4,
          hint: 'Our suggested wording; the toolkit does not prescribe a method.',
          default:
            'Decisions are made by agreement among members at a quorate meeting. Where members cannot agree, the chair records the different views and the matter is brought back to the next meeting. Decisions between meetings are shared with all members and recorded in the next minutes.',
        },
        {
          type: 'longText',
          name: 'coproduction',
          label: 'What we mean by coproduction (optional)',
          errorName: 'what you mean by coproduction',
          maxLength: 2000,
          rows: 4,
          hint: 'Members can see coproduction differently, so it helps to agree in the terms of reference how you will decide that something was coproduced (MVP Toolkit 4.6).',
          default:
            'We call work coproduced when service users and staff work on it as equal partners from the earliest stage, through design and development to evaluation, and service users’ views visibly shape the result.',
        },
      ],
    },
    {
      id: 'conduct',
      title: 'Conduct, confidentiality and data',
      fields: [
        {
          type: 'longText',
          name: 'conflicts',
          label: 'Conflicts of interest',
          errorName: 'how conflicts of interest are handled',
          required: true,
          maxLength: 2000,
          rows: 4,
          default:
            'Members declare any interest that could affect, or look as if it affects, their work for the MVP, and the declarations are recorded in the minutes. Members are guided by the Seven Principles of Public Life (the Nolan Principles): selflessness, integrity, objectivity, accountability, openness, honesty and leadership (MVP Toolkit 3.2).',
        },
        {
          type: 'longText',
          name: 'confidentiality',
          label: 'Confidentiality and personal data',
          errorName: 'how confidentiality and personal data are handled',
          required: true,
          maxLength: 3000,
          rows: 5,
          hint: 'The MVP must handle personal data legally and sensitively; National Maternity Voices has guidance on GDPR compliance (MVP Toolkit 4.19).',
          default:
            'Members keep confidential anything shared in confidence, including the stories and personal details of families. Feedback is shared without names unless the person has agreed otherwise.\n\nThe MVP handles personal data legally and sensitively, following the UK General Data Protection Regulation (GDPR): it collects only what it needs, keeps it securely and deletes it when it is no longer needed. Every member, staff member and volunteer is told about the MVP’s confidentiality policy and how it applies to their role.',
        },
      ],
    },
    {
      id: 'accountability',
      title: 'Accountability',
      intro:
        'Each MVP is linked to a decision-making body it is accountable to for delivering its objectives and, where appropriate, spending its budget: the Local Maternity System board, or a commissioner or provider board or sub-committee (MVP Toolkit 4.19).',
      fields: [
        {
          type: 'text',
          name: 'accountableTo',
          label: 'Decision-making body the MVP is accountable to',
          errorName: 'the decision-making body the MVP is accountable to',
          required: true,
          maxLength: 200,
          default: 'the Local Maternity and Neonatal System (LMNS) board',
        },
        {
          type: 'longText',
          name: 'reporting',
          label: 'How the MVP reports to it',
          errorName: 'how the MVP reports to it',
          required: true,
          maxLength: 2000,
          rows: 4,
          hint: 'The chair needs a clear way to report to and influence the board’s decisions, and the annual report is submitted to the board and published (MVP Toolkit 4.19).',
          default:
            'The chair reports to the board on the MVP’s work and can raise issues for its decisions. The MVP’s annual workplan and these terms of reference are ratified by the board. Each year the chair produces an annual report, which is submitted to the board and published.',
        },
      ],
    },
    {
      id: 'review',
      title: 'Review',
      fields: [
        {
          type: 'date',
          name: 'reviewOn',
          label: 'Date these terms will be reviewed (optional)',
          errorName: 'the date these terms will be reviewed',
          hint: 'Terms of reference must be ratified to count as evidence, so review them in time to be ratified again (MVP Toolkit 4.19).',
        },
      ],
    },
  ],
};

export default definition;
