import { Alert, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from '@dp/domain/money';
import type { ValidCreateInitiativeInput } from '@dp/domain/initiatives';
import { useValidationMessage } from '@dp/web/ui';
import type { ServerFieldError } from '@dp/web/data-access';
import {
  createInitiativeFormResolver,
  errorCode,
  formatAmountInput,
  isFormField,
  limitParams,
  type FormField,
  type InitiativeFormValues,
} from './form-model';
import type { ReferenceData } from './reference-data';

export type InitiativeForm = UseFormReturn<InitiativeFormValues, unknown, ValidCreateInitiativeInput>;

/** The form state of an initiative, validated on the client with the API's own schema. */
export function useInitiativeForm(defaultValues: InitiativeFormValues, reference: ReferenceData | undefined): InitiativeForm {
  const resolver = useMemo(
    () => createInitiativeFormResolver((id) => reference?.fundRounds.find((r) => r.id === id)?.budget),
    [reference],
  );
  return useForm<InitiativeFormValues, unknown, ValidCreateInitiativeInput>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

/**
 * Puts the API's BAD_USER_INPUT errors on their fields (focusing the first one) and returns the ones
 * that belong to no field of the form.
 */
export function applyServerFieldErrors(form: InitiativeForm, errors: ServerFieldError[]): ServerFieldError[] {
  const unplaced: ServerFieldError[] = [];
  let focus = true;
  for (const error of errors) {
    const name = error.field.replace(/^input\./, '').split('.')[0] ?? '';
    if (isFormField(name)) {
      form.setError(name, { type: 'server', message: error.reason }, { shouldFocus: focus });
      focus = false;
    } else {
      unplaced.push(error);
    }
  }
  return unplaced;
}

export interface InitiativeFormViewProps {
  form: InitiativeForm;
  reference: ReferenceData;
  submitLabel: string;
  onValid: (input: ValidCreateInitiativeInput) => Promise<void> | void;
  /** the departments to choose from (those the user may create for); all of the reference data by default */
  departments?: ReadonlyArray<{ id: string; name: string }>;
  /** shows the values with every field disabled and no submit button (the user may not edit) */
  readOnly?: boolean;
  /** a message about the whole form (e.g. a failed save), shown above the buttons */
  formError?: ReactNode;
  /** shown between the fields and the buttons (the edit conflict panel) */
  children?: ReactNode;
  cancel?: ReactNode;
}

/** The fields of an application: title, description, department, fund round, goal areas, amount. */
export function InitiativeFormView({
  form,
  reference,
  submitLabel,
  onValid,
  departments = reference.departments,
  readOnly = false,
  formError,
  children,
  cancel,
}: InitiativeFormViewProps) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  const errorText = (field: FormField): string | undefined => {
    const code = errorCode(errors[field]);
    return code ? message(code, field, limitParams(field)) : undefined;
  };

  const hasErrors = Object.keys(errors).length > 0;
  // disabled fields stay readable when the page only shows the initiative (full-contrast text)
  const inputStyles = readOnly ? { input: { opacity: 1, color: 'var(--mantine-color-text)' } } : undefined;
  const checkboxStyles = readOnly ? { input: { opacity: 1 }, label: { color: 'var(--mantine-color-text)' } } : undefined;

  return (
    <form
      noValidate
      onSubmit={readOnly ? (event) => event.preventDefault() : handleSubmit(onValid)}
      aria-describedby={readOnly ? undefined : 'initiative-form-intro'}
    >
      <Stack gap="md" maw={760}>
        {readOnly ? null : (
          <Text id="initiative-form-intro" size="sm" c="dimmed">
            {t('initiatives.form.intro')}
          </Text>
        )}

        <TextInput
          label={t('initiatives.form.title')}
          required
          error={errorText('title')}
          disabled={readOnly}
          styles={inputStyles}
          {...register('title')}
        />

        <Textarea
          label={t('initiatives.form.description')}
          description={t('initiatives.form.descriptionHelp')}
          required
          autosize
          minRows={4}
          maxRows={14}
          error={errorText('description')}
          disabled={readOnly}
          styles={inputStyles}
          {...register('description')}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="departmentId"
            render={({ field }) => (
              <Select
                label={t('initiatives.form.department')}
                placeholder={t('initiatives.form.selectPlaceholder')}
                required
                data={departments.map((d) => ({ value: d.id, label: d.name }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errorText('departmentId')}
                disabled={readOnly}
                styles={inputStyles}
                searchable
                nothingFoundMessage={t('common.nothingFound')}
              />
            )}
          />
          <Controller
            control={control}
            name="fundRoundId"
            render={({ field }) => (
              <Select
                label={t('initiatives.form.fundRound')}
                placeholder={t('initiatives.form.selectPlaceholder')}
                required
                data={reference.fundRounds.map((r) => ({
                  value: r.id,
                  label: t('initiatives.list.fundRoundOption', { name: r.name, status: t(`fundRoundStatus.${r.status}`) }),
                }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errorText('fundRoundId')}
                disabled={readOnly}
                styles={inputStyles}
              />
            )}
          />
        </SimpleGrid>

        <Controller
          control={control}
          name="goalAreaIds"
          render={({ field }) => (
            <Checkbox.Group
              label={t('initiatives.form.goalAreas')}
              description={t('initiatives.form.goalAreasHelp')}
              required
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={errorText('goalAreaIds')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {reference.goalAreas.map((g, index) => (
                  <Checkbox
                    key={g.id}
                    value={g.id}
                    label={g.name}
                    ref={index === 0 ? field.ref : undefined}
                    onBlur={field.onBlur}
                    disabled={readOnly}
                    styles={checkboxStyles}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />

        <Controller
          control={control}
          name="requestedAmount"
          render={({ field }) => {
            const parsed = field.value.trim() === '' ? null : parseMoneyInput(field.value);
            const formatted = parsed?.ok ? formatAmountInput(parsed.value) : null;
            const help = t('initiatives.form.requestedAmountHelp');
            return (
              <TextInput
                label={t('initiatives.form.requestedAmount')}
                description={
                  formatted && formatted !== field.value ? `${help} ${t('initiatives.form.requestedAmountParsed', { amount: formatted })}` : help
                }
                required
                inputMode="numeric"
                autoComplete="off"
                value={field.value}
                onChange={(event) => field.onChange(event.currentTarget.value)}
                onBlur={() => {
                  if (formatted && formatted !== field.value) field.onChange(formatted);
                  field.onBlur();
                }}
                ref={field.ref}
                name={field.name}
                error={errorText('requestedAmount')}
                disabled={readOnly}
                styles={inputStyles}
                maw={320}
              />
            );
          }}
        />

        {children}

        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('initiatives.form.invalid')}
          </Alert>
        ) : null}
        {formError}

        <Group gap="sm">
          {readOnly ? null : (
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          )}
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}
