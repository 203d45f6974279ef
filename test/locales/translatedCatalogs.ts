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
import type { LocaleCatalog } from '../../src/messages/LocaleCatalog.js';

/** The fifteen translations of the English catalog and the pseudo-locale, by BCP 47 tag. */
export const CATALOGS: Record<string, LocaleCatalog> = {
  ar, bn, fa, fr, id, it, ms, nl, pt, ru, sq, th, tr, ur, zh,
  'en-XA': enXA,
};
