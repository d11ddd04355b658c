import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from '@dp/domain/money';
import { DPIA_STATUSES, INFORMATION_LEVELS, type ValidCreateInitiativeInput } from '@dp/domain/initiatives';
import { useValidationMessage } from '@dp/web/ui';
import type { ServerFieldError } from '@dp/web/data-access';
import {
  createInitiativeFormResolver,
  LEVEL_FIELDS,
  errorCode,
  fieldInputId,
  formatAmountInput,
  isFormField,
  requiredBeforeAnchoring,
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
  /** the level of the sections' headings (3 when the form sits under a heading of its own) */
  headingOrder?: 2 | 3;
}

/** A section of the form: a fieldset whose legend is the section's heading. */
function FormSection({ title, order, children }: { title: string; order: 2 | 3; children: ReactNode }) {
  return (
    <Fieldset
      legend={
        <Title order={order} size="h4">
          {title}
        </Title>
      }
      radius="sm"
    >
      <Stack gap="md">{children}</Stack>
    </Fieldset>
  );
}

interface MoneyFieldProps {
  form: InitiativeForm;
  name: 'requestedAmount' | 'coFinancing';
  label: string;
  help: string;
  required?: boolean;
  error: string | undefined;
  readOnly: boolean;
}

/** An amount in kronor as typed, shown as `1 234 567 kr` after leaving the field. */
function MoneyField({ form, name, label, help, required = false, error, readOnly }: MoneyFieldProps) {
  const { t } = useTranslation();
  const inputStyles = readOnly ? { input: { opacity: 1, color: 'var(--mantine-color-text)' } } : undefined;
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const parsed = field.value.trim() === '' ? null : parseMoneyInput(field.value);
        const formatted = parsed?.ok ? formatAmountInput(parsed.value) : null;
        return (
          <TextInput
            id={fieldInputId(name)}
            label={label}
            description={formatted && formatted !== field.value ? `${help} ${t('initiatives.form.requestedAmountParsed', { amount: formatted })}` : help}
            required={required}
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
            error={error}
            disabled={readOnly}
            styles={inputStyles}
            maw={320}
          />
        );
      }}
    />
  );
}

