// Ids of form controls, shared by the form and by error summary links.
export const fieldId = (name: string) => `f-${name}`;
export const itemId = (name: string, index: number) => `f-${name}-${index + 1}`;
export const cellId = (name: string, index: number, column: string) => `f-${name}-${index + 1}-${column}`;
/** The name shared by the status choices of a field's checkpoint (the progress check). */
export const statusName = (field: { name: string }, index: number) => cellId(field.name, index, 'status');
export const addButtonId = (name: string) => `f-${name}-add`;
export const errorId = (name: string) => `f-${name}-error`;
export const hintId = (name: string) => `f-${name}-hint`;
