import type { EditorMessages } from '../_editor/messages';
import { fill } from '../_editor/messages';
import type { PasteProposalResult } from './actions';
import styles from './import.module.css';

/** How the aligner placed each translated paragraph, and on which cues; leftovers to place by hand. */
export function ProposalSummary({ result, m }: { result: PasteProposalResult; m: EditorMessages }) {
  const { alignment, unaligned, meta } = result;
  const total = alignment.length + unaligned.length;
  const found = [meta.author && fill(m.metaAuthor, { author: meta.author }), meta.time && fill(m.metaTime, { time: meta.time }), meta.category && fill(m.metaCategory, { category: meta.category })].filter(Boolean);
  return (
    <div className={styles.summary} role="status">
      <p>
        <strong>{fill(m.alignedCount, { aligned: alignment.length, total })}</strong> {m.checkAlignment}
      </p>
      {found.length > 0 && <p className="muted">{m.metaFound} {found.join(' · ')}</p>}
      <details>
        <summary>{m.alignmentDetails}</summary>
        <ol className={styles.cues}>
          {alignment.map((a) => (
            <li key={a.translationIndex}>{fill(m.alignedTo, { block: a.blockIndex + 1, cues: a.cues.join(', ') || '—' })}</li>
          ))}
        </ol>
      </details>
      {unaligned.length > 0 && (
        <div>
          <p>{m.unalignedHelp}</p>
          <ul className={styles.unaligned} lang={meta.translationLanguage}>
            {unaligned.map((text, k) => <li key={k}>{text}</li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
