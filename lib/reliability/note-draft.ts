import { z } from '../z';
import { NOTE_MAX_LENGTH } from '../model/limits';

/** A note being typed is kept in the settings table under this key, so closing the popup loses nothing. */
export const noteDraftKey = (taskId: string) => `noteDraft:${taskId}`;
export const noteDraft = z.string().max(NOTE_MAX_LENGTH);
