'use client';
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { InviteKitContext } from '../components/InviteKitContext.js';
import { getCatalog, getCatalogsVersion, isCatalogPending, loadCatalog, subscribeCatalogs } from '../messages/catalogs.js';
import { createTranslator, type Translator } from '../messages/createTranslator.js';
import type { BulkMessages, MessageValue } from '../messages/LocaleCatalog.js';
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
  messages?: BulkMessages | undefined;
  /**
   * A second part of the catalogs to use as well, with its English messages:
   * the bulk dialog's (`bulk`, registered under `<tag>/bulk`).
   */
  part?: { name: 'bulk'; english: Readonly<Record<string, MessageValue>> } | undefined;
}

/**
 * Messages for the active locale: the `locale` prop, else the provider's, else
 * the first of the browser's languages with a catalog, else English. Lookup falls back from the overrides to the
 * exact catalog (`pt-BR`), its base language (`pt`), then English.
 */
export function useTranslator({ locale, messages, part }: UseTranslatorOptions = {}): Translator {
  const config = useContext(InviteKitContext);
  const languages = useSyncExternalStore(noSubscribe, browserLanguages, serverLanguages);
  const version = useSyncExternalStore(subscribeCatalogs, getCatalogsVersion, getCatalogsVersion);
  const tag = resolveLocale([locale, config?.locale], languages?.split(','), hasCatalog);

  // Both effect and memo derive the chain from `tag`; `version` also changes
  // when loaders are registered after the first render.
  const name = part?.name;
  const tags = (chain: string[]) => (name ? chain.flatMap((t) => [t, `${t}/${name}`]) : chain);
  useEffect(() => {
    if (tags(localeChain(tag)).some(isCatalogPending)) void loadCatalog(tag, name);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tag, version, name]);

  const providerMessages = config?.messages;
  return useMemo(() => {
    const merged: Record<string, MessageValue> = { ...en, ...part?.english };
    const catalogs = tags(localeChain(tag).reverse()).map((t) => getCatalog(t));
    for (const source of [...catalogs, providerMessages, messages]) {
      for (const [key, value] of Object.entries(source ?? {})) if (value != null) merged[key] = value as MessageValue;
    }
    return createTranslator(tag, merged);
    // `version` changes when a catalog arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tag, version, providerMessages, messages, part?.english]);
}
