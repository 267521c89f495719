import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAdminPost } from '@/db/queries/admin-posts';
import { getPostVisibility } from '@/db/queries/post-access';
import { stalePairs } from '@/db/queries/translation-status';
import { requirePageRole } from '@/server/dal';
import { postField } from '@/lib/format';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { EDITOR_MESSAGES, editorProps } from '../../_editor/editor-props';
import { valuesFromPost } from '../../_editor/editor-values';
import { PostEditor } from '../../_editor/post-editor';
import { postIdFrom } from '../post-id';
import { VisibilityForm } from './visibility-form';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ restored?: string; created?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('editor.editPost') };
}

export default async function EditPostPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFrom(params);
  const id = await postIdFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts/${id}/edit`, 'owner');
  const post = getAdminPost({ id });
  if (!post) notFound();
  const { settings, ...props } = editorProps(locale, post.languages);
  const { restored, created } = await searchParams;
  const access = getPostVisibility(id)!;
  const title = postField(post.translations, 'title', post.originalLanguage)?.text ?? post.slug;
  return (
    <div className="admin-page">
      <h1>
        {t('editor.editPost')}: <span lang={post.originalLanguage}>{title}</span>
      </h1>
      {/* Re-initialised after a restore; a save re-renders the page but keeps the form as it is. */}
      <ClientMessages locale={locale} namespaces={EDITOR_MESSAGES} timeZone={settings.timeZone}>
        <PostEditor
          key={restored ?? 'editor'}
          locale={locale}
          postId={id}
          defaults={valuesFromPost(post, settings)}
          stale={stalePairs(id)}
          initialNotice={
            restored || created ? t(restored ? 'editor.restored' : 'editor.created') : undefined
          }
          {...props}
        />
      </ClientMessages>
      <ClientMessages
        locale={locale}
        namespaces={['visibility']}
        errors={[
          'passwordRequired',
          'passwordTooLong',
          'postGone',
          'network',
          'invalid',
          'unknown',
        ]}
        timeZone={settings.timeZone}
      >
        <VisibilityForm
          postId={id}
          visibility={access.visibility}
          hasPassword={access.passwordHash !== null}
        />
      </ClientMessages>
    </div>
  );
}
