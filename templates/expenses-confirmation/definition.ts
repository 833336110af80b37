import { ANYTHING_ELSE, EXPENSES_REQUIREMENT, confirmationLetter } from '../sa7-confirmation.ts';
import { TOOLKIT } from '../role-description.ts';

export default confirmationLetter({
  slug: 'expenses-confirmation',
  title: 'Written confirmation of expenses, including childcare',
  summary:
    'A letter in which the service user chair (or MNVP lead) confirms to the trust that they and the other service user members can claim out-of-pocket expenses, including childcare, in a timely way: evidence for Safety Action 7.',
  serves: ['2.5'],
  sources: [`${TOOLKIT}: 2.5 (the requirement, quoted exactly, and the expenses process)`],
  fileLabel: 'Confirmation of expenses',
  keywords: ['expenses letter', 'childcare', 'childcare costs', 'out of pocket', 'claims'],
  requirement: EXPENSES_REQUIREMENT,
  confirms: {
    id: 'confirmation',
    title: 'What you confirm',
    intro:
      'The letter says, in your name, that for the period above you and the other service user members of the MVP committee have been able to claim out-of-pocket expenses, including childcare costs, in a timely way. Add how, so the trust can check it.',
    fields: [
      {
        type: 'list',
        name: 'whatCanBeClaimed',
        label: 'What service user members can claim',
        errorName: 'what service user members can claim',
        itemLabel: 'kind of expense',
        required: true,
        itemMaxLength: 300,
        maxItems: 15,
        hint: 'One kind of expense in each box. Change these to match your MVP’s expenses policy.',
        default: [
          'Travel to and from MVP meetings and activities',
          'Parking',
          'Childcare, and other caring costs, while taking part',
          'Other out-of-pocket costs agreed beforehand',
        ],
      },
      {
        type: 'longText',
        name: 'howToClaim',
        label: 'How to claim',
        errorName: 'how to claim',
        hint: 'The form, who it goes to and what to attach. MVP Toolkit 2.5 says a clear process for claiming expenses makes the MVP accessible to all, and that the funding organisation may already have a volunteer expenses policy that will do.',
        required: true,
        maxLength: 1500,
        rows: 4,
      },
      {
        type: 'text',
        name: 'paidWithin',
        label: 'How quickly claims are paid (optional)',
        errorName: 'how quickly claims are paid',
        hint: 'For example, within 14 days of the claim.',
        maxLength: 200,
      },
      {
        type: 'text',
        name: 'expensesPolicy',
        label: 'The expenses policy that applies (optional)',
        errorName: 'the expenses policy that applies',
        hint: 'Its name and date, so the trust can find it.',
        maxLength: 300,
      },
      ANYTHING_ELSE,
    ],
  },
});
