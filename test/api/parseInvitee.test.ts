import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInvitee } from '../../src/api/parseInvitee.js';

const email = (value: string) => parseInvitee(value);

describe('parseInvitee', () => {
  describe('given an email', () => {
    it('should trim it, lower-case the domain and keep the local part as typed', () => {
      expect(email('  Ann.Lee@Example.ORG ')).toEqual({ ok: true, invitee: { email: 'Ann.Lee@example.org' } });
    });

    it.each([
      ['a zero-width space', 'ann\u200B@example.org'],
      ['a left-to-right mark, as pasting from right-to-left text brings', '\u200Eann@example.org\u200E'],
      ['a right-to-left embedding', '\u202Bann@example.org'],
      ['a soft hyphen', 'an\u00ADn@example.org'],
      ['a word joiner', 'ann@exam\u2060ple.org'],
      ['a byte-order mark', '\uFEFFann@example.org'],
    ])('should drop %s before sending', (_name, value) => {
      expect(email(value)).toEqual({ ok: true, invitee: { email: 'ann@example.org' } });
    });

    it.each([
      ['a NUL inside the local part', 'an\u0000n@example.org'],
      ['a tab inside', 'ann\t@example.org'],
      ['a line break inside', 'ann@exam\nple.org'],
      ['a DEL', 'ann\u007F@example.org'],
      ['a C1 control', 'ann\u0085@example.org'],
    ])('should reject %s', (_name, value) => {
      expect(email(value)).toEqual({ ok: false, problem: 'validation.email' });
    });

    it.each([
      ['a full-width domain', 'user@ＥＸＡＭＰＬＥ.com', 'user@example.com'],
      ['a Turkish dotted capital I', 'user@KİTAP.com.tr', 'user@xn--kitap-8fd.com.tr'],
      ['an umlaut', 'anna@Bücher.Example', 'anna@xn--bcher-kva.example'],
      ['an Arabic domain', 'user@مثال.إختبار', 'user@xn--mgbh0fb.xn--kgbechtv'],
      ['a domain already in its ASCII form', 'user@xn--bcher-kva.example', 'user@xn--bcher-kva.example'],
    ])('should normalize %s as the URL parser does (UTS #46)', (_name, value, normalized) => {
      expect(email(value)).toEqual({ ok: true, invitee: { email: normalized } });
    });

    it.each([
      ['no domain', 'ann@'],
      ['no top-level domain', 'ann@example'],
      ['a numeric top-level domain (an IPv4 address)', 'ann@10.0.0.1'],
      ['an IPv4 shorthand', 'ann@1.2'],
      ['an empty label', 'ann@example..org'],
      ['a trailing dot', 'ann@example.org.'],
      ['an underscore', 'ann@ex_ample.org'],
      ['a leading hyphen', 'ann@-example.org'],
      ['a percent escape', 'ann@ex%41mple.org'],
      ['a path', 'ann@example.org/x'],
      ['a port', 'ann@example.org:25'],
      ['invalid punycode', 'ann@xn--zz.org'],
      ['a space inside', 'ann@exa mple.org'],
      ['a quoted local part', '"ann"@example.org'],
      ['a local part starting with a dot', '.ann@example.org'],
      ['a local part with two dots in a row', 'an..n@example.org'],
    ])('should reject %s', (_name, value) => {
      expect(email(value)).toEqual({ ok: false, problem: 'validation.email' });
    });
  });

  describe('given a user ID', () => {
    it.each([
      ['ASCII digits', '153'],
      ['Arabic-Indic digits', '١٥٣'],
      ['Persian digits', '۱۵۳'],
      ['Devanagari digits', '१५३'],
      ['Bengali digits', '১৫৩'],
      ['Thai digits', '๑๕๓'],
      ['full-width digits', '１５３'],
      ['Myanmar digits', '၁၅၃'],
      ['Khmer digits', '១៥៣'],
      ['mathematical bold digits', '𝟏𝟓𝟑'],
      ['digits with a left-to-right mark around them', '\u200E153\u200E'],
    ])('should read %s', (_name, value) => {
      expect(parseInvitee(value)).toEqual({ ok: true, invitee: { userId: 153 } });
    });

    it.each([
      ['zero', '0'],
      ['a number beyond the safe integers', '9007199254740993'],
      ['a space inside', '15 3'],
      ['a sign', '-153'],
    ])('should reject %s', (_name, value) => {
      expect(parseInvitee(value)).toEqual({ ok: false, problem: 'validation.userId' });
    });
  });

  it('should ask for a value when only invisible characters were typed', () => {
    expect(parseInvitee('\u200B\u200E ')).toEqual({ ok: false, problem: 'validation.required' });
  });

  it('should never throw, and never accept a control character, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (value) => {
        const parsed = parseInvitee(value);
        if (parsed.ok) {
          const sent = parsed.invitee.email ?? String(parsed.invitee.userId);
          expect(sent).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        }
      }),
      { numRuns: 1000 },
    );
    // Generous: a thousand URL parses take a while on a loaded machine.
  }, 60_000);
});
