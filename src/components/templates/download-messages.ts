// Shared by the download buttons (behaviours/downloads.ts) and the code they load (download-dom.ts).
export const LOAD_FAILED =
  'Sorry, your answers could not be checked: part of this page could not be loaded. Check your connection and try again. Your answers are still saved.';
