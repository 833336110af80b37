// The character count under a long answer (GOV.UK character count): its ids, its words and its markup.
import { h, type Markup } from './h.ts';

export const countId = (name: string) => `f-${name}-count`;

/** "You have 120 characters remaining" / "You have 3 characters too many". */
export function remainingMessage(length: number, max: number): { text: string; over: boolean } {
  const left = max - length;
  const n = Math.abs(left).toLocaleString('en-GB');
  const unit = Math.abs(left) === 1 ? 'character' : 'characters';
  return left >= 0 ? { text: `You have ${n} ${unit} remaining`, over: false } : { text: `You have ${n} ${unit} too many`, over: true };
}

/** `name`: the answer's id without its "f-". */
export function characterCount(name: string, value: string, max: number): Markup {
  const message = remainingMessage([...value].length, max);
  return h(
    'div',
    { class: 'character-count' },
    h('div', { class: `hint character-count__message${message.over ? ' is-over' : ''}`, id: countId(name) }, message.text),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-count-live': name }),
  );
}
