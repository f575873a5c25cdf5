import { Field, Input, type InputProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './use-setup-records';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error?: string;
  hint?: string;
  type?: InputProps['type'];
  requiredField?: boolean;
  autoFocus?: boolean;
}

/** A labelled text input whose client or server problem shows under it. */
export function TextField({
  label,
  value,
  onChange,
  maxLength,
  error,
  hint,
  type = 'text',
  requiredField,
  autoFocus,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error}>
      {/* aria-required, not `required`: the browser's own bubble would hide our message. */}
      <Input
        value={value}
        type={type}
        maxLength={maxLength}
        aria-required={requiredField || undefined}
        autoFocus={autoFocus}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  step?: number;
}

/** A number of 0 or more; a negative value is flagged at once (the input's `min` also stops the form). */
export function NumberField({ label, value, onChange, error, step = 1 }: NumberFieldProps) {
  const { t } = useTranslation();
  const negative = value.trim() !== '' && Number(value) < 0;
  const message = negative ? t('setup.form.notNegative') : error;
  return (
    <Field label={label} validationState={message ? 'error' : 'none'} validationMessage={message}>
      <Input
        type="number"
        inputMode="decimal"
        min={0}
        step={step}
        value={value}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}

/** The code of a new record (required, up to 20 characters). */
export function CodeField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('setup.form.code')}
      hint={t('setup.form.codeHint')}
      value={value}
      onChange={onChange}
      maxLength={20}
      error={error}
      requiredField
      autoFocus
    />
  );
}

interface CodeAndDescription {
  code: string;
  description: string;
}

/**
 * The two fields most setup records start with: the code (only when the record is new) and the description (up to
 * 100 characters, focused first when the code is not asked).
 */
export function CodeAndDescriptionFields({
  draft,
  change,
  isNew,
  errors,
}: {
  draft: CodeAndDescription;
  change: (patch: Partial<CodeAndDescription>) => void;
  isNew: boolean;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      {isNew && <CodeField value={draft.code} onChange={(code) => change({ code })} error={errors.code} />}
      <TextField
        label={t('form.description')}
        value={draft.description}
        onChange={(description) => change({ description })}
        maxLength={100}
        error={errors.description}
        autoFocus={!isNew}
      />
    </>
  );
}
