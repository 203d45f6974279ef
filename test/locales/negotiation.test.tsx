import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInviteClient } from '../../src/api/createInviteClient.js';
import { InviteKitProvider } from '../../src/components/InviteKitProvider.js';
import { InviteUserDialog } from '../../src/components/InviteUserDialog.js';
import { useTranslator, type UseTranslatorOptions } from '../../src/hooks/useTranslator.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { fa } from '../../src/locales/fa.js';
import { fr } from '../../src/locales/fr.js';
import { pt } from '../../src/locales/pt.js';
import { ru } from '../../src/locales/ru.js';
import { ur } from '../../src/locales/ur.js';
import { registerCatalog } from '../../src/messages/catalogs.js';
import { localeChain, resolveLocale } from '../../src/messages/resolveLocale.js';

/** Shows what a component would: a message, a countdown, and the dir/lang it would set. */
function Probe(props: UseTranslatorOptions) {
  const { t, dir, lang, locale } = useTranslator(props);
  return (
    <section aria-label="probe" dir={dir} lang={lang} data-locale={locale}>
      <p>{t('cancel')}</p>
      <p role="timer">{t('retry.countdown', { seconds: 30 })}</p>
    </section>
  );
}

const probe = () => screen.getByRole('region', { name: 'probe' });

