import { useTranslation } from 'react-i18next';

export type ValidationMessageParams = Record<string, string | number>;

/**
 * Translates a validation code (REQUIRED, TOO_LONG, …) for a field: a field-specific text when there is
 * one (`validation.fields.departmentId.REQUIRED`), otherwise the code's general text. `params` fill the
 * limits into the text (`{{min}}`, `{{max}}`).
 */
export function useValidationMessage(): (code: string, field?: string, params?: ValidationMessageParams) => string {
  const { t } = useTranslation();
  return (code, field, params) => {
    const keys = [...(field ? [`validation.fields.${field}.${code}`] : []), `validation.${code}`, 'validation.INVALID'];
    return t(keys, params ?? {});
  };
}