/** The application in its sections: about, situation, effects and goal areas, costs, timeline, risks, personal data. */
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
  headingOrder = 2,
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

  /** a field's description: "Krävs innan förankring." for the fields anchoring needs, then its help */
  const help = (field: FormField, text?: string): string | undefined =>
    [requiredBeforeAnchoring(field) ? t('initiatives.form.requiredBeforeAnchoring') : null, text].filter(Boolean).join(' ') || undefined;
  const handlesPersonalData = useWatch({ control, name: 'handlesPersonalData' });

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

        <FormSection title={t('initiatives.form.sections.about')} order={headingOrder}>
          <TextInput
            id={fieldInputId('title')}
            label={t('initiatives.form.title')}
            required
            error={errorText('title')}
            disabled={readOnly}
            styles={inputStyles}
            {...register('title')}
          />

          <Textarea
            id={fieldInputId('description')}
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
                  id={fieldInputId('departmentId')}
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
                  id={fieldInputId('fundRoundId')}
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

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={fieldInputId('contactName')}
              label={t('initiatives.form.contactName')}
              description={help('contactName')}
              autoComplete="name"
              error={errorText('contactName')}
              disabled={readOnly}
              styles={inputStyles}
              {...register('contactName')}
            />
            <TextInput
              id={fieldInputId('contactEmail')}
              label={t('initiatives.form.contactEmail')}
              description={help('contactEmail', t('initiatives.form.contactEmailHelp'))}
              type="email"
              autoComplete="email"
              error={errorText('contactEmail')}
              disabled={readOnly}
              styles={inputStyles}
              {...register('contactEmail')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('initiatives.form.sections.situation')} order={headingOrder}>
          {(['currentSituation', 'problem', 'desiredSituation'] as const).map((name) => (
            <Textarea
              key={name}
              id={fieldInputId(name)}
              label={t(`initiatives.form.${name}`)}
              description={help(name, t(`initiatives.form.${name}Help`))}
              autosize
              minRows={3}
              maxRows={12}
              error={errorText(name)}
              disabled={readOnly}
              styles={inputStyles}
              {...register(name)}
            />
          ))}
        </FormSection>

        <FormSection title={t('initiatives.form.sections.effects')} order={headingOrder}>
          <Textarea
            id={fieldInputId('expectedEffects')}
            label={t('initiatives.form.expectedEffects')}
            description={help('expectedEffects', t('initiatives.form.expectedEffectsHelp'))}
            autosize
            minRows={3}
            maxRows={12}
            error={errorText('expectedEffects')}
            disabled={readOnly}
            styles={inputStyles}
            {...register('expectedEffects')}
          />
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
                      id={index === 0 ? fieldInputId('goalAreaIds') : undefined}
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
        </FormSection>

        <FormSection title={t('initiatives.form.sections.costs')} order={headingOrder}>
          <MoneyField
            form={form}
            name="requestedAmount"
            label={t('initiatives.form.requestedAmount')}
            help={t('initiatives.form.requestedAmountHelp')}
            required
            error={errorText('requestedAmount')}
            readOnly={readOnly}
          />
          <MoneyField
            form={form}
            name="coFinancing"
            label={t('initiatives.form.coFinancing')}
            help={t('initiatives.form.coFinancingHelp')}
            error={errorText('coFinancing')}
            readOnly={readOnly}
          />
        </FormSection>

        <FormSection title={t('initiatives.form.sections.timeline')} order={headingOrder}>
          <Group gap="md" align="flex-start">
            {(['plannedStart', 'plannedEnd'] as const).map((name) => (
              <TextInput
                key={name}
                id={fieldInputId(name)}
                label={t(`initiatives.form.${name}`)}
                description={help(name, t('initiatives.form.dateHelp'))}
                placeholder="ÅÅÅÅ-MM-DD"
                autoComplete="off"
                error={errorText(name)}
                disabled={readOnly}
                styles={inputStyles}
                w={280}
                {...register(name)}
              />
            ))}
          </Group>
        </FormSection>

        <FormSection title={t('initiatives.form.sections.risks')} order={headingOrder}>
          {(['risks', 'dependencies'] as const).map((name) => (
            <Textarea
              key={name}
              id={fieldInputId(name)}
              label={t(`initiatives.form.${name}`)}
              description={t(`initiatives.form.${name}Help`)}
              autosize
              minRows={3}
              maxRows={12}
              error={errorText(name)}
              disabled={readOnly}
              styles={inputStyles}
              {...register(name)}
            />
          ))}
        </FormSection>

        <FormSection title={t('initiatives.form.sections.personalData')} order={headingOrder}>
          <Controller
            control={control}
            name="handlesPersonalData"
            render={({ field }) => (
              <Radio.Group
                label={t('initiatives.form.handlesPersonalData')}
                description={help('handlesPersonalData', t('initiatives.form.handlesPersonalDataHelp'))}
                value={field.value}
                onChange={(value) => field.onChange(value === 'yes' || value === 'no' ? value : '')}
                error={errorText('handlesPersonalData')}
              >
                <Group gap="lg" mt="xs">
                  <Radio
                    id={fieldInputId('handlesPersonalData')}
                    value="yes"
                    label={t('initiatives.form.yes')}
                    ref={field.ref}
                    onBlur={field.onBlur}
                    disabled={readOnly}
                    styles={checkboxStyles}
                  />
                  <Radio value="no" label={t('initiatives.form.no')} onBlur={field.onBlur} disabled={readOnly} styles={checkboxStyles} />
                </Group>
              </Radio.Group>
            )}
          />
          {handlesPersonalData === 'yes' ? (
            <Stack gap="md" data-testid="personal-data-assessment">
              <Text size="sm">{t('initiatives.form.personalDataRule')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {LEVEL_FIELDS.map((name) => (
                  <NativeSelect
                    key={name}
                    id={fieldInputId(name)}
                    label={t(`initiatives.form.${name}`)}
                    description={t(`initiatives.form.${name}Help`)}
                    data={[
                      { value: '', label: t('initiatives.form.selectPlaceholder') },
                      ...INFORMATION_LEVELS.map((level) => ({ value: String(level), label: t(`initiatives.form.levels.${level}`) })),
                    ]}
                    error={errorText(name)}
                    disabled={readOnly}
                    styles={inputStyles}
                    {...register(name)}
                  />
                ))}
              </SimpleGrid>
              <NativeSelect
                id={fieldInputId('dpiaStatus')}
                label={t('initiatives.form.dpiaStatus')}
                description={t('initiatives.form.dpiaStatusHelp')}
                data={[
                  { value: '', label: t('initiatives.form.selectPlaceholder') },
                  ...DPIA_STATUSES.map((status) => ({ value: status, label: t(`initiatives.form.dpiaStatuses.${status}`) })),
                ]}
                error={errorText('dpiaStatus')}
                disabled={readOnly}
                styles={inputStyles}
                maw={320}
                {...register('dpiaStatus')}
              />
            </Stack>
          ) : null}
        </FormSection>

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
