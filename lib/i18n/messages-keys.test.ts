import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.join(import.meta.dirname, 'messages');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

/** Every key path ("site.search"), recursively; a leaf is marked so a string and an object never look alike. */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [`${prefix} (text)`];
  if (!node || typeof node !== 'object' || Array.isArray(node))
    return [`${prefix} (not text or group)`];
  return Object.entries(node).flatMap(([key, value]) =>
    keyPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

const load = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as unknown;

describe('messages files', () => {
  it('there are at least two languages', () => {
    expect(files).toEqual(expect.arrayContaining(['en.json', 'ja.json']));
  });

  it.each(files)('%s has exactly the keys of en.json', (file) => {
    expect(keyPaths(load(file)).sort()).toEqual(keyPaths(load('en.json')).sort());
  });

  it.each(files)('%s has no empty texts', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    expect(text).not.toMatch(/:\s*""/);
  });
});
