import { FootnoteList } from '@/components/block-text';
import type { FootnoteLabels } from '@/lib/blocks/markdown/footnote-list';
import type { ColumnNotes } from '@/lib/blocks/markdown/footnotes';
import type { PostBlock } from '@/lib/blocks/types';
import type { BlockKind } from '@/lib/model';

/** The kinds whose text may hold footnotes (block-mode text; see BlockContent). */
export const notesKind = (kind: BlockKind) => kind === 'paragraph' || kind === 'quote';

type Props = {
  blocks: PostBlock[];
  original: string;
  translation: string | null;
  labels: FootnoteLabels;
  columns: { original: ColumnNotes | null; translation: ColumnNotes | null };
};

/**
 * The post's notes as a last row: each language's list in its own column, so every view (side by
 * side, one language, interleaved) shows them where it shows that language. A row without the
 * translation's notes shows the original's as untranslated rows do.
 */
export function PostFootnotes({ blocks, original, translation, labels, columns }: Props) {
  const cell = (lang: string, notes: ColumnNotes | null) =>
    notes?.notes.length ? (
      <div className="block-text">
        <FootnoteList
          args={[notes.notes, (i) => blocks[i]?.texts[lang] ?? '', `${lang}-`, labels]}
        />
      </div>
    ) : null;
  const own = cell(original, columns.original);
  const theirs = translation ? cell(translation, columns.translation) : null;
  if (!own && !theirs) return null;
  return (
    <div className={`row notes-row${theirs ? ' translated' : ''}`} data-kind="footnotes">
      <div className="cell original" lang={original}>
        {own}
      </div>
      {translation && theirs && (
        <div className="cell translation" lang={translation}>
          {theirs}
        </div>
      )}
    </div>
  );
}
