import type { ReactNode } from 'react';

type Props = {
  id: string;
  label: string;
  requiredText: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
};

/** A labelled form control with its "required" mark, hint and error (linked by the control's aria-describedby). */
export function CommentField({ id, label, requiredText, error, hint, children }: Props) {
  return (
    <div className={`comment-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="comment-required">({requiredText})</span>
      </label>
      {children}
      {hint}
      <p id={`${id}-error`} className="comment-field-error">
        {error}
      </p>
    </div>
  );
}

/** The ids a control's aria-describedby should name. */
export const describedBy = (id: string, ...extra: string[]) => [`${id}-error`, ...extra].join(' ');
