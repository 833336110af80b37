/** A line to write on, for the blank version. */
export const WRITE_IN = '______________________________';
