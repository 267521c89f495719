import type { Metadata } from 'next';
import { requirePageRole } from '@/server/dal';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { EDITOR_MESSAGES, editorProps } from '../_editor/editor-props';
import { emptyValues } from '../_editor/editor-values';
import { PostEditor } from '../_editor/post-editor';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('editor.newPost') };
}

export default async function NewPostPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts/new`, 'owner');
  const { settings, ...props } = editorProps(locale);
  return (
    <div className="admin-page">
      <h1>{t('editor.newPost')}</h1>
      <ClientMessages locale={locale} namespaces={EDITOR_MESSAGES} timeZone={settings.timeZone}>
        <PostEditor locale={locale} postId={null} defaults={emptyValues(settings)} {...props} />
      </ClientMessages>
    </div>
  );
}
