import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInviteeList } from '../../src/api/parseInviteeList.js';

const raws = (text: string) => parseInviteeList(text).entries.map((entry) => entry.raw);

describe('parseInviteeList', () => {
  describe('given what people paste', () => {
    it('should read a spreadsheet column with CRLF line ends', () => {
      expect(raws('ann@x.org\r\nbo@y.org\r\n153\r\n')).toEqual(['ann@x.org', 'bo@y.org', '153']);
    });

    it('should read tab-separated cells', () => {
      expect(raws('ann@x.org\tbo@y.org\t153')).toEqual(['ann@x.org', 'bo@y.org', '153']);
    });

    it('should read commas, semicolons and spaces, however many', () => {
      expect(raws(' ann@x.org,,bo@y.org ;  cy@z.org  153;')).toEqual(['ann@x.org', 'bo@y.org', 'cy@z.org', '153']);
    });

    it('should read an email client’s list, dropping the display names', () => {
      expect(raws('Ann <ann@x.org>; "Lee, Bo" <bo@y.org>, Cy Z <cy@z.org>')).toEqual(['ann@x.org', 'bo@y.org', 'cy@z.org']);
    });

    it('should ignore a quoted display name without an address', () => {
      expect(raws('"Lee, Bo" bo@y.org')).toEqual(['bo@y.org']);
    });

    it('should read mailto: links, without their query, escapes decoded', () => {
      expect(raws('mailto:ann@x.org?subject=Hi, MAILTO:bo%40y.org, <mailto:cy@z.org>')).toEqual(['ann@x.org', 'bo@y.org', 'cy@z.org']);
    });

    it('should read user IDs in any script', () => {
      expect(parseInviteeList('١٥٣ ١٥٤ 155').invitees).toEqual([{ userId: 153 }, { userId: 154 }, { userId: 155 }]);
    });

    it('should drop invisible characters and normalize domains as the single field does', () => {
      expect(parseInviteeList('\u200Eann@ＥＸＡＭＰＬＥ.com\u200E, user@KİTAP.com.tr').invitees).toEqual([
        { email: 'ann@example.com' },
        { email: 'user@xn--kitap-8fd.com.tr' },
      ]);
    });
  });

  describe('given a programming mistake', () => {
    it.each([null, undefined, 42, ['ann@x.org']])('should name text that is no string (%j), instead of reading it as one', (text) => {
      expect(() => parseInviteeList(text as unknown as string)).toThrow(TypeError);
    });

    it.each([-1, 1.5, Number.NaN, '10'])('should name a max of %j, instead of sending nobody or everybody', (max) => {
      expect(() => parseInviteeList('ann@x.org', { max: max as number })).toThrow(/max.*whole number or Infinity/);
    });

    it('should take 0 as no seat left, Infinity as no limit, and undefined as the default', () => {
      const text = Array.from({ length: 60 }, (_, i) => `p${i}@x.org`).join(' ');
      expect(parseInviteeList(text, { max: 0 }).entries.every((entry) => entry.problem === 'too_many')).toBe(true);
      expect(parseInviteeList(text, { max: Infinity }).invitees).toHaveLength(60);
      expect(parseInviteeList(text, { max: undefined }).invitees).toHaveLength(50);
    });
  });

  describe('given entries that are not sent', () => {
    it('should report each problem in the single field’s words', () => {
      expect(parseInviteeList('ann@, 0, hello').entries.map((entry) => entry.problem)).toEqual([
        'validation.email',
        'validation.userId',
        'validation.email',
      ]);
    });

    it('should report repeats: emails whatever their case, IDs as numbers', () => {
      const { entries, invitees } = parseInviteeList('Ann@X.org, ann@x.ORG, 153, ١٥٣, 0153');
      expect(entries.map((entry) => entry.problem)).toEqual([null, 'duplicate', null, 'duplicate', 'duplicate']);
      expect(invitees).toEqual([{ email: 'Ann@x.org' }, { userId: 153 }]);
    });

    it('should report entries past max as too_many and keep max invitees', () => {
      const { entries, invitees } = parseInviteeList('1 2 3 4 5', { max: 3 });
      expect(entries.map((entry) => entry.problem)).toEqual([null, null, null, 'too_many', 'too_many']);
      expect(invitees).toHaveLength(3);
    });

    it('should default max to 50', () => {
      const text = Array.from({ length: 60 }, (_, i) => `p${i}@x.org`).join('\n');
      expect(parseInviteeList(text).invitees).toHaveLength(50);
    });

    it('should keep invalid entries apart from the count against max', () => {
      expect(parseInviteeList('bad 1 bad 2', { max: 2 }).invitees).toEqual([{ userId: 1 }, { userId: 2 }]);
    });

    it('should give nothing for empty or blank text', () => {
      expect(parseInviteeList('')).toEqual({ entries: [], invitees: [] });
      expect(parseInviteeList(' \r\n\t ,; ')).toEqual({ entries: [], invitees: [] });
    });
  });

  describe('given any text', () => {
    const pasted = fc.array(
      fc.oneof(
        fc.emailAddress(),
        fc.nat({ max: 1e9 }).map(String),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.constantFrom('Ann <ann@x.org>', '"Lee, Bo" <bo@y.org>', 'mailto:cy@z.org', '<', '"', '>'),
      ),
      { maxLength: 60 },
    );
    const separator = fc.constantFrom(',', ';', ' ', '\t', '\n', '\r\n', ', ');

    it('should never throw, never list an invitee twice, and never hold more than max', () => {
      fc.assert(
        fc.property(pasted, separator, fc.integer({ min: 0, max: 70 }), (values, sep, max) => {
          const { entries, invitees } = parseInviteeList(values.join(sep), { max });
          expect(invitees.length).toBeLessThanOrEqual(max);
          const keys = invitees.map((invitee) => invitee.email?.toLowerCase() ?? `#${invitee.userId}`);
          expect(new Set(keys).size).toBe(keys.length);
          expect(entries.filter((entry) => entry.invitee && !entry.problem)).toHaveLength(invitees.length);
        }),
        { numRuns: 500 },
      );
    }, 60_000);
  });
});

describe('parseInviteeList with address lists in spreadsheet cells', () => {
  it('should not let an entry with a display name swallow the next cell', () => {
    expect(raws('B <b@example.org>\td@example.org')).toEqual(['b@example.org', 'd@example.org']);
    expect(raws('a@example.org;Person 2 <p2@example.org>\t"P3, Pat" <p3@example.org>')).toEqual([
      'a@example.org',
      'p2@example.org',
      'p3@example.org',
    ]);
  });

  it('should read several angle-bracketed addresses separated only by spaces', () => {
    expect(raws('Ann <ann@x.org> Bo <bo@y.org>')).toEqual(['ann@x.org', 'bo@y.org']);
  });
});
