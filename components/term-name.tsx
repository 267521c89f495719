import { pickWithLanguage } from '@/lib/format';

/**
 * A category's or tag's name in the page's language, else in the language it has, marked with
 * that language (so a Japanese-only category on `/en` is read, and shaped, as Japanese).
 */
export function TermName({
  names,
  locale,
  fallback,
}: {
  names: Record<string, string | null | undefined> | null | undefined;
  locale: string;
  fallback?: string;
}) {
  const found = pickWithLanguage(names, locale);
  if (!found) return <>{fallback ?? ''}</>;
  return found.language === locale ? (
    <>{found.text}</>
  ) : (
    <span lang={found.language}>{found.text}</span>
  );
}