function stubBrowserLanguages(languages: readonly string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('given resolveLocale', () => {
  const available = (tag: string) => ['en', 'fr', 'ru', 'pt'].includes(tag);

  it('should take the first usable tag the host chose, the prop before the provider', () => {
    expect(resolveLocale(['pt-BR', 'fr'], ['ru'], available)).toBe('pt-BR');
    expect(resolveLocale([undefined, 'fr'], ['ru'], available)).toBe('fr');
  });

  it('should keep a host-chosen tag without a catalog (English text, its formatting)', () => {
    expect(resolveLocale(['de-AT'], ['fr'], available)).toBe('de-AT');
  });

  it('should take the first browser language that has a catalog', () => {
    expect(resolveLocale([undefined, undefined], ['ru-RU', 'en'], available)).toBe('ru-RU');
    expect(resolveLocale([], ['de-DE', 'fr'], available)).toBe('fr');
  });

  it('should fall back to the browser’s first language, then English', () => {
    expect(resolveLocale([], ['de-DE', 'it'], available)).toBe('de-DE');
    expect(resolveLocale([], [], available)).toBe('en');
    expect(resolveLocale([undefined, undefined])).toBe('en');
  });

  it('should skip malformed and empty tags without throwing', () => {
    expect(resolveLocale(['not a locale!!', ''], ['fr-CA'], available)).toBe('fr-CA');
    expect(resolveLocale(['not a locale!!'])).toBe('en');
    expect(resolveLocale([''])).toBe('en');
    expect(resolveLocale([null], ['!!'])).toBe('en');
  });

  it('should canonicalize the case of a tag', () => {
    expect(resolveLocale(['PT-br'])).toBe('pt-BR');
  });
});

describe('given localeChain', () => {
  it('should go from the most specific tag to the base language', () => {
    expect(localeChain('pt-BR')).toEqual(['pt-BR', 'pt']);
    expect(localeChain('zh-Hans-CN')).toEqual(['zh-Hans-CN', 'zh-Hans', 'zh']);
    expect(localeChain('fr')).toEqual(['fr']);
  });
});

describe('given locale="pt-BR"', () => {
  // First in the file on purpose: nothing has loaded the pt catalog yet.
  it('should show English, left to right, until the pt catalog arrives, then Portuguese', async () => {
    render(<Probe locale="pt-BR" />);
    expect(probe()).toHaveTextContent(en.cancel);
    expect(probe()).toHaveAttribute('dir', 'ltr');
    // The text is English meanwhile, and says so.
    expect(probe()).toHaveAttribute('lang', 'en');
    expect(await screen.findByText(pt.cancel)).toBeInTheDocument();
    expect(probe()).toHaveAttribute('lang', 'pt-BR');
  });

  it('should use the Portuguese catalog, with Brazilian formatting', async () => {
    render(<Probe locale="pt-BR" />);
    expect(await screen.findByText(pt.cancel)).toBeInTheDocument();
    expect(probe()).toHaveAttribute('lang', 'pt-BR');
    expect(screen.getByRole('timer')).toHaveTextContent('Tente novamente em 30 segundos.');
  });

  it('should prefer a regional catalog over pt, and a messages override over both', async () => {
    registerCatalog('pt-PT', { ...pt, cancel: 'Cancelar pedido' });
    render(
      <>
        <Probe locale="pt-PT" />
        <Probe locale="pt-BR" messages={{ 'retry.countdown': 'Tente de novo em {seconds} s.' }} />
      </>,
    );
    const [portugal, brazil] = await screen.findAllByRole('region', { name: 'probe' });
    expect(portugal).toHaveTextContent('Cancelar pedido');
    expect(brazil).toHaveTextContent(pt.cancel);
    expect(brazil).toHaveTextContent('Tente de novo em 30 s.');
  });
});

describe('given no locale prop', () => {
  it('should use the provider’s locale before the browser’s', async () => {
    stubBrowserLanguages(['ru-RU', 'en']);
    render(
      <InviteKitProvider locale="fr">
        <Probe />
      </InviteKitProvider>,
    );
    expect(await screen.findByText(fr.cancel)).toBeInTheDocument();
    expect(probe()).toHaveAttribute('lang', 'fr');
  });

  it('should let the prop win over the provider', async () => {
    render(
      <InviteKitProvider locale="fr">
        <Probe locale="ru" />
      </InviteKitProvider>,
    );
    expect(await screen.findByText(ru.cancel)).toBeInTheDocument();
  });

  it('should use navigator.languages without a provider', async () => {
    stubBrowserLanguages(['ru-RU', 'en']);
    render(<Probe />);
    expect(await screen.findByText(ru.cancel)).toBeInTheDocument();
    expect(probe()).toHaveAttribute('lang', 'ru-RU');
    expect(screen.getByRole('timer')).toHaveTextContent('Повторить можно через 30 секунд.');
  });

  it('should fall back to English when neither says anything', () => {
    stubBrowserLanguages([]);
    render(<Probe />);
    expect(probe()).toHaveTextContent(en.cancel);
    expect(probe()).toHaveAttribute('lang', 'en');
  });
});

describe('given an unknown or malformed tag', () => {
  it.each(['xx', 'de-AT', 'he', 'sw-KE'])('should render English for %s, say lang="en" and ltr, and keep the tag for formatting', (tag) => {
    render(<Probe locale={tag} />);
    expect(probe()).toHaveTextContent(en.cancel);
    expect(probe()).toHaveAttribute('lang', 'en');
    expect(probe()).toHaveAttribute('dir', 'ltr');
    expect(probe()).toHaveAttribute('data-locale', tag);
  });

  it('should set lang="en" on the trigger and the dialog, and keep it ltr, for he without a catalog', () => {
    const client = createInviteClient({ baseUrl: 'https://api.example.test', clientId: 'c', getAccessToken: () => 't' });
    render(<InviteUserDialog groupId="1" client={client} locale="he" defaultOpen />);
    for (const element of [screen.getByRole('button', { name: en.trigger }), screen.getByRole('dialog')]) {
      expect(element).toHaveAttribute('lang', 'en');
      expect(element).toHaveAttribute('dir', 'ltr');
    }
  });

  it('should say the tag when the host wrote the messages itself, right to left for he', () => {
    render(
      <>
        <Probe locale="he" messages={{ cancel: 'ביטול' }} />
        <InviteKitProvider locale="sw" messages={{ cancel: 'Ghairi' }}>
          <Probe />
        </InviteKitProvider>
      </>,
    );
    const [hebrew, swahili] = screen.getAllByRole('region', { name: 'probe' });
    expect(hebrew).toHaveAttribute('lang', 'he');
    expect(hebrew).toHaveAttribute('dir', 'rtl');
    expect(swahili).toHaveAttribute('lang', 'sw');
  });

  it.each(['not a locale!!', ''])('should render English for %j without throwing', (tag) => {
    stubBrowserLanguages([]);
    expect(() => render(<Probe locale={tag} />)).not.toThrow();
    expect(probe()).toHaveTextContent(en.cancel);
    expect(probe()).toHaveAttribute('lang', 'en');
  });
});

describe('given a right-to-left locale', () => {
  it.each([
    ['ar', ar.cancel],
    ['ar-EG', ar.cancel],
    ['fa', fa.cancel],
    ['ur', ur.cancel],
  ])('should set dir="rtl" for %s once its catalog is in', async (tag, cancel) => {
    render(<Probe locale={tag} />);
    expect(await screen.findByText(cancel)).toBeInTheDocument();
    expect(probe()).toHaveAttribute('dir', 'rtl');
  });

  it('should count in the locale’s digits: ar-EG reads the ar catalog but writes ٣٠', async () => {
    render(<Probe locale="ar-EG" />);
    expect(await screen.findByText(ar.cancel)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('٣٠');
  });

  it('should keep a left-to-right locale ltr', async () => {
    render(<Probe locale="fr" />);
    expect(await screen.findByText(fr.cancel)).toBeInTheDocument();
    expect(probe()).toHaveAttribute('dir', 'ltr');
  });
});
