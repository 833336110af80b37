// Keystatic (the content editor, `npm run edit`) looks for this file at the project's root.
export { default } from './src/editor/config.ts';
