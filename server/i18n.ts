import 'server-only';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { getTranslator, type Translate } from '@/lib/i18n/translate';

/** The route's locale and its translator; an unknown locale is a 404. */
export async function localeFrom(
  params: Promise<{ locale: string }>,
): Promise<{ locale: Locale; t: Translate }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, t: getTranslator(locale) };
}
