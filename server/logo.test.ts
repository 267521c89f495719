import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { throwawayDatabase } from '@/db/test-db';

const file = throwawayDatabase();
const media = path.join(path.dirname(file), 'media');
const name = (n: number) => `${n.toString(16).padStart(32, '0')}.png`;
const { renderLogo } = await import('./logo');

beforeAll(async () => {
  mkdirSync(media, { recursive: true });
  const png = await sharp({
    create: { width: 300, height: 200, channels: 4, background: '#c33' },
  })
    .png()
    .toBuffer();
  for (const n of [1, 2]) writeFileSync(path.join(media, name(n)), png);
});

describe('renderLogo', () => {
  it('renders each size once: requests arriving together and later ones get the same PNG', async () => {
    const [a, b] = await Promise.all([renderLogo(name(1), '32'), renderLogo(name(1), '32')]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(await renderLogo(name(1), '32')).toBe(a);
    expect(await sharp(a!).metadata()).toMatchObject({ width: 32, height: 32, format: 'png' });
    const header = await renderLogo(name(1), 'header');
    expect(header).not.toBe(a);
    expect(await sharp(header!).metadata()).toMatchObject({ width: 144, height: 96 });
  });

  it('keeps no answer for a missing file, so it renders once the file is there', async () => {
    const missing = name(3);
    expect(await renderLogo(missing, '192')).toBeNull();
    writeFileSync(path.join(media, missing), await sharp(path.join(media, name(2))).toBuffer());
    expect(await renderLogo(missing, '192')).not.toBeNull();
  });

  it('keeps a bounded number of renditions, the oldest out first', async () => {
    const first = await renderLogo(name(2), '180');
    for (let n = 10; n < 50; n++) {
      writeFileSync(path.join(media, name(n)), await sharp(path.join(media, name(2))).toBuffer());
      await renderLogo(name(n), '32');
    }
    const again = await renderLogo(name(2), '180');
    expect(again).not.toBe(first);
    expect(again!.equals(first!)).toBe(true);
  });
});
