// The engine journey files (tests/engines/), all or one engine's: `npm run test:webkit`, `npm run test:firefox`.
import { readdirSync } from 'node:fs';

/** @param {'webkit' | 'firefox'} [engine] */
export const engineTestFiles = (engine) =>
  readdirSync('tests/engines')
    .filter((f) => f.endsWith('.test.ts') && (!engine || f.startsWith(`${engine}-`)))
    .map((f) => `tests/engines/${f}`);
