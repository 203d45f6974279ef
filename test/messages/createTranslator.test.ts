import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en.js';
import { createTranslator } from '../../src/messages/createTranslator.js';

describe('given createTranslator', () => {
  it('should fill placeholders and format numbers in the requested locale', () => {
    const { t } = createTranslator('ar-EG', { ...en, 'retry.at': 'At {time}, {seconds}' });
    expect(t('retry.at', { time: '14:07', seconds: 30 })).toBe('At 14:07, ٣٠');
  });

  it('should leave a placeholder it has no value for as it is', () => {
    const { t } = createTranslator('en', { ...en, title: 'Invite {name} to {group}' });
    expect(t('title', { name: 'Ali' })).toBe('Invite Ali to {group}');
  });

  it('should not take Object.prototype members for values', () => {
    const { t } = createTranslator('en', { ...en, title: 'Hello {constructor} {toString}' });
    expect(t('title', { seconds: 1 })).toBe('Hello {constructor} {toString}');
  });

  it('should choose the plural form by {seconds} and fall back to `other`', () => {
    const { t } = createTranslator('en', { ...en, 'retry.countdown': { one: 'a second', other: '{seconds} seconds' } });
    expect(t('retry.countdown', { seconds: 1 })).toBe('a second');
    expect(t('retry.countdown', { seconds: 0 })).toBe('0 seconds');
    expect(t('retry.countdown', { seconds: 1234 })).toBe('1,234 seconds');
  });
});
