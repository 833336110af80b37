// The places of figures worked out from the answers (a line's cost, a table's total), drawn with the form so
// that the page keeps its layout when they are filled in.
import { formatPence } from '../../../templates-engine/money.ts';
import { h, type Child } from './h.ts';

/** What a costed line's amount says: "Cost of this line: £120.00", or that its figures are still to fill in. */
export function lineAmount(line: string, pence: number | null): Child[] {
  return [
    h('strong', {}, `${line}: `),
    ...(pence === null
      ? [h('span', { class: 'row-amount__pending' }, 'fill in the figures to see it'), h('span', { class: 'row-amount__dash', 'aria-hidden': 'true' }, '–')]
      : [formatPence(pence, true)]),
  ];
}

/** A costed table's figures as a display works them out: each line's amount and the table's total. */
export interface TableFigures {
  line: string;
  amounts: Array<number | null>;
  total: string;
}
