import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT } from '../role-description.ts';

const definition: TemplateDefinition = {
  slug: 'welcome-information',
  version: 1,
  title: 'Welcome information for new members',
  summary:
    'A welcome pack for people joining your MVP: what the MVP is and does, who leads it and how to reach them, when it meets, how to claim expenses, how it uses personal information, how to get involved, and the help on offer to take part.',
  audience: 'Service user leadership teams and MVP support staff welcoming new service user and staff members.',
  category: 'Members and communication',
  serves: ['3.2'],
  sources: [`${TOOLKIT}: 1.1, 2.5, 3.2, 3.9, 3.10, 3.12, 3.13, 4.3 to 4.6, 4.18, 4.19`],
  fileLabel: 'Welcome information',
  nameField: 'mvpName',
  outputs: ['docx'],
  keywords: ['welcome pack', 'new member pack', 'information pack', 'new members', 'joining'],
  sections: [
    {
      id: 'about',
      title: 'Your MVP',
      intro:
        'New members come from many backgrounds and may not know the NHS or its jargon; staff may never have been to an MVP meeting. Information sent out before they start helps them prepare (MVP Toolkit 3.2).',
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
          type: 'date',
          name: 'updatedOn',
          label: 'Date this information was last updated (optional)',
          errorName: 'the date this information was last updated',
        },
        {
          type: 'longText',
          name: 'whatWeAre',
          label: 'What the MVP is',
          errorName: 'what the MVP is',
          required: true,
          maxLength: 2000,
          rows: 5,
          hint: 'In everyday words, for someone who has never heard of an MVP.',
          default:
            'A Maternity Voices Partnership (MVP, also called a Maternity and Neonatal Voices Partnership or MNVP) brings together the women, birthing people and families who use local maternity and neonatal services with the staff who plan, pay for and provide them. Together we review the services and help to improve them.\n\nThe MVP is led by a service user chair or leadership team, who are independent lay people. Members work together as equals: everyone brings different experiences and skills (MVP Toolkit 1.1).',
        },
        {
          type: 'list',
          name: 'whatWeDo',
          label: 'What the MVP does',
          errorName: 'what the MVP does',
          itemLabel: 'thing the MVP does',
          required: true,
          itemMaxLength: 400,
          maxItems: 15,
          default: [
            'Gathers feedback from local families, seeking out those who are seldom heard or likely to have poorer outcomes (MVP Toolkit 4.4).',
            'Looks at information about the services, such as the maternity dashboard and themes of complaints, to see what is going well and what could be better (MVP Toolkit 4.5).',
            'Works with staff to coproduce improvements to the services (MVP Toolkit 4.6).',
            'Represents service users at key meetings, such as the labour ward forum and the Local Maternity and Neonatal System (LMNS) board (MVP Toolkit 3.12).',
            'Agrees a workplan each year and reports on what changed in an annual report (MVP Toolkit 4.3 and 4.19).',
          ],
        },
      ],
    },
    {
      id: 'people',
      title: 'Who’s who and how to contact them',
      intro:
        'Give the names and roles of the leadership team and core members, such as the head of midwifery, lead obstetrician and maternity commissioner, and of any link people or secretariat staff (MVP Toolkit 3.2).',
      fields: [
        {
          type: 'rows',
          name: 'people',
          label: 'People new members should know (optional)',
          itemLabel: 'person',
          maxRows: 25,
          hint: 'Only give contact details that each person has agreed to share.',
          columns: [
            { type: 'text', name: 'role', label: 'Role', errorName: 'the role', required: true, maxLength: 160 },
            { type: 'text', name: 'name', label: 'Name', errorName: 'the name', maxLength: 120 },
            { type: 'text', name: 'contact', label: 'How to contact them', errorName: 'how to contact them', maxLength: 200 },
          ],
          default: [
            { role: 'Service user chair', name: '', contact: '' },
            { role: 'Vice-chair', name: '', contact: '' },
            { role: 'Head of midwifery', name: '', contact: '' },
          ],
        },
        {
          type: 'text',
          name: 'mvpContact',
          label: 'How to contact the MVP (optional)',
          errorName: 'how to contact the MVP',
          hint: 'The MVP’s own email address, phone number or social media accounts.',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'meetings',
      title: 'Meetings',
      fields: [
        {
          type: 'longText',
          name: 'meetingPattern',
          label: 'When and how the MVP meets',
          errorName: 'when and how the MVP meets',
          required: true,
          maxLength: 2000,
          rows: 5,
          hint: 'How often, where, online or in person, and whether there is a creche (MVP Toolkit 3.10).',
          default:
            'Full MVP meetings are held at least 4 times a year, as is usual for MVPs (MVP Toolkit 3.10). The agenda and papers are sent out before each meeting. Any member can put forward an item for the agenda by telling the chair.',
        },
        {
          type: 'list',
          name: 'meetingDates',
          label: 'Dates of the next meetings (optional)',
          errorName: 'the dates of the next meetings',
          itemLabel: 'meeting',
          itemMaxLength: 200,
          maxItems: 12,
          hint: 'One meeting in each box, with its time and place.',
        },
      ],
    },
    {
      id: 'expenses',
      title: 'Expenses',
      fields: [
        {
          type: 'longText',
          name: 'expenses',
          label: 'How to claim expenses',
          errorName: 'how to claim expenses',
          required: true,
          maxLength: 2000,
          rows: 5,
          hint: 'What can be claimed, how, and how quickly it is paid. A clear process for claiming expenses makes the MVP accessible to all (MVP Toolkit 2.5).',
          default:
            'Service user members can claim out-of-pocket expenses for MVP work, including travel, parking, and childcare or other caring costs (MVP Toolkit 2.5). Ask the chair or the MVP support team for a claim form, and keep your receipts.',
        },
      ],
    },
    {
      id: 'privacy',
      title: 'Your personal information',
      intro:
        'The MVP must handle all personal data legally and sensitively; National Maternity Voices has guidance on data protection (GDPR), and it may help to agree a confidentiality policy (MVP Toolkit 4.19). Check this wording with your host organisation.',
      fields: [
        {
          type: 'longText',
          name: 'personalInformation',
          label: 'How the MVP uses personal information',
          errorName: 'how the MVP uses personal information',
          required: true,
          maxLength: 2000,
          rows: 5,
          default:
            'We keep your name and contact details only to run the MVP and to contact you about it. We keep them safely, share them with no one else without your permission, and delete them when you leave unless you ask us to keep in touch. You can ask to see, correct or delete what we hold about you at any time.',
        },
        {
          type: 'longText',
          name: 'confidentiality',
          label: 'Confidentiality (optional)',
          errorName: 'the confidentiality information',
          maxLength: 1500,
          rows: 4,
          default:
            'Families sometimes share personal stories with the MVP. Members keep anything shared in confidence to themselves, and the MVP only passes feedback on without names, unless the person has agreed.',
        },
        {
          type: 'text',
          name: 'privacyContact',
          label: 'Who to ask about personal information (optional)',
          errorName: 'who to ask about personal information',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'involved',
      title: 'Getting involved',
      fields: [
        {
          type: 'list',
          name: 'waysToGetInvolved',
          label: 'Ways to get involved',
          errorName: 'the ways to get involved',
          itemLabel: 'way to get involved',
          required: true,
          itemMaxLength: 400,
          maxItems: 15,
          default: [
            'A tour of the maternity unit, to get to know the service (MVP Toolkit 3.2).',
            'Walk the Patch: talking to families on the maternity ward or in a community setting about their care (MVP Toolkit 4.4).',
            '15 Steps for Maternity: looking at the service as families see it when they arrive and use it (MVP Toolkit 3.13).',
            'Surveys, online, on paper or by interview, on a particular issue (MVP Toolkit 4.4).',
            'Focus groups, community outreach visits and coffee mornings (MVP Toolkit 4.4).',
            'Coproducing a leaflet or another resource with staff (MVP Toolkit 3.9).',
          ],
        },
      ],
    },
    {
      id: 'access',
      title: 'Help to take part',
      fields: [
        {
          type: 'longText',
          name: 'accessibility',
          label: 'Access and other help to take part',
          errorName: 'the access information',
          required: true,
          maxLength: 1500,
          rows: 4,
          hint: 'Only offer what your MVP can arrange. MVP Toolkit 3.10 suggests creches, wheelchair access and online meetings.',
          default:
            'Tell us anything that would help you take part: for example step-free access, a creche, a quiet space, large print or another format, or joining a meeting online.',
        },
        {
          type: 'longText',
          name: 'interpreting',
          label: 'Interpreting and other languages (optional)',
          errorName: 'the interpreting information',
          maxLength: 1500,
          rows: 3,
          hint: 'Whether you can arrange interpreters, including British Sign Language, or translated information. Translated materials are one of the ways MVPs reach families (MVP Toolkit 4.18).',
        },
      ],
    },
    {
      id: 'more',
      title: 'How members work together',
      fields: [
        {
          type: 'longText',
          name: 'principles',
          label: 'Principles members follow',
          errorName: 'the principles members follow',
          required: true,
          maxLength: 1500,
          rows: 3,
          default:
            'All MVP members are guided by the Seven Principles of Public Life (the Nolan Principles): selflessness, integrity, objectivity, accountability, openness, honesty and leadership (MVP Toolkit 3.2).',
        },
        {
          type: 'list',
          name: 'furtherReading',
          label: 'Also in this pack (optional)',
          errorName: 'what else is in this pack',
          itemLabel: 'document',
          itemMaxLength: 300,
          maxItems: 15,
          hint: 'The other documents you give new members (MVP Toolkit 3.2).',
          default: [
            'The MVP’s terms of reference',
            'Role descriptions for the chair and for members',
            'The MVP’s latest annual report',
            'An expenses claim form',
            'National Maternity Voices’ service user representative information pack',
          ],
        },
      ],
    },
  ],
};

export default definition;
