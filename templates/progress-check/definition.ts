// The progress check at /progress/: every checkpoint of content/progress/checkpoints.yaml, with a status,
// a note and evidence, on the template engine. It has a page of its own rather than one under /templates/.
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import type { CheckpointsField } from '../../src/templates-engine/checkpoints/types.ts';
import { FAQ, TOOLKIT } from '../role-description.ts';
import { checkpointGroups, readCheckpointEntries, readToolkitSections } from './checkpoints.ts';

const entries = readCheckpointEntries();
const titles = new Map<string, string>();
for (const slug of new Set(entries.flatMap((e) => e.templates))) {
  const found = (await import(`../${slug}/definition.ts`).catch(() => undefined)) as { default: TemplateDefinition } | undefined;
  if (found) titles.set(slug, found.default.title);
}

const progress: CheckpointsField = {
  type: 'checkpoints',
  name: 'progress',
  label: 'Checkpoints',
  hint: 'For each checkpoint, choose how far your MVP has got. A checkpoint you leave unanswered counts as not started. Open “Note and evidence” to say who is doing it or where the minutes or documents that show it are kept.',
  groups: checkpointGroups(entries, readToolkitSections(), (slug) => titles.get(slug)),
  noteMaxLength: 1000,
  nextCount: 5,
  sa7Only: { field: 'report', value: 'sa7' },
  reportIntro: `Each checkpoint is our own plain-English statement of something that is in place when an MVP follows a section of the MVP Toolkit (National Maternity Voices, March 2022); the toolkit itself says what to do and why. Checkpoints marked “Safety Action 7 evidence” are ones the toolkit or NHS England’s FAQ for ICBs names as evidence for NHS Resolution’s Maternity Incentive Scheme.`,
  sa7Intro: `These checkpoints cover the evidence for Safety Action 7 of NHS Resolution’s Maternity Incentive Scheme that the MVP Toolkit (National Maternity Voices, March 2022) quotes in sections 2.5, 4.3, 4.4, 4.6 and 4.20 (from the scheme for 2021/22) and that question 12 of NHS England’s frequently asked questions for ICBs on maternity and neonatal voices partnerships describes (Year 5 of the scheme). The scheme changes every year: check the current year’s requirements with NHS Resolution.`,
};

const definition: TemplateDefinition = {
  slug: 'progress-check',
  version: 1,
  title: 'Progress check',
  summary:
    'Mark what is already in place in your MVP, section by section of the toolkit, see which stage you have reached and what to do next, and download a report or a Safety Action 7 evidence list.',
  audience: 'MVP chairs and service user leadership teams, and the staff and commissioners who support them.',
  serves: [],
  sources: [`${TOOLKIT}: every numbered section, 1.1 to 5.6`, `${FAQ}: question 12`],
  fileLabel: 'Progress check',
  nameField: 'mvpName',
  outputs: ['docx', 'xlsx'],
  sections: [
    {
      id: 'about',
      title: 'Your MVP',
      fields: [
        {
          type: 'text',
          name: 'mvpName',
          label: 'Your MVP’s name',
          errorName: 'your MVP’s name',
          hint: 'For example, Kernow Maternity and Neonatal Voices Partnership. It appears at the top of every page of the report and in the file name.',
          required: true,
          maxLength: 120,
        },
        {
          type: 'date',
          name: 'checkedOn',
          label: 'Date of this check (optional)',
          errorName: 'the date of this check',
          hint: 'For example, the date of the meeting that went through it.',
        },
        {
          type: 'text',
          name: 'checkedBy',
          label: 'Who took part (optional)',
          errorName: 'who took part',
          hint: 'For example, the chair, the vice-chair and the trust’s MVP link.',
          maxLength: 300,
        },
      ],
    },
    {
      id: 'now',
      title: 'Where your MVP is now',
      intro: 'This summary changes as you mark the checkpoints below.',
      fields: [],
      display: 'progress',
    },
    { id: 'checkpoints', title: 'Checkpoints, stage by stage', fields: [progress] },
    {
      id: 'report',
      title: 'Your report',
      fields: [
        {
          type: 'choice',
          name: 'report',
          label: 'Which report do you want?',
          errorName: 'which report you want',
          required: true,
          default: 'progress',
          options: [
            {
              value: 'progress',
              label: 'Progress report',
              hint: 'For the LMNS board or an annual review: the count for each stage, the next steps, and every checkpoint with its status, note and evidence.',
            },
            {
              value: 'sa7',
              label: 'Safety Action 7 evidence list',
              hint: 'Only the checkpoints that are Safety Action 7 evidence, with their status, notes and evidence, for the trust’s Maternity Incentive Scheme return.',
            },
          ],
        },
      ],
    },
  ],
};

export default definition;
