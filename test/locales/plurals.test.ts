import { describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar.js';
import { bn } from '../../src/locales/bn.js';
import { en } from '../../src/locales/en.js';
import { fa } from '../../src/locales/fa.js';
import { fr } from '../../src/locales/fr.js';
import { ru } from '../../src/locales/ru.js';
import { createTranslator } from '../../src/messages/createTranslator.js';
import type { PluralMessage } from '../../src/messages/LocaleCatalog.js';
import { CATALOGS } from './translatedCatalogs.js';

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100];

describe.each(Object.keys(CATALOGS))('given the %s catalog', (tag) => {
  const catalog = CATALOGS[tag]!;
  const { t } = createTranslator(tag, { ...en, ...catalog });
  const rules = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);

  it.each(['retry.countdown', 'retry.auto'] as const)('should pick the CLDR plural form of %s for every count', (key) => {
    const forms = catalog[key] as PluralMessage;
    for (const count of COUNTS) {
      const form = forms[rules.select(count)];
      expect(form, `${key} has no ${rules.select(count)} form`).toBeDefined();
      expect(t(key, { seconds: count })).toBe(form!.replace('{seconds}', numbers.format(count)));
    }
  });
});

describe('given Arabic', () => {
  it('should use all six CLDR categories: zero, one, two, few, many, other', () => {
    const { t } = createTranslator('ar', {
      ...en,
      'retry.countdown': {
        zero: 'zero {seconds}',
        one: 'one {seconds}',
        two: 'two {seconds}',
        few: 'few {seconds}',
        many: 'many {seconds}',
        other: 'other {seconds}',
      },
    });
    const digits = new Intl.NumberFormat('ar');
    expect([0, 1, 2, 3, 11, 100].map((seconds) => t('retry.countdown', { seconds }))).toEqual([
      `zero ${digits.format(0)}`,
      `one ${digits.format(1)}`,
      `two ${digits.format(2)}`,
      `few ${digits.format(3)}`,
      `many ${digits.format(11)}`,
      `other ${digits.format(100)}`,
    ]);
  });

  it('should say one and two seconds in words, and count 3–10 seconds in the plural', () => {
    const { t } = createTranslator('ar', { ...en, ...ar });
    expect(t('retry.countdown', { seconds: 1 })).toBe('يمكنك المحاولة مرة أخرى بعد ثانية واحدة.');
    expect(t('retry.countdown', { seconds: 2 })).toBe('يمكنك المحاولة مرة أخرى بعد ثانيتين.');
    expect(t('retry.countdown', { seconds: 3 })).toMatch(/ثوانٍ\.$/);
    expect(t('retry.countdown', { seconds: 11 })).toMatch(/ثانية\.$/);
    expect(t('retry.countdown', { seconds: 100 })).toMatch(/ثانية\.$/);
  });

  it('should count in Arabic-Indic digits for ar-EG', () => {
    const { t } = createTranslator('ar-EG', { ...en, ...ar });
    expect(t('retry.countdown', { seconds: 30 })).toBe('يمكنك المحاولة مرة أخرى بعد ٣٠ ثانية.');
  });
});

describe('given Russian', () => {
  it('should decline секунда for 1, 2, 5, 11 and 21', () => {
    const { t } = createTranslator('ru', { ...en, ...ru });
    expect(t('retry.countdown', { seconds: 1 })).toBe('Повторить можно через 1 секунду.');
    expect(t('retry.countdown', { seconds: 2 })).toBe('Повторить можно через 2 секунды.');
    expect(t('retry.countdown', { seconds: 5 })).toBe('Повторить можно через 5 секунд.');
    expect(t('retry.countdown', { seconds: 11 })).toBe('Повторить можно через 11 секунд.');
    expect(t('retry.countdown', { seconds: 21 })).toBe('Повторить можно через 21 секунду.');
    expect(t('retry.auto', { seconds: 3 })).toBe('Автоповтор через 3 секунды…');
  });
});

describe('given French', () => {
  it('should use the singular for 0 and 1 and the plural from 2', () => {
    const { t } = createTranslator('fr', { ...en, ...fr });
    expect(t('retry.countdown', { seconds: 0 })).toBe('Réessayez dans 0 seconde.');
    expect(t('retry.countdown', { seconds: 1 })).toBe('Réessayez dans 1 seconde.');
    expect(t('retry.countdown', { seconds: 2 })).toBe('Réessayez dans 2 secondes.');
  });
});

describe('given a locale with its own digits', () => {
  it('should count in Persian digits for fa', () => {
    const { t } = createTranslator('fa', { ...en, ...fa });
    expect(t('retry.countdown', { seconds: 30 })).toContain('۳۰');
    expect(t('retry.countdown', { seconds: 30 })).not.toContain('30');
  });

  it('should count in Bengali digits for bn', () => {
    const { t } = createTranslator('bn', { ...en, ...bn });
    expect(t('retry.countdown', { seconds: 30 })).toBe('৩০ সেকেন্ড পরে আবার চেষ্টা করতে পারবেন।');
  });

  it('should keep the digits the host typed in a placeholder that is not a number', () => {
    const { t } = createTranslator('fa', { ...en, ...fa });
    expect(t('success', { invitee: '153' })).toContain('153');
  });
});
