import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';
import { pseudoLocalize } from '../../messages/pseudoLocalize.js';
import { bulkEn } from './en.js';

/** Pseudo-English (`en-XA`) for the bulk dialog: see the main `en-XA` catalog. */
export const enXABulk: BulkLocaleCatalog = pseudoLocalize(bulkEn);

export default enXABulk;
