import { Alert, Button, Fieldset, Group, PasswordInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type FieldError, type UseFormReturn } from 'react-hook-form';
import { ROLES } from '@dp/domain/workflow';
import { ACCOUNT_LIMITS } from '@dp/domain/accounts';
import { ErrorState } from '@dp/web/ui';
import type { AccountFailure, AccountFieldFailure } from './account-errors';
import { useAdminTranslation } from './i18n';
import { DelegationLevelsField, type DelegationLevelsState } from './delegation/delegation-levels-field';
import { emptyRoleRow, isDepartmentScoped, isRole, limitParams, userFormResolver, type UserFormMode, type UserFormValues, type ValidUserForm } from './user-form-model';

export type UserForm = UseFormReturn<UserFormValues, unknown, ValidUserForm>;

/** The form state of an account, validated on the client with the API's own schema. */
export function useUserForm(mode: UserFormMode, defaultValues: UserFormValues): UserForm {
  const resolver = useMemo(() => userFormResolver(mode), [mode]);
  return useForm<UserFormValues, unknown, ValidUserForm>({ defaultValues, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
}

const TOP_FIELDS = ['email', 'displayName', 'password', 'active', 'roles', 'delegations'] as const;
const ROLE_FIELD = /^roles\.(\d+)\.(role|departmentId)$/;

/**
 * Puts the API's BAD_USER_INPUT errors on their fields (`email`, `roles.0.departmentId`, …), focusing the
 * first one, and returns those that belong to no field of the form.
 */
export function applyServerFieldErrors(form: UserForm, errors: AccountFieldFailure[]): AccountFieldFailure[] {
  const unplaced: AccountFieldFailure[] = [];
  let focus = true;
  const rows = form.getValues('roles').length;
  for (const error of errors) {
    const row = ROLE_FIELD.exec(error.field);
    if (/^delegations\.\d+$/.test(error.field)) {
      // a level of the list: the list's field
      form.setError('delegations', { type: 'server', message: error.reason }, { shouldFocus: focus });
      focus = false;
    } else if (row && Number(row[1]) < rows) {
      form.setError(error.field as `roles.${number}.role`, { type: 'server', message: error.reason }, { shouldFocus: focus });
      focus = false;
    } else if ((TOP_FIELDS as readonly string[]).includes(error.field)) {
      form.setError(error.field as (typeof TOP_FIELDS)[number], { type: 'server', message: error.reason }, { shouldFocus: focus });
      focus = false;
    } else {
      unplaced.push(error);
    }
  }
  return unplaced;
}

/** Translates a validation code for a field: the field's own text when there is one, else the code's. */
export function useAccountValidationMessage(): (code: string, field: string) => string {
  const { t } = useAdminTranslation();
  return (code, field) => {
    const leaf = field.split('.').pop() ?? field;
    return t([`validation.fields.${leaf}.${code}`, `validation.${code}`, 'validation.INVALID'], limitParams(leaf));
  };
}

/** A failed save that belongs to no single field: a refusal (the last administrator), the network, or the rest. */
export function AccountSaveError({ failure, unplaced, onRetry }: { failure: AccountFailure | null; unplaced: AccountFieldFailure[]; onRetry: () => void }) {
  const { t } = useAdminTranslation();
  const message = useAccountValidationMessage();
  if (unplaced.length > 0) return <ErrorState message={unplaced.map((e) => `${e.field}: ${message(e.reason, e.field)}`).join(' ')} />;
  if (!failure || failure.kind === 'validation' || failure.kind === 'conflict') return null;
  if (failure.kind === 'forbidden') return <ErrorState title={t('notAllowed.title')} message={t(`forbidden.${failure.reason}`)} />;
  if (failure.kind === 'network') return <ErrorState message={t('common.networkError', { ns: 'translation' })} onRetry={onRetry} />;
  return <ErrorState onRetry={onRetry} />;
}

export interface UserFormViewProps {
  form: UserForm;
  mode: UserFormMode;
  departments: ReadonlyArray<{ id: string; name: string }>;
  submitLabel: string;
  onValid: (values: ValidUserForm) => Promise<void> | void;
  /** a message about the whole form (a failed save), shown above the buttons */
  formError?: ReactNode;
  /** shown between the fields and the buttons (the conflict panel) */
  children?: ReactNode;
  cancel?: ReactNode;
  /** the levels of the delegation order to choose from (loading while undefined) */
  delegationLevels?: DelegationLevelsState;
}

function messageOf(error: FieldError | undefined | { root?: FieldError; message?: string }): string | undefined {
  if (!error) return undefined;
  if (typeof error.message === 'string' && error.message !== '') return error.message;
  return (error as { root?: FieldError }).root?.message;
}

/** The fields of an account: e-mail (creating only), name, password, active (editing only) and the role rows. */
export function UserFormView({ form, mode, departments, submitLabel, onValid, formError, children, cancel, delegationLevels = {} }: UserFormViewProps) {
  const { t } = useAdminTranslation();
  const message = useAccountValidationMessage();
  const {
    control,
    register,
    handleSubmit,
    setValue,
    clearErrors,
    formState: { errors, isSubmitting },
  } = form;
  const rows = useFieldArray({ control, name: 'roles' });
  // the department select follows the chosen role of its row
  const chosenRoles = useWatch({ control, name: 'roles' });
  const roleOptions = useMemo(() => ROLES.map((role) => ({ value: role, label: t(`translation:roles.${role}`) })), [t]);
  const departmentOptions = useMemo(() => departments.map((d) => ({ value: d.id, label: d.name })), [departments]);

  const errorText = (field: string, error: FieldError | undefined): string | undefined => {
    const code = messageOf(error);
    return code ? message(code, field) : undefined;
  };
  const rolesError = messageOf(errors.roles as FieldError | undefined);
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form noValidate onSubmit={handleSubmit(onValid)} aria-describedby="user-form-intro">
      <Stack gap="md" maw={760}>
        <Text id="user-form-intro" size="sm" c="dimmed">
          {t('form.intro')}
        </Text>

        {mode === 'create' ? (
          <TextInput
            label={t('form.email')}
            description={t('form.emailHelp')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            maxLength={ACCOUNT_LIMITS.emailMax}
            error={errorText('email', errors.email)}
            {...register('email')}
          />
        ) : null}

        <TextInput
          label={t('form.displayName')}
          autoComplete="off"
          required
          error={errorText('displayName', errors.displayName)}
          {...register('displayName')}
        />

        <PasswordInput
          label={mode === 'create' ? t('form.password') : t('form.newPassword')}
          description={
            mode === 'create'
              ? t('form.passwordHelp', { min: ACCOUNT_LIMITS.passwordMin })
              : t('form.newPasswordHelp', { min: ACCOUNT_LIMITS.passwordMin })
          }
          autoComplete="new-password"
          required={mode === 'create'}
          error={errorText('password', errors.password)}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('form.showPassword') }}
          maw={420}
          {...register('password')}
        />

        {mode === 'edit' ? (
          <Controller
            control={control}
            name="active"
            render={({ field }) => (
              <Switch
                label={t('form.active')}
                description={t('form.activeHelp')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
                name={field.name}
                error={errorText('active', errors.active)}
              />
            )}
          />
        ) : null}

        <Fieldset legend={t('form.roles')} aria-describedby="user-form-roles-help">
          <Stack gap="sm">
            <Text id="user-form-roles-help" size="sm" c="dimmed">
              {t('form.rolesHelp')}
            </Text>
            {rows.fields.length === 0 ? <Text size="sm">{t('form.noRoles')}</Text> : null}
            {rows.fields.map((row, index) => {
              const number = index + 1;
              const rowErrors = errors.roles?.[index];
              return (
                <Group key={row.id} role="group" aria-label={t('form.roleNumber', { number })} align="flex-start" gap="sm" wrap="wrap">
                  <Controller
                    control={control}
                    name={`roles.${index}.role`}
                    render={({ field }) => (
                      <Select
                        label={t('form.role')}
                        placeholder={t('form.selectPlaceholder')}
                        required
                        data={roleOptions}
                        value={field.value}
                        onChange={(value) => {
                          const role = isRole(value) ? value : null;
                          field.onChange(role);
                          if (!isDepartmentScoped(role)) {
                            setValue(`roles.${index}.departmentId`, null);
                            clearErrors(`roles.${index}.departmentId`);
                          }
                        }}
                        onBlur={field.onBlur}
                        ref={field.ref}
                        name={field.name}
                        error={errorText('role', rowErrors?.role)}
                        allowDeselect={false}
                        w={280}
                      />
                    )}
                  />
                  <Controller
                    control={control}
                    name={`roles.${index}.departmentId`}
                    render={({ field }) => {
                      const role = chosenRoles[index]?.role ?? null;
                      const error = errorText('departmentId', rowErrors?.departmentId);
                      // only applicant and department head belong to a department; a stray server error still shows
                      if (!isDepartmentScoped(role) && !error) return <></>;
                      return (
                        <Select
                          label={t('form.department')}
                          placeholder={t('form.selectPlaceholder')}
                          required={isDepartmentScoped(role)}
                          data={departmentOptions}
                          value={field.value}
                          onChange={(value) => field.onChange(value)}
                          onBlur={field.onBlur}
                          ref={field.ref}
                          name={field.name}
                          error={error}
                          searchable
                          nothingFoundMessage={t('common.nothingFound', { ns: 'translation' })}
                          w={320}
                        />
                      );
                    }}
                  />
                  <Button variant="subtle" color="red" c="red.9" mt={28} onClick={() => rows.remove(index)} aria-label={t('form.removeRole', { number })}>
                    {t('form.remove')}
                  </Button>
                </Group>
              );
            })}
            {rolesError ? (
              <Text c="red.9" size="sm" role="alert">
                {message(rolesError, 'roles')}
              </Text>
            ) : null}
            <div>
              <Button variant="default" onClick={() => rows.append({ ...emptyRoleRow }, { shouldFocus: true })}>
                {t('form.addRole')}
              </Button>
            </div>
          </Stack>
        </Fieldset>

        <Controller
          control={control}
          name="delegations"
          render={({ field }) => (
            <DelegationLevelsField
              levels={delegationLevels}
              held={form.formState.defaultValues?.delegations?.filter((d): d is string => typeof d === 'string') ?? []}
              value={field.value}
              onChange={field.onChange}
              errorCode={messageOf(errors.delegations as FieldError | undefined)}
            />
          )}
        />

        {children}

        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('form.invalid')}
          </Alert>
        ) : null}
        {formError}

        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}
