import type { CatalogLoader } from '../messages/catalogs.js';

/**
 * A loader for every built-in catalog, each its own chunk fetched on first use.
 * Register them once and any component can switch to any of these locales:
 * `registerCatalogLoaders(localeLoaders)`. `en-XA` is the pseudo-locale; the
 * bulk dialog's catalogs are the `<tag>/bulk` entries.
 */
export const localeLoaders = {
  ar: () => import('./ar.js'),
  bn: () => import('./bn.js'),
  fa: () => import('./fa.js'),
  fr: () => import('./fr.js'),
  id: () => import('./id.js'),
  it: () => import('./it.js'),
  ms: () => import('./ms.js'),
  nl: () => import('./nl.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  sq: () => import('./sq.js'),
  th: () => import('./th.js'),
  tr: () => import('./tr.js'),
  ur: () => import('./ur.js'),
  zh: () => import('./zh.js'),
  'en-XA': () => import('./en-XA.js'),
  // The bulk dialog's own messages, under `<tag>/bulk`: loaded only by it.
  'ar/bulk': () => import('./bulk/ar.js'),
  'bn/bulk': () => import('./bulk/bn.js'),
  'fa/bulk': () => import('./bulk/fa.js'),
  'fr/bulk': () => import('./bulk/fr.js'),
  'id/bulk': () => import('./bulk/id.js'),
  'it/bulk': () => import('./bulk/it.js'),
  'ms/bulk': () => import('./bulk/ms.js'),
  'nl/bulk': () => import('./bulk/nl.js'),
  'pt/bulk': () => import('./bulk/pt.js'),
  'ru/bulk': () => import('./bulk/ru.js'),
  'sq/bulk': () => import('./bulk/sq.js'),
  'th/bulk': () => import('./bulk/th.js'),
  'tr/bulk': () => import('./bulk/tr.js'),
  'ur/bulk': () => import('./bulk/ur.js'),
  'zh/bulk': () => import('./bulk/zh.js'),
  'en-XA/bulk': () => import('./bulk/en-XA.js'),
} satisfies Record<string, CatalogLoader>;

/** Every locale with a built-in catalog (English is in the main entry). */
export const BUILT_IN_LOCALES = ['en', ...Object.keys(localeLoaders).filter((tag) => !tag.includes('/'))];
