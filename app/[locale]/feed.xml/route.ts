import { isLocale } from '@/lib/i18n/config';
import { postsFeed } from '@/server/feeds';

export const dynamic = 'force-dynamic';

/** RSS 2.0 of the newest public posts, each in full in the feed's language (original where untranslated). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return postsFeed({ locale, path: `/${locale}` });
}
