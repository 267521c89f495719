import type { ComponentProps } from 'react';
import { COMMENT_NAME_MAX, EMAIL_MAX } from '@/lib/model';
import { CommentField } from './comment-field';

type Labels = { name: string; email: string; required: string };
type Props = {
  /** Prefix of the controls' ids: `comment` → `comment-name`, `comment-email`. */
  prefix: string;
  labels: Labels;
  errors: { name?: string; email?: string };
  /** The form's own wiring of a control (name, register, aria attributes…). */
  control: (field: 'name' | 'email') => ComponentProps<'input'>;
  defaults?: { name?: string; email?: string };
};

/** Who is writing: the two required fields every reader form asks (comments, suggestions). */
export function NameEmailFields({ prefix, labels, errors, control, defaults }: Props) {
  return (
    <>
      <CommentField
        id={`${prefix}-name`}
        label={labels.name}
        requiredText={labels.required}
        error={errors.name}
      >
        <input
          id={`${prefix}-name`}
          type="text"
          autoComplete="name"
          maxLength={COMMENT_NAME_MAX}
          defaultValue={defaults?.name}
          {...control('name')}
        />
      </CommentField>
      <CommentField
        id={`${prefix}-email`}
        label={labels.email}
        requiredText={labels.required}
        error={errors.email}
      >
        <input
          id={`${prefix}-email`}
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={EMAIL_MAX}
          defaultValue={defaults?.email}
          {...control('email')}
        />
      </CommentField>
    </>
  );
}

/** The field people never see and bots fill in (a filled one marks the post as spam, silently). */
export function Honeypot({ prefix, label }: { prefix: string; label: string }) {
  return (
    <div className="comment-hp">
      <label htmlFor={`${prefix}-website`}>{label}</label>
      <input
        id={`${prefix}-website`}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  );
}
