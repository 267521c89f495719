// The media library: uploads are renamed, served with long cache headers, other files refused.
import sharp from 'sharp';
import { signInAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { PNG } from './support/tiny-png';

test.describe.configure({ timeout: 120_000 });

test('the owner uploads an image: stored under a new name, served with long cache headers; other files are refused', async ({
  page,
  baseURL,
}) => {
  await signInAs(page, 'owner');
  const headers = { origin: baseURL! };
  const ok = await page.request.post('/api/media', {
    multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: PNG } },
    headers,
  });
  expect(ok.status()).toBe(201);
  const { url } = (await ok.json()) as { url: string };
  expect(url).toMatch(/^\/media\/[0-9a-f]{32}\.png$/);
  const served = await page.request.get(url);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({
    'content-type': 'image/png',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  // Re-encoded on upload (metadata and anything appended are gone): the same 1×1 PNG, not the same bytes.
  expect(await sharp(await served.body()).metadata()).toMatchObject({
    format: 'png',
    width: 1,
    height: 1,
  });
  const html = Buffer.from('<html><script>alert(1)</script></html>');
  const fake = await page.request.post('/api/media', {
    multipart: { file: { name: 'evil.png', mimeType: 'image/png', buffer: html } },
    headers,
  });
  expect(fake.status()).toBe(415);
  const big = await page.request.post('/api/media', {
    multipart: {
      file: {
        name: 'big.png',
        mimeType: 'image/png',
        buffer: Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]),
      },
    },
    headers,
  });
  expect(big.status()).toBe(413);
  expect((await page.request.get('/media/00000000000000000000000000000000.png')).status()).toBe(
    404,
  );
});
