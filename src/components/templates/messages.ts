// Words more than one module of the form says.

export const LOAD_FAILED =
  'Sorry, your answers could not be checked: part of this page could not be loaded. Check your connection and try again. Your answers are still saved.';
