// Ids of form controls, shared by the form and by error summary links.
export const fieldId = (name: string) => `f-${name}`;
export const itemId = (name: string, index: number) => `f-${name}-${index + 1}`;
export const cellId = (name: string, index: number, column: string) => `f-${name}-${index + 1}-${column}`;
export const addButtonId = (name: string) => `f-${name}-add`;
export const errorId = (name: string) => `f-${name}-error`;
export const hintId = (name: string) => `f-${name}-hint`;
