// The headings of an MVP workplan, shared by the workplan and the annual report that reports on it.
import type { ChoiceOption } from '../src/templates-engine/types.ts';

/** MVP Toolkit 4.3: the activities in the workplan of an established MVP. */
export const ACTIVITIES: ChoiceOption[] = [
  { value: 'feedback', label: 'Gathering feedback' },
  { value: 'reviewing', label: 'Reviewing services' },
  { value: 'coproduction', label: 'Coproduction' },
  { value: 'representation', label: 'Representation' },
  { value: 'strategic', label: 'Input to strategic decision-making' },
];

/** MVP Toolkit 4.3: the areas of focus (more on each in 4.9 to 4.13). */
export const AREAS: ChoiceOption[] = [
  { value: 'safety', label: 'Safety' },
  { value: 'choice', label: 'Choice & personalisation' },
  { value: 'equity', label: 'Equity' },
  { value: 'neonatal', label: 'Neonatal' },
  { value: 'mentalHealth', label: 'Perinatal mental health' },
];

/** MVP Toolkit 4.3: the geographical and organisational tiers (4.14 to 4.17). */
export const TIERS: ChoiceOption[] = [
  { value: 'provider', label: 'Provider' },
  { value: 'lms', label: 'LMS/ICS' },
  { value: 'regional', label: 'Regional' },
  { value: 'national', label: 'National' },
];

/** MVP Toolkit 4.3 (what priorities take account of), 4.3 and 3.13 (15 Steps, Walk the Patch). */
export const EVIDENCE: ChoiceOption[] = [
  { value: 'feedback', label: 'Service user feedback' },
  { value: 'fifteenSteps', label: '15 Steps for Maternity' },
  { value: 'walkThePatch', label: 'Walk the Patch' },
  { value: 'dashboards', label: 'Maternity dashboards and other data' },
  { value: 'complaints', label: 'Themes from complaints' },
  { value: 'nhsPriorities', label: 'NHS priorities' },
];

export const STATUSES: ChoiceOption[] = [
  { value: 'notStarted', label: 'Not started' },
  { value: 'onTrack', label: 'Under way, on track' },
  { value: 'delayed', label: 'Under way, delayed' },
  { value: 'done', label: 'Done' },
  { value: 'carriedForward', label: 'Carried forward to next year' },
  { value: 'stopped', label: 'Stopped' },
];
