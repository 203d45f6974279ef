import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en.js';
import { ru } from '../../src/locales/ru.js';
import { BUILT_IN_LOCALES, localeLoaders } from '../../src/locales/index.js';
import { catalogProblems } from './catalogProblems.js';
import { bulkEn } from '../../src/locales/bulk/en.js';
import { BULK_CATALOGS, CATALOGS } from './translatedCatalogs.js';

describe('given the built-in locales', () => {
  it('should offer English, the fifteen translations and the pseudo-locale', () => {
    expect([...BUILT_IN_LOCALES].sort()).toEqual(
      ['ar', 'bn', 'en', 'en-XA', 'fa', 'fr', 'id', 'it', 'ms', 'nl', 'pt', 'ru', 'sq', 'th', 'tr', 'ur', 'zh'],
    );
  });

  it.each(Object.keys(CATALOGS))('should load the %s catalog from its own file', async (tag) => {
    const load = localeLoaders[tag as keyof typeof localeLoaders];
    expect((await load()).default).toBe(CATALOGS[tag]);
  });
});

describe.each(Object.keys(CATALOGS))('given the %s catalog', (tag) => {
  it('should have every English key, no other, with the English placeholders and the CLDR plural forms', () => {
    expect(catalogProblems(tag, CATALOGS[tag]!)).toEqual([]);
  });

  it('should not leave any message in English', () => {
    // Short labels may legitimately match across languages, whole sentences may not.
    const catalog = CATALOGS[tag]!;
    const untranslated = Object.entries(en)
      .filter(([key, english]) => typeof english === 'string' && english.length > 20 && catalog[key as keyof typeof en] === english)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe.each(Object.keys(BULK_CATALOGS))('given the %s catalog of the bulk dialog', (tag) => {
  it('should load from its own file under <tag>/bulk', async () => {
    const load = localeLoaders[`${tag}/bulk` as keyof typeof localeLoaders];
    expect((await load()).default).toBe(BULK_CATALOGS[tag]);
  });

  it('should have every English key of the bulk dialog, no other, with its placeholders and the CLDR plural forms', () => {
    expect(catalogProblems(tag, BULK_CATALOGS[tag]!, bulkEn)).toEqual([]);
  });

  it('should not leave any message in English', () => {
    const catalog = BULK_CATALOGS[tag]!;
    const untranslated = Object.entries(bulkEn)
      .filter(([key, english]) => typeof english === 'string' && english.length > 20 && catalog[key as keyof typeof bulkEn] === english)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('given a broken catalog', () => {
  it('should accept English itself', () => {
    expect(catalogProblems('en', en)).toEqual([]);
  });

  it('should report a missing key and an extra key', () => {
    const { title: _dropped, ...withoutTitle } = ru;
    expect(catalogProblems('ru', { ...withoutTitle, 'retry.soon': 'Скоро' })).toEqual([
      'retry.soon: not an English key',
      'title: missing',
    ]);
  });

  it('should report a wrong, a missing and an empty placeholder', () => {
    expect(
      catalogProblems('ru', {
        ...ru,
        'retry.at': 'Повторить можно в {when}.',
        success: 'Приглашение отправлено.',
        cancel: ' ',
      }),
    ).toEqual([
      'cancel: empty',
      'success: placeholders none, English has {invitee}',
      'retry.at: placeholders {when}, English has {time}',
    ]);
  });

  it('should report plural forms that are not the language’s CLDR categories', () => {
    const { few: _few, ...withoutFew } = ru['retry.countdown'];
    expect(
      catalogProblems('ru', {
        ...ru,
        'retry.countdown': withoutFew,
        'retry.auto': { ...ru['retry.auto'], two: 'Автоповтор через две секунды…' },
      }),
    ).toEqual([
      'retry.countdown: plural forms many/one/other, ru has few/many/one/other',
      'retry.auto: plural forms few/many/one/other/two, ru has few/many/one/other',
    ]);
  });

  it('should report an `other` form without the number and a plain string where plural forms belong', () => {
    expect(
      catalogProblems('ru', {
        ...ru,
        'retry.countdown': { ...ru['retry.countdown'], other: 'Повторить можно через несколько секунд.' },
        'retry.auto': 'Автоповтор через {seconds} с…',
      }),
    ).toEqual([
      'retry.countdown.other: placeholders none, English has {seconds}',
      'retry.auto: should be plural forms few/many/one/other',
    ]);
  });

  it('should report a form whose placeholder is not the number', () => {
    expect(
      catalogProblems('ru', { ...ru, 'retry.countdown': { ...ru['retry.countdown'], one: 'Через {count} секунду.' } }),
    ).toEqual(['retry.countdown.one: placeholders {count}, English has {seconds}']);
  });
});
