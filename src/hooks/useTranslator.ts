'use client';
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { InviteKitContext } from '../components/InviteKitContext.js';
import { getCatalog, getCatalogsVersion, isCatalogPending, loadCatalog, subscribeCatalogs } from '../messages/catalogs.js';
import { createTranslator, type Translator } from '../messages/createTranslator.js';
import type { Messages } from '../messages/LocaleCatalog.js';
import { en } from '../locales/en.js';
import { localeChain, resolveLocale } from '../messages/resolveLocale.js';

const noSubscribe = () => () => {};
// The server cannot know the browser's languages; hydration starts from the
// server's answer and then switches, so the markup matches.
const browserLanguages = () => (typeof navigator === 'undefined' ? null : navigator.languages.join(','));
const serverLanguages = () => null;
const hasCatalog = (tag: string) => !!getCatalog(tag) || isCatalogPending(tag);

export interface UseTranslatorOptions {
  locale?: string | undefined;
  messages?: Messages | undefined;
}

/**
 * Messages for the active locale: the `locale` prop, else the provider's, else
 * the first of the browser's languages with a catalog, else English. Lookup falls back from the overrides to the
 * exact catalog (`pt-BR`), its base language (`pt`), then English.
 */
export function useTranslator({ locale, messages }: UseTranslatorOptions = {}): Translator {
  const config = useContext(InviteKitContext);
  const languages = useSyncExternalStore(noSubscribe, browserLanguages, serverLanguages);
  const version = useSyncExternalStore(subscribeCatalogs, getCatalogsVersion, getCatalogsVersion);
  const tag = resolveLocale([locale, config?.locale], languages?.split(','), hasCatalog);

  // Both effect and memo derive the chain from `tag`; `version` also changes
  // when loaders are registered after the first render.
  useEffect(() => {
    if (localeChain(tag).some(isCatalogPending)) void loadCatalog(tag);
  }, [tag, version]);

  const providerMessages = config?.messages;
  return useMemo(() => {
    const merged: Record<string, unknown> = { ...en };
    const catalogs = localeChain(tag).reverse().map(getCatalog);
    for (const source of [...catalogs, providerMessages, messages]) {
      for (const [key, value] of Object.entries(source ?? {})) if (value != null) merged[key] = value;
    }
    return createTranslator(tag, merged as typeof en);
    // `version` changes when a catalog arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tag, version, providerMessages, messages]);
}
