import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react'

interface FieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  optional?: boolean
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

function FieldShell({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
        {optional && <span className="optional"> (valfritt)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && <FieldErrorText id={`${id}-error`} message={error} />}
      {children}
    </div>
  )
}

export function FieldErrorText({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Fel: </span>
      {message}
    </p>
  )
}

export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        name={id}
        className={`input${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldShell>
  )
}

export function TextArea({
  id,
  label,
  hint,
  error,
  optional,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={id}
        className="input textarea"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldShell>
  )
}

export function SelectField({
  id,
  label,
  hint,
  error,
  optional,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={id}
        name={id}
        className="input select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  )
}

/** A group of radio buttons in a fieldset; the first button's id is `${name}-${first value}`. */
export function RadioGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  inline,
}: {
  name: string
  legend: ReactNode
  options: { value: V; label: ReactNode }[]
  value: V
  onChange(value: V): void
  error?: string
  hint?: ReactNode
  inline?: boolean
}) {
  return (
    <fieldset
      className={`fieldset field${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend className="label">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && <FieldErrorText id={`${name}-error`} message={error} />}
      <div className={`choices${inline ? ' choices--inline' : ''}`}>
        {options.map((o) => (
          <div className="choice" key={o.value}>
            <input
              type="radio"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  checked: boolean
  onChange(checked: boolean): void
}) {
  return (
    <div className="choice choice--checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint choice-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
