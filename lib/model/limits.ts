/** Longest progress note a task keeps; the note panel, its draft and the write all check the same number. */
export const NOTE_MAX_LENGTH = 500;
