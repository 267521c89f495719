import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choiceFor, exportAuthors, importAuthorEmail, importAuthorName } from './authors';

const made = /^[a-z0-9-]{1,40}-[0-9a-f]{8}@import\.invalid$/;

describe('export authors as users', () => {
  it("keeps the export's own address (lower-cased), else makes one under @import.invalid", () => {
    expect(importAuthorEmail({ login: 'hana', name: 'Hana', email: ' Hana@Kyoto.Example ' })).toBe(
      'hana@kyoto.example',
    );
    expect(importAuthorEmail({ login: 'hana', name: 'Hana', email: 'not an address' })).toMatch(
      /^hana-[0-9a-f]{8}@import\.invalid$/,
    );
    expect(importAuthorEmail({ login: '山田', name: '山田', email: null })).toMatch(
      /^author-[0-9a-f]{8}@import\.invalid$/,
    );
  });

  it('makes a valid, stable address for any login, and different ones for logins that slugify alike', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (login) => {
        const email = importAuthorEmail({ login, name: login, email: null });
        expect(email).toMatch(made);
        expect(email.length).toBeLessThanOrEqual(254);
        expect(importAuthorEmail({ login, name: 'other', email: null })).toBe(email);
      }),
    );
    const a = importAuthorEmail({ login: 'Hana', name: '', email: null });
    const b = importAuthorEmail({ login: 'hana', name: '', email: null });
    expect(a).not.toBe(b);
  });

  it("gives the user a name within the users table's limit (1–80 characters)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (login, name) => {
        const n = [...importAuthorName({ login, name, email: null })].length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(80);
      }),
    );
  });

  it('per-author choices beat the choice for all; the owner is the default', () => {
    expect(choiceFor('ken', undefined)).toBe('owner');
    expect(choiceFor('ken', { all: 'create' })).toBe('create');
    expect(choiceFor('ken', { all: 'create', by: { ken: 'owner' } })).toBe('owner');
  });

  it("lists each login once, adding posts' authors the channel did not list", () => {
    const listed = [{ login: 'hana', name: 'Hana', email: null }];
    expect(exportAuthors(listed, ['hana', 'ken', '', 'ken']).map((a) => a.login)).toEqual([
      'hana',
      'ken',
    ]);
  });
});

describe('choiceFor', () => {
  // Found by the outside attack: `by["constructor"]` found Object's own function.
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'reads only the choices given, even for the login %j',
    (login) => {
      expect(choiceFor(login, { all: 'create', by: {} })).toBe('create');
      expect(choiceFor(login, { all: 'owner' })).toBe('owner');
      expect(choiceFor(login, { all: 'owner', by: { [login]: 'create' } })).toBe('create');
    },
  );
});
