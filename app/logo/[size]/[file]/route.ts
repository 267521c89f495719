import { getImageMediaByName } from '@/db/queries/blog-look';
import { isLogoRendition } from '@/lib/logo';
import { NOTHING_POLICY } from '@/serving/csp.mjs';
import { MEDIA_FILE_PATTERN } from '@/server/media';
import { renderLogo } from '@/server/logo';

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': NOTHING_POLICY,
    },
  });

/** The logo (any uploaded image) at one of the sizes the pages link: header, favicon, home screen. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ size: string; file: string }> },
) {
  const { size, file } = await params;
  if (!isLogoRendition(size) || !MEDIA_FILE_PATTERN.test(file) || !getImageMediaByName(file))
    return notFound();
  const png = await renderLogo(file, size);
  if (!png) return notFound();
  return new Response(new Uint8Array(png), {
    headers: {
      'content-type': 'image/png',
      'content-length': String(png.length),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': NOTHING_POLICY,
    },
  });
}
