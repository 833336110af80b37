// What the two Safety Action 7 confirmation letters share: the toolkit's words they answer, the letter's
// details and the signature. Each letter's folder adds what the chair confirms.
import type { Field, Quotation, Section, TemplateDefinition } from '../src/templates-engine/types.ts';
import { TOOLKIT } from './role-description.ts';

/** MVP Toolkit 2.5's words introducing the two confirmations, exactly (its link to the scheme removed). */
const LEAD_2_5 = 'Providers will need to provide the following evidence in order to comply with Safety Action 7 of the 21/22 Maternity Incentive Scheme:';

/** Quoted exactly from MVP Toolkit 2.5; each letter's document.md repeats it, and a test checks both against the toolkit. */
export const REMUNERATION_REQUIREMENT: Quotation = {
  lead: LEAD_2_5,
  items: [
    '“Written confirmation from the service user chair that they are being remunerated as agreed and that this remuneration reflects the time commitment and requirements of the role given the agreed work programme.”',
  ],
  source: `${TOOLKIT}, section 2.5 (the 21/22 scheme; section 4.20 quotes the same words). Quoted exactly; it appears in your letter as it is here.`,
};

export const EXPENSES_REQUIREMENT: Quotation = {
  lead: LEAD_2_5,
  items: [
    '“Written confirmation from the service user chair that they and other service user members of the MVP committee are able to claim out of pocket expenses, including childcare costs in a timely way.”',
  ],
  source: `${TOOLKIT}, section 2.5 (the 21/22 scheme). Quoted exactly; it appears in your letter as it is here.`,
};

export const CHECK_CURRENT_YEAR =
  'NHS Resolution changes the Maternity Incentive Scheme every year. The words below are the ones MVP Toolkit 2.5 quotes from the 21/22 scheme: check the current year’s Safety Action 7 requirements with NHS Resolution, or ask the trust’s maternity safety lead, before you send this letter.';

interface LetterSpec {
  slug: string;
  title: string;
  summary: string;
  serves: string[];
  sources: string[];
  fileLabel: string;
  keywords: string[];
  requirement: Quotation;
  /** What the chair confirms, after the letter's details. */
  confirms: Section;
}

export function confirmationLetter(spec: LetterSpec): TemplateDefinition {
  return {
    slug: spec.slug,
    version: 1,
    title: spec.title,
    summary: spec.summary,
    audience: 'The service user chair (or MNVP lead) who signs it, and the trust that keeps it as Safety Action 7 evidence.',
    category: 'Safety Action 7 evidence',
    serves: spec.serves,
    sources: spec.sources,
    fileLabel: spec.fileLabel,
    keywords: ['letter', 'SA7', 'evidence', ...spec.keywords],
    nameField: 'mvpName',
    outputs: ['docx'],
    sections: [
      {
        id: 'requirement',
        title: 'What this letter answers',
        intro: CHECK_CURRENT_YEAR,
        quotation: spec.requirement,
        fields: [
          {
            type: 'text',
            name: 'mvpName',
            label: 'Your MVP’s name',
            errorName: 'your MVP’s name',
            hint: 'It appears at the top of the letter and in the file name.',
            required: true,
            maxLength: 120,
          },
          {
            type: 'text',
            name: 'trustName',
            label: 'The trust this confirmation is for',
            errorName: 'the trust this confirmation is for',
            hint: 'The maternity provider trust that gives the evidence to NHS Resolution. If your MVP works with more than one trust, fill in a letter for each.',
            required: true,
            maxLength: 200,
          },
          {
            type: 'text',
            name: 'addressee',
            label: 'Addressed to (optional)',
            errorName: 'who the letter is addressed to',
            hint: 'The person at the trust who gathers the evidence, for example the director of midwifery.',
            maxLength: 200,
          },
          {
            type: 'text',
            name: 'period',
            label: 'Period this confirmation covers',
            errorName: 'the period this confirmation covers',
            hint: 'For example, 1 April 2026 to 31 March 2027. The trust can tell you which period the scheme asks about.',
            required: true,
            maxLength: 120,
            width: 30,
          },
        ],
      },
      spec.confirms,
      {
        id: 'signature',
        title: 'Signature',
        intro:
          'The toolkit’s words ask for the confirmation to come from the service user chair. Where your MVP has an MNVP lead instead, or co-chairs, the person who holds that role signs.',
        fields: [
          {
            type: 'text',
            name: 'signatoryName',
            label: 'Name of the person signing',
            errorName: 'the name of the person signing',
            required: true,
            maxLength: 160,
          },
          {
            type: 'text',
            name: 'signatoryRole',
            label: 'Their role',
            errorName: 'the role of the person signing',
            hint: 'For example, service user chair, co-chair or MNVP lead.',
            required: true,
            maxLength: 120,
            default: 'service user chair',
          },
          { type: 'date', name: 'signedOn', label: 'Date', errorName: 'the date of the letter', required: true },
        ],
      },
    ],
  };
}

/** "Anything else the trust should know": the last question of each letter. */
export const ANYTHING_ELSE: Field = {
  type: 'longText',
  name: 'comments',
  label: 'Anything else the trust should know (optional)',
  errorName: 'anything else the trust should know',
  maxLength: 2000,
  rows: 4,
  hint: 'Only sign a confirmation that is true. If something has not been as agreed, such as late payments, say so here and what has been done about it.',
};
