import { z } from '../z';
import { NOTE_MAX_LENGTH } from '../model/limits';

/** A note being typed is kept in the settings table (settings.noteDrafts), so closing the popup loses nothing. */
export const noteDraft = z.string().max(NOTE_MAX_LENGTH);
