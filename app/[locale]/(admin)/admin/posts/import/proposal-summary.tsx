'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ChromeItem } from '@/lib/import/paste/import';
import type { OriginalGuess } from '@/lib/import/paste/original';
import { chromeBlock, restoreIndex } from '@/lib/import/paste/restore';
import type { PostFormValues } from '@/lib/validations/post';
import { useCueWords } from '../_editor/pair-confidence';
import type { PasteProposalResult } from './actions';
import styles from './import.module.css';

type Names = Record<string, string>;
type EditorT = ReturnType<typeof useTranslations<'editor'>>;

/** Why this language was taken as the original, in the owner's words. */
export function originalText(g: OriginalGuess, t: EditorT, names: Names): string {
  const counts = Object.entries(g.counts)
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${names[l] ?? l} ${n}`)
    .join(', ');
  const other = g.reason === 'most' ? (g.first ?? g.translation) : g.translation;
  return t(`originalGuess.${g.reason}`, {
    language: names[g.language] ?? g.language,
    other: names[other] ?? other,
    counts,
  });
}

/** Lines set aside as page chrome; "Restore" puts one back in its place as a block of its own. */
function ChromeList({ result }: { result: PasteProposalResult }) {
  const t = useTranslations('editor');
  const { getValues, setValue } = useFormContext<PostFormValues>();
  const [restored, setRestored] = useState<number[]>([]);
  const id = useId();
  const items = result.removedAsChrome;

  function restore(k: number) {
    const item = items[k] as ChromeItem;
    const blocks = getValues('blocks');
    const done = restored.map((r) => items[r] as ChromeItem);
    const at = restoreIndex(blocks, result.values.blocks, item, done, result.meta.originalLanguage);
    const languages = Object.keys(blocks[0]?.texts ?? result.values.blocks[0]?.texts ?? {});
    const block = chromeBlock(item.text, getValues('originalLanguage'), languages);
    setValue('blocks', [...blocks.slice(0, at), block, ...blocks.slice(at)], { shouldDirty: true });
    setRestored([...restored, k]);
  }

  return (
    <section className={styles.chrome} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('chromeTitle', { count: items.length })}</h3>
      <p>{t('chromeHelp')}</p>
      <ul>
        {items.map((item, k) => (
          <li key={`${item.line}`} data-restored={restored.includes(k) || undefined}>
            <span className={styles.reason}>{t(`chromeReasons.${item.reason}`)}</span>{' '}
            <q id={`${id}-${k}`} lang={item.language ?? undefined}>
              {item.text}
            </q>{' '}
            {restored.includes(k) ? (
              <span className={styles.restored}>{t('chromeRestored')}</span>
            ) : (
              <button
                type="button"
                className="button small"
                aria-describedby={`${id}-${k}`}
                onClick={() => restore(k)}
              >
                {t('chromeRestore')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How the aligner placed each translated paragraph, and on which cues; what the owner should review. */
export function ProposalSummary({ result, names }: { result: PasteProposalResult; names: Names }) {
  const t = useTranslations('editor');
  const ta = useTranslations('alignment');
  const cueWords = useCueWords();
  const { alignment, leftovers, meta } = result;
  const weak = alignment.filter((a) => a.confidence === 'weak').length;
  const total = alignment.length + leftovers.length;
  const found = [
    meta.author && t('metaAuthor', { author: meta.author }),
    meta.time && t('metaTime', { time: meta.time }),
    meta.category && t('metaCategory', { category: meta.category }),
  ].filter(Boolean);
  return (
    <div className={styles.summary}>
      <div role="status">
        <p>
          <strong>{t('alignedCount', { aligned: alignment.length, total })}</strong>{' '}
          {t('checkAlignment')}
        </p>
        {alignment.length > 0 && <p>{weak ? ta('weakCount', { count: weak }) : ta('noneWeak')}</p>}
        {meta.originalGuess.certain && <p>{originalText(meta.originalGuess, t, names)}</p>}
      </div>
      {found.length > 0 && (
        <p className="muted">
          {t('metaFound')} {found.join(' · ')}
        </p>
      )}
      <details>
        <summary>{t('alignmentDetails')}</summary>
        <ol className={styles.cues}>
          {alignment.map((a) => (
            <li key={a.translationIndex}>
              {t('alignedTo', {
                block: a.blockIndex + 1,
                cues: `${ta(a.confidence)}. ${cueWords(a.reasons)}`,
              })}
            </li>
          ))}
        </ol>
      </details>
      {leftovers.length > 0 && (
        <div>
          <p>{t('unalignedHelp')}</p>
          <ul className={styles.unaligned}>
            {leftovers.map((l) => (
              <li key={l.line}>
                {t('leftoverAt', { block: l.blockIndex + 1 })}{' '}
                <span lang={l.language}>{l.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.removedAsChrome.length > 0 && <ChromeList result={result} />}
    </div>
  );
}
