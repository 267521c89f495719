import { useTranslations } from 'next-intl';

type Props = { remember: boolean; notifyReplies: boolean };

/** The form's two opt-ins: remembering the name and email, and consent to reply mail (never ticked in advance). */
export function CommentChoices({ remember, notifyReplies }: Props) {
  const t = useTranslations('comments');
  return (
    <>
      <p className="comment-remember">
        <input id="comment-remember" name="remember" type="checkbox" defaultChecked={remember} />{' '}
        <label htmlFor="comment-remember">{t('remember')}</label>
      </p>
      <p className="comment-remember">
        <input
          id="comment-notify"
          name="notifyReplies"
          type="checkbox"
          defaultChecked={notifyReplies}
        />{' '}
        <label htmlFor="comment-notify">{t('notifyReplies')}</label>
      </p>
    </>
  );
}
