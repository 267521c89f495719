/** One suggestion as the queue shows it (moderators only: it carries the email). */
export type SuggestionItem = {
  id: number;
  status: 'pending' | 'accepted' | 'rejected' | 'spam';
  postTitle: string;
  postHref: string;
  blockNumber: number | null;
  kind: string | null;
  language: string;
  languageName: string;
  originalLanguage: string;
  /** The original as it is now (null when the block is gone), and as the reader translated it. */
  originalNow: string | null;
  originalThen: string;
  currentText: string | null;
  body: string;
  authorName: string;
  authorEmail: string;
  reason: string | null;
  time: string;
  iso: string;
};
