import { pseudoLocalize } from '../messages/pseudoLocalize.js';
import { en } from './en.js';

/**
 * Pseudo-English (`en-XA`): English with accented letters, about 40 % longer
 * and wrapped in `[` `]`. Not for users — it shows hard-coded strings and
 * layouts that break with longer translations.
 */
export const enXA = pseudoLocalize(en);

export default enXA;
