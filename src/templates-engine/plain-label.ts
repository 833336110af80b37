/** A label without its "(optional)" marker, for use inside sentences (on its own, so the form can use it without the messages). */
export const plainLabel = (label: string) => label.replace(/\s*\(optional\)$/, '');
