import type { CatalogLoader } from '../messages/catalogs.js';

/**
 * A loader for every built-in catalog, each its own chunk fetched on first use.
 * Register them once and any component can switch to any of these locales:
 * `registerCatalogLoaders(localeLoaders)`. `en-XA` is the pseudo-locale.
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
} satisfies Record<string, CatalogLoader>;

/** Every locale with a built-in catalog (English is in the main entry). */
export const BUILT_IN_LOCALES = ['en', ...Object.keys(localeLoaders)];
