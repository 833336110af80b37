import { ANYTHING_ELSE, REMUNERATION_REQUIREMENT, confirmationLetter } from '../sa7-confirmation.ts';
import { TOOLKIT } from '../role-description.ts';

export default confirmationLetter({
  slug: 'remuneration-confirmation',
  title: 'Written confirmation of remuneration',
  summary:
    'A letter in which the service user chair (or MNVP lead) confirms to the trust that they are paid as agreed, and that the pay reflects the time and work the role takes under the agreed work programme: evidence for Safety Action 7.',
  serves: ['2.5', '4.20'],
  sources: [`${TOOLKIT}: 2.5 and 4.20 (the requirement, quoted exactly), 4.3 (the work programme)`],
  fileLabel: 'Confirmation of remuneration',
  keywords: ['remuneration letter', 'pay letter', 'payment', 'paid as agreed', 'chair pay'],
  requirement: REMUNERATION_REQUIREMENT,
  confirms: {
    id: 'confirmation',
    title: 'What you confirm',
    intro:
      'The letter says, in your name, that for the period above you have been remunerated as agreed and that this remuneration reflects the time commitment and requirements of the role given the agreed work programme. Add what lets the trust check it.',
    fields: [
      {
        type: 'longText',
        name: 'howPaid',
        label: 'How you are paid',
        errorName: 'how you are paid',
        hint: 'The rate and time agreed, and how payments are made: for example, a day rate for a set number of days a month, paid on the same date each month through payroll (MVP Toolkit 2.5).',
        required: true,
        maxLength: 1500,
        rows: 4,
      },
      {
        type: 'text',
        name: 'agreedIn',
        label: 'Where the pay was agreed (optional)',
        errorName: 'where the pay was agreed',
        hint: 'For example, the chair role description agreed on 1 March 2026, or your contract.',
        maxLength: 300,
      },
      {
        type: 'text',
        name: 'workProgramme',
        label: 'The agreed work programme (optional)',
        errorName: 'the agreed work programme',
        hint: 'For example, the MVP’s annual workplan for April 2026 to March 2027, agreed by the MVP and ratified by the LMNS board, with the dates (MVP Toolkit 4.3).',
        maxLength: 300,
      },
      ANYTHING_ELSE,
    ],
  },
});
