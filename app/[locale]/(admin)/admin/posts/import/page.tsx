import type { Metadata } from 'next';
import { requirePageRole } from '@/server/dal';
import { warmPlanner } from '@/server/import/plan-off-thread';
import { localeFrom } from '@/server/i18n';
import { ClientMessages } from '@/components/client-messages';
import { EDITOR_MESSAGES, editorProps } from '../_editor/editor-props';
import { ExportImport } from './export-import';
import { PasteImport } from './paste-import';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t('editor.importTitle') };
}

/** Bring posts in: paste a bilingual page (aligned, then corrected in the editor), or a Movable Type or WordPress export. */
export default async function ImportPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  await requirePageRole(locale, `/${locale}/admin/posts/import`, 'owner');
  // The planning worker takes a moment to load: started now, it is ready when the owner uploads.
  warmPlanner();
  const { settings, ...props } = editorProps(locale);
  return (
    <div className="admin-page">
      <h1>{t('editor.importTitle')}</h1>
      <ClientMessages
        locale={locale}
        namespaces={[...EDITOR_MESSAGES, 'imports']}
        timeZone={settings.timeZone}
      >
        <PasteImport locale={locale} {...props} />
        <ExportImport
          languages={props.languages}
          names={props.names}
          defaultLanguage={settings.defaultLanguage}
          timeZone={settings.timeZone}
          locale={locale}
        />
      </ClientMessages>
    </div>
  );
}
