'use client';

import { type InputHTMLAttributes, type ReactNode } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { SettingsFormValues } from '@/lib/validations/settings';

export type Name = FieldPath<SettingsFormValues>;

/** A labelled field with its hint and the schema's message for it. */
export function Field({
  name,
  label,
  hint,
  children,
}: {
  name: Name;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  const errorOf = useErrorText();
  const { formState } = useFormContext<SettingsFormValues>();
  const error = name
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      formState.errors,
    ) as { message?: string } | undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {children}
      {hint && <p className="muted">{hint}</p>}
      {error?.message && <p className="field-error">{errorOf(error.message)}</p>}
    </div>
  );
}

export function Input({ name, ...props }: { name: Name } & InputHTMLAttributes<HTMLInputElement>) {
  const { register, getFieldState, formState } = useFormContext<SettingsFormValues>();
  return (
    <input
      id={name}
      aria-invalid={getFieldState(name, formState).invalid || undefined}
      {...props}
      {...register(name)}
    />
  );
}
