import { useTranslations } from 'next-intl';
import type { ImportReport, ImportTerm } from '@/lib/import/import-report';

const named = (terms: ImportTerm[]) =>
  terms.map((c) => `${c.name} (${c.parent ? `${c.parent}/` : ''}${c.slug})`).join(', ');

/** Categories and tags the import creates (or would) and those it finds and reuses, by slug. */
export function ImportTerms({ report }: { report: ImportReport }) {
  const ti = useTranslations('imports');
  const rows = (['categories', 'tags'] as const).flatMap((kind) =>
    (['created', 'reused'] as const).map((result) => ({
      kind,
      result,
      terms: report[kind].filter((t) => t.result === result),
    })),
  );
  if (!rows.some((r) => r.terms.length)) return null;
  return (
    <ul aria-label={ti('termsHeading')} data-testid="import-terms">
      {rows
        .filter((r) => r.terms.length)
        .map(({ kind, result, terms }) => (
          <li key={`${kind}-${result}`}>
            {ti(`terms.${kind}.${result === 'created' && report.dryRun ? 'wouldCreate' : result}`, {
              count: terms.length,
            })}{' '}
            {named(terms)}
          </li>
        ))}
    </ul>
  );
}
