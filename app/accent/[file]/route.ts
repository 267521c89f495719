import { accentStylesheet } from '@/lib/accent';
import { NOTHING_POLICY } from '@/serving/csp.mjs';

/**
 * The accent colour's stylesheet: `/accent/0b5cad.css`. Made from the name alone (no database),
 * only for a colour that passes the contrast check, so it can be cached for good: a new colour
 * is a new name, and saving settings expires the pages that link the old one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const css = /^[0-9a-f]{6}\.css$/.test(file) ? accentStylesheet(`#${file.slice(0, 6)}`) : null;
  if (!css)
    return new Response('Not found', {
      status: 404,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-security-policy': NOTHING_POLICY,
      },
    });
  return new Response(css, {
    headers: {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': NOTHING_POLICY,
    },
  });
}
