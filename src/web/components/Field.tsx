// A labelled form control with its error next to it: the label is the control's accessible name,
// and the server's message for this field is announced with it.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

interface Frame {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
}

function FieldFrame({ label, error, hint, id, children }: Frame & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function described(id: string, { error, hint }: Frame) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}

export function Field({ label, error, hint, ...input }: Frame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input id={id} {...described(id, { label, error, hint })} {...input} />
    </FieldFrame>
  );
}

export function TextArea({
  label,
  error,
  hint,
  ...input
}: Frame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea id={id} {...described(id, { label, error, hint })} {...input} />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  label,
  error,
  hint,
  options,
  ...select
}: Frame & { options: readonly Option[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select id={id} {...described(id, { label, error, hint })} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
