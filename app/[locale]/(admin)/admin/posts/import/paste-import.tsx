'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, type ComponentProps } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { OriginalGuess } from '@/lib/import/paste/original';
import { PASTE_MAX, pasteImportSchema, type PasteImportValues } from '@/lib/validations/import';
import { PairReviewProvider } from '../_editor/pair-confidence';
import { PostEditor } from '../_editor/post-editor';
import { proposePasteAction, type PasteProposalResult } from './actions';
import { originalText, ProposalSummary } from './proposal-summary';
import styles from './import.module.css';

type Props = Omit<ComponentProps<typeof PostEditor>, 'postId' | 'defaults' | 'intro'>;
type QuestionProps = {
  guess: OriginalGuess;
  names: Record<string, string>;
  busy: boolean;
  onChoose: (original: string) => void;
};

/** Asked when the original language is unclear: the guess is pre-selected; the paste is aligned again with the choice. */
function OriginalQuestion({ guess, names, busy, onChoose }: QuestionProps) {
  const t = useTranslations('editor');
  const [choice, setChoice] = useState(guess.language);
  return (
    <fieldset className={styles.question}>
      <legend>{t('originalQuestion')}</legend>
      <p>{originalText(guess, t, names)}</p>
      <div className={styles.row}>
        {[guess.language, guess.translation].map((l) => (
          <label key={l}>
            <input
              type="radio"
              name="paste-original-choice"
              value={l}
              checked={choice === l}
              onChange={() => setChoice(l)}
            />{' '}
            {names[l] ?? l}
          </label>
        ))}
        <button type="button" className="button" disabled={busy} onClick={() => onChoose(choice)}>
          {t('originalAgain')}
        </button>
      </div>
    </fieldset>
  );
}

/** Paste a page → the aligner's proposal opens in the editor; nothing is stored until Save. */
export function PasteImport(props: Props) {
  const { names, languages } = props;
  const t = useTranslations('editor');
  const errorOf = useErrorText();
  const [proposal, setProposal] = useState<{ n: number; result: PasteProposalResult } | null>(null);
  const form = useForm<PasteImportValues, unknown, z.output<typeof pasteImportSchema>>({
    resolver: zodResolver(pasteImportSchema),
    defaultValues: { text: '', originalLanguage: '', translationLanguage: '' },
  });
  const { errors, isSubmitting } = form.formState;

  async function propose() {
    const result = await proposePasteAction(null, form.getValues()).catch(() => null);
    if (!result?.ok)
      return form.setError('text', {
        message: result?.fieldErrors?.text?.[0] ?? result?.error ?? 'network',
      });
    setProposal((p) => ({ n: (p?.n ?? 0) + 1, result: result.data }));
  }

  const guess = proposal?.result.meta.originalGuess;
  function proposeWith(original: string) {
    if (!guess) return;
    form.setValue('originalLanguage', original);
    form.setValue(
      'translationLanguage',
      original === guess.language ? guess.translation : guess.language,
    );
    return form.handleSubmit(propose)();
  }

  const languageSelect = (name: 'originalLanguage' | 'translationLanguage', label: string) => (
    <div className="field">
      <label htmlFor={`paste-${name}`}>{label}</label>
      <select id={`paste-${name}`} {...form.register(name)}>
        <option value="">{t('detect')}</option>
        {languages.map((l) => (
          <option key={l} value={l}>
            {names[l] ?? l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="paste-heading" className={styles.section}>
      <h2 id="paste-heading">{t('pasteTitle')}</h2>
      <p className="muted">{t('pasteHelp')}</p>
      <form onSubmit={form.handleSubmit(propose)} noValidate className={styles.pasteForm}>
        <div className="field">
          <label htmlFor="paste-text">{t('pasteText')}</label>
          <textarea
            id="paste-text"
            rows={10}
            maxLength={PASTE_MAX}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby="paste-text-error"
            {...form.register('text')}
          />
          {errors.text && (
            <p id="paste-text-error" className="field-error" role="alert">
              {errorOf(errors.text.message)}
            </p>
          )}
        </div>
        <div className={styles.row}>
          {languageSelect('originalLanguage', t('originalLanguage'))}
          {languageSelect('translationLanguage', t('translationLanguageOne'))}
          <button type="submit" className="button primary" disabled={isSubmitting}>
            {isSubmitting ? t('working') : t('propose')}
          </button>
        </div>
      </form>
      {proposal && guess && !guess.certain && (
        <OriginalQuestion
          key={proposal.n}
          guess={guess}
          names={names}
          busy={isSubmitting}
          onChoose={proposeWith}
        />
      )}
      {proposal && (
        <div className={styles.proposal}>
          <h2>{t('proposalTitle', { blocks: proposal.result.blockCount })}</h2>
          <PairReviewProvider pairs={proposal.result.alignment}>
            <PostEditor
              key={proposal.n}
              {...props}
              postId={null}
              startsUnsaved
              defaults={proposal.result.values}
              intro={<ProposalSummary result={proposal.result} names={names} />}
            />
          </PairReviewProvider>
        </div>
      )}
    </section>
  );
}
