import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { FAQ, TOOLKIT } from '../role-description.ts';

const definition: TemplateDefinition = {
  slug: 'social-media-guidelines',
  version: 1,
  title: 'Social media guidelines',
  summary:
    'How your MVP runs its social media accounts: who runs them, keeping them independent of the NHS, what is and is not posted, personal stories, complaints, safeguarding, replies, and handing over when people leave.',
  audience: 'Service user leadership teams and anyone who posts for the MVP, and the host organisation or ICB that supports it.',
  category: 'Members and communication',
  serves: ['3.8', '4.18'],
  sources: [`${TOOLKIT}: 2.3, 3.8, 3.11, 3.14, 4.4, 4.18, 4.19`, `${FAQ}: question 13`],
  fileLabel: 'Social media guidelines',
  nameField: 'mvpName',
  outputs: ['docx'],
  keywords: ['social media policy', 'facebook', 'instagram', 'twitter', 'posting', 'online', 'accounts', 'passwords'],
  sections: [
    {
      id: 'about',
      title: 'Your MVP and its accounts',
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
        { type: 'date', name: 'agreedOn', label: 'Date these guidelines were agreed (optional)', errorName: 'the date these guidelines were agreed' },
        { type: 'date', name: 'reviewOn', label: 'Date to review them (optional)', errorName: 'the date to review them' },
        {
          type: 'rows',
          name: 'accounts',
          label: 'The MVP’s accounts',
          itemLabel: 'account',
          required: true,
          maxRows: 15,
          hint: 'Each platform, the account’s name or handle, and who manages it.',
          columns: [
            { type: 'text', name: 'platform', label: 'Platform', errorName: 'the platform', required: true, maxLength: 80 },
            { type: 'text', name: 'accountName', label: 'Account name', errorName: 'the account name', maxLength: 120 },
            { type: 'text', name: 'managedBy', label: 'Managed by', errorName: 'who manages the account', maxLength: 160 },
          ],
          default: [
            { platform: 'Facebook', accountName: '', managedBy: 'Service user chair' },
            { platform: 'Instagram', accountName: '', managedBy: 'Vice-chair' },
          ],
        },
        {
          type: 'longText',
          name: 'whoRuns',
          label: 'Who runs the accounts',
          errorName: 'who runs the accounts',
          required: true,
          maxLength: 1500,
          rows: 4,
          default:
            'The service user leadership team creates and manages the MVP’s social media accounts, so that they are clearly separate from the accounts of the NHS and other partner organisations (MVP Toolkit 3.8). Other members can suggest posts to the team.',
        },
      ],
    },
    {
      id: 'independence',
      title: 'Independence',
      intro:
        'NHS England’s FAQ for ICBs says MNVP branding should be independent of NHS branding and that MNVPs should have control over their social media (question 13).',
      fields: [
        {
          type: 'longText',
          name: 'independence',
          label: 'Keeping the accounts independent',
          errorName: 'how the accounts are kept independent',
          required: true,
          maxLength: 1500,
          rows: 4,
          default:
            'The accounts, their logins and the MVP’s logo belong to the MVP: not to the NHS, a host organisation or any one person. Our branding is our own, separate from NHS branding, and the MVP decides what it posts.',
        },
      ],
    },
    {
      id: 'posting',
      title: 'What we post',
      fields: [
        {
          type: 'list',
          name: 'wePost',
          label: 'What we post',
          errorName: 'what the MVP posts',
          itemLabel: 'kind of post',
          required: true,
          itemMaxLength: 400,
          maxItems: 15,
          default: [
            'News of MVP meetings and events, and ways to get involved.',
            'Requests for feedback, and surveys: the MVP’s social media pages can be a valuable source of feedback (MVP Toolkit 4.4).',
            'What has changed because of what families told us, so people can see that feedback makes a difference (MVP Toolkit 3.14).',
            'Positive feedback about staff and services, with the permission of the person who gave it (MVP Toolkit 3.14).',
            'Information from the local maternity and neonatal services and from national organisations.',
          ],
        },
        {
          type: 'list',
          name: 'weDoNotPost',
          label: 'What we do not post',
          errorName: 'what the MVP does not post',
          itemLabel: 'kind of post',
          required: true,
          itemMaxLength: 400,
          maxItems: 15,
          default: [
            'Anything that could identify a family or a member of staff, unless they have agreed to it.',
            'Anything shared with the MVP in confidence.',
            'Medical advice: we point people to their midwife, doctor or health visitor instead.',
            'Criticism of named staff.',
            'Party political or commercial content.',
          ],
        },
      ],
    },
    {
      id: 'stories',
      title: 'Personal stories and complaints',
      fields: [
        {
          type: 'longText',
          name: 'personalStories',
          label: 'Personal stories',
          errorName: 'how personal stories are handled',
          required: true,
          maxLength: 1500,
          rows: 4,
          default:
            'We only share someone’s story with their permission, in words they have agreed, and without details that could identify them unless they ask to be named. Anyone can ask us to take their story down, and we do so straight away.',
        },
        {
          type: 'longText',
          name: 'complaints',
          label: 'Complaints and concerns',
          errorName: 'how complaints are handled',
          required: true,
          maxLength: 1500,
          rows: 4,
          hint: 'The MVP does not investigate complaints: it points people to where they can be dealt with (MVP Toolkit 3.11).',
          default:
            'If someone posts a complaint or a concern about their care, we reply privately, thank them, and tell them how to contact the Patient Advice and Liaison Service (PALS) or the link person in the service (MVP Toolkit 3.11). With their permission, the theme goes into our feedback reports, without names (MVP Toolkit 4.4).',
        },
      ],
    },
    {
      id: 'safeguarding',
      title: 'Safeguarding',
      fields: [
        {
          type: 'longText',
          name: 'safeguarding',
          label: 'If someone may be at risk',
          errorName: 'what to do if someone may be at risk',
          required: true,
          maxLength: 1500,
          rows: 4,
          hint: 'Agree this with the organisation that supports your MVP. A host organisation may bring safeguarding expertise (MVP Toolkit 2.3).',
          default:
            'If a post or message suggests that someone may be at risk of harm, we do not try to deal with it online. We reply privately with where to get help, and tell our safeguarding contact the same day.',
        },
        {
          type: 'text',
          name: 'safeguardingContact',
          label: 'Safeguarding contact (optional)',
          errorName: 'the safeguarding contact',
          hint: 'The person at the trust or host organisation who advises the MVP on safeguarding.',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'replies',
      title: 'Replying to messages',
      fields: [
        {
          type: 'number',
          name: 'replyDays',
          label: 'We aim to reply within (optional)',
          errorName: 'how soon the MVP replies',
          hint: 'Working days. Set a time the team can keep.',
          integer: true,
          min: 1,
          max: 30,
          unit: 'working days',
          width: 5,
        },
        {
          type: 'longText',
          name: 'replies',
          label: 'How we reply',
          errorName: 'how the MVP replies',
          required: true,
          maxLength: 1500,
          rows: 4,
          default:
            'We answer messages and comments as a team. Our accounts say how soon people can expect a reply. Handling enquiries is a big part of the leadership team’s role, so we keep track of the time it takes (MVP Toolkit 3.11).',
        },
      ],
    },
    {
      id: 'handover',
      title: 'When people leave',
      fields: [
        {
          type: 'longText',
          name: 'handover',
          label: 'Handing over the accounts',
          errorName: 'how the accounts are handed over',
          required: true,
          maxLength: 1500,
          rows: 4,
          default:
            'At least two members of the leadership team can log in to each account, and the login details are kept somewhere safe that the MVP controls. When someone leaves a role, we remove their access, change the passwords and hand the accounts to the person taking over, so the MVP never loses control of its accounts (FAQ question 13).',
        },
      ],
    },
  ],
};

export default definition;
