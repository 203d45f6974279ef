// Every built-in catalog but English, by the tag it is registered under.
import { ar } from '../../src/locales/ar.js';
import { bn } from '../../src/locales/bn.js';
import { enXA } from '../../src/locales/en-XA.js';
import { fa } from '../../src/locales/fa.js';
import { fr } from '../../src/locales/fr.js';
import { id } from '../../src/locales/id.js';
import { it } from '../../src/locales/it.js';
import { ms } from '../../src/locales/ms.js';
import { nl } from '../../src/locales/nl.js';
import { pt } from '../../src/locales/pt.js';
import { ru } from '../../src/locales/ru.js';
import { sq } from '../../src/locales/sq.js';
import { th } from '../../src/locales/th.js';
import { tr } from '../../src/locales/tr.js';
import { ur } from '../../src/locales/ur.js';
import { zh } from '../../src/locales/zh.js';
import { arBulk } from '../../src/locales/bulk/ar.js';
import { bnBulk } from '../../src/locales/bulk/bn.js';
import { faBulk } from '../../src/locales/bulk/fa.js';
import { frBulk } from '../../src/locales/bulk/fr.js';
import { idBulk } from '../../src/locales/bulk/id.js';
import { itBulk } from '../../src/locales/bulk/it.js';
import { msBulk } from '../../src/locales/bulk/ms.js';
import { nlBulk } from '../../src/locales/bulk/nl.js';
import { ptBulk } from '../../src/locales/bulk/pt.js';
import { ruBulk } from '../../src/locales/bulk/ru.js';
import { sqBulk } from '../../src/locales/bulk/sq.js';
import { thBulk } from '../../src/locales/bulk/th.js';
import { trBulk } from '../../src/locales/bulk/tr.js';
import { urBulk } from '../../src/locales/bulk/ur.js';
import { zhBulk } from '../../src/locales/bulk/zh.js';
import { enXABulk } from '../../src/locales/bulk/en-XA.js';
import type { BulkLocaleCatalog, LocaleCatalog } from '../../src/messages/LocaleCatalog.js';

/** The fifteen translations of the English catalog and the pseudo-locale, by BCP 47 tag. */
export const CATALOGS: Record<string, LocaleCatalog> = {
  ar, bn, fa, fr, id, it, ms, nl, pt, ru, sq, th, tr, ur, zh,
  'en-XA': enXA,
};

/** The same for the bulk dialog's own messages, registered under `<tag>/bulk`. */
export const BULK_CATALOGS: Record<string, BulkLocaleCatalog> = {
  ar: arBulk, bn: bnBulk, fa: faBulk, fr: frBulk, id: idBulk, it: itBulk, ms: msBulk, nl: nlBulk,
  pt: ptBulk, ru: ruBulk, sq: sqBulk, th: thBulk, tr: trBulk, ur: urBulk, zh: zhBulk,
  'en-XA': enXABulk,
};
