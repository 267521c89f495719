import { useTranslations } from 'next-intl';
import { AUTHOR_CHOICES, type AuthorChoice } from '@/lib/import/authors';
import type { ImportAuthorReport, ImportReport } from '@/lib/import/import-report';
import styles from './import.module.css';

/** The dry run's per-author choice, kept by the import form and sent with Import. */
export type AuthorPicks = {
  choices: Record<string, AuthorChoice>;
  onChoose: (login: string, choice: AuthorChoice) => void;
};

function UserOf({ author, dryRun }: { author: ImportAuthorReport; dryRun: boolean }) {
  const ti = useTranslations('imports');
  if (author.user === 'owner') return <>{ti('authorOwner')}</>;
  const key =
    author.user === 'existing' ? 'authorExisting' : dryRun ? 'authorNew' : 'authorCreated';
  return <>{ti(key, { email: author.email })}</>;
}

/**
 * The export's authors and whose posts theirs become. In a dry run each has a select (the owner by
 * default, or a disabled user of their own), and Import uses what was chosen.
 */
export function ImportAuthors({ report, picks }: { report: ImportReport; picks?: AuthorPicks }) {
  const ti = useTranslations('imports');
  const authors = report.authors ?? [];
  if (!authors.length) return null;
  return (
    <>
      <h4 id="import-authors">{ti('authorsHeading')}</h4>
      {report.dryRun && <p className="muted">{ti('authorsHelp')}</p>}
      <ul className={styles.entries} aria-labelledby="import-authors">
        {authors.map((a, k) => (
          <li key={a.login}>
            {ti('authorLine', { name: a.name, login: a.login, count: a.posts })}{' '}
            {report.dryRun && picks ? (
              <select
                aria-label={ti('authorChoice', { name: a.name })}
                value={picks.choices[a.login] ?? a.choice}
                onChange={(e) => picks.onChoose(a.login, e.target.value as AuthorChoice)}
                id={`import-author-${k}`}
              >
                {AUTHOR_CHOICES.map((c) => (
                  <option key={c} value={c}>
                    {ti(`authorChoices.${c}`)}
                  </option>
                ))}
              </select>
            ) : null}{' '}
            → <UserOf author={a} dryRun={report.dryRun} />
          </li>
        ))}
      </ul>
    </>
  );
}
