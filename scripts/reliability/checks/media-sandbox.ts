// 9. Media: an uploaded image is decoded and re-encoded, so HTML appended to a PNG or GIF (a
// polyglot) is not stored; what /media/ serves carries its own sandbox policy and nosniff, and a
// file that is not the image it claims to be is refused with a 4xx.
import sharp from 'sharp';
import { DEMO_ACCOUNTS } from '@/server/seed';
import { signIn } from '../../bench/sign-in';
import { freshApp, type Check, type Test } from '../harness';

const PAYLOAD =
  '<html><body><script>parent.postMessage(document.cookie, "*")</script></body></html>';
const image = (format: 'png' | 'gif') =>
  sharp({
    create: { width: 24, height: 16, channels: 4, background: { r: 11, g: 92, b: 173, alpha: 1 } },
  })
    [format]()
    .toBuffer();

async function upload(url: string, cookie: string, bytes: Buffer, name: string) {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  const response = await fetch(`${url}/api/media`, {
    method: 'POST',
    body: form,
    headers: { cookie, origin: url },
  });
  return {
    status: response.status,
    json: (await response.json().catch(() => null)) as { url?: string; error?: string } | null,
  };
}

function checkPolicy(check: Check, label: string, response: Response) {
  const policy = response.headers.get('content-security-policy') ?? '';
  const directives = policy.split(';').map((d) => d.trim());
  check.ok(
    directives.includes("default-src 'none'") && directives.includes('sandbox'),
    `${label}: policy is "${policy}", not default-src 'none' with sandbox`,
  );
  check.ok(
    response.headers.get('x-content-type-options') === 'nosniff',
    `${label}: no X-Content-Type-Options: nosniff`,
  );
}

async function polyglot(check: Check, url: string, cookie: string, format: 'png' | 'gif') {
  const original = await image(format);
  const sent = await upload(
    url,
    cookie,
    Buffer.concat([original, Buffer.from(PAYLOAD)]),
    `cat.${format}`,
  );
  if (
    !check.ok(
      sent.status === 201 && sent.json?.url,
      `${format} polyglot upload: ${sent.status} ${JSON.stringify(sent.json)}`,
    )
  )
    return;
  const response = await fetch(url + sent.json!.url!);
  const stored = Buffer.from(await response.arrayBuffer());
  check.ok(response.status === 200, `${format} polyglot: served with ${response.status}`);
  check.ok(
    response.headers.get('content-type') === `image/${format}`,
    `${format} polyglot: served as ${response.headers.get('content-type')}`,
  );
  check.ok(
    !stored.includes('<script>') && !stored.includes('<html>'),
    `${format} polyglot: the appended HTML was stored and served`,
  );
  const meta = await sharp(stored)
    .metadata()
    .catch(() => null);
  check.ok(
    meta?.format === format && meta.width === 24 && meta.height === 16,
    `${format} polyglot: the stored file is not the ${format} image (${meta?.format} ${meta?.width}×${meta?.height})`,
  );
  checkPolicy(check, `GET ${sent.json!.url}`, response);
}

export const mediaSandboxTest: Test = {
  name: 'media: polyglot uploads re-encoded without their payload; served with a sandbox policy; non-images refused',
  run: async (check) => {
    const fixture = await freshApp('media');
    const { url } = fixture.app;
    const owner = DEMO_ACCOUNTS.find((a) => a.role === 'owner')!;
    const cookie = await signIn(url, owner.email, owner.password);
    await polyglot(check, url, cookie, 'png');
    await polyglot(check, url, cookie, 'gif');
    checkPolicy(
      check,
      'GET /media/ (unknown file, 404)',
      await fetch(`${url}/media/${'0'.repeat(32)}.png`),
    );
    const fake = await upload(url, cookie, Buffer.from(`GIF89a${PAYLOAD}`), 'fake.gif');
    check.ok(
      fake.status === 422 && fake.json?.error === 'undecodable',
      `a GIF header over HTML: ${fake.status} ${JSON.stringify(fake.json)}`,
    );
    const svg = await upload(
      url,
      cookie,
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${PAYLOAD}</svg>`),
      'x.svg',
    );
    check.ok(svg.status === 415, `an SVG: ${svg.status} ${JSON.stringify(svg.json)}`);
    check.figure('PNG and GIF polyglots stored without their HTML; fake GIF 422, SVG 415');
    await fixture.app.stop();
  },
};
