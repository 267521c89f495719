import type { Metadata } from 'next';
import Link from 'next/link';
import { trashedPosts } from '@/db/queries/post-trash';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { idsFromQuery } from '@/lib/validations/post-trash';
import { postTrashAction } from '../trash-actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('postTrash.confirmTitle') };
}

/**
 * The confirmation before deleting posts for good: a page of its own, so it works without
 * JavaScript, names every post it will delete, and nothing is deleted by following a link.
 */
export default async function ConfirmDeletePosts({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts?view=trash`, 'owner');
  const posts = trashedPosts(idsFromQuery((await searchParams).ids));
  const back = `/${locale}/admin/posts?view=trash`;
  return (
    <div className="admin-page">
      <h1>{t('postTrash.confirmTitle')}</h1>
      {posts.length === 0 ? (
        <p>{t('postTrash.confirmNothing')}</p>
      ) : (
        <form action={postTrashAction}>
          <p>{t('postTrash.confirmBody', { count: posts.length })}</p>
          <ul>
            {posts.map((p) => (
              <li key={p.id}>
                <strong>{p.title || p.slug}</strong> <code>{p.slug}</code>
                <input type="hidden" name="ids" value={p.id} />
              </li>
            ))}
          </ul>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="view" value="trash" />
          <input type="hidden" name="op" value="delete" />
          <input type="hidden" name="confirm" value="yes" />
          <div className="modal-actions">
            <button type="submit" className="button danger">
              {t('postTrash.confirmDelete')}
            </button>
            <Link href={back} className="button">
              {t('postTrash.cancel')}
            </Link>
          </div>
        </form>
      )}
      {posts.length === 0 && <Link href={back}>{t('postTrash.cancel')}</Link>}
    </div>
  );
}
