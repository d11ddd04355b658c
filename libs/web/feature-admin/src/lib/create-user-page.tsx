import { Button } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useCurrentUser } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page, useNotify } from '@dp/web/ui';
import { readAccountFailure, type AccountFailure, type AccountFieldFailure } from './account-errors';
import { ADMIN_PATHS, mayManageUsers } from './access';
import { useAdminTranslation } from './i18n';
import { CreateUserMutation } from './operations';
import { NotAllowedPage, useDepartments } from './shared';
import { emptyUserFormValues, type ValidUserForm } from './user-form-model';
import { AccountSaveError, UserFormView, applyServerFieldErrors, useUserForm } from './user-form';
import { useDelegationLevels } from './delegation/delegation-levels';

/** Ny användare (administrators): e-mail, name, password and roles; afterwards back to the list. */
export function CreateUserPage() {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  const title = t('form.createTitle');
  if (!mayManageUsers(actor)) return <NotAllowedPage title={title} message={t('notAllowed.users')} />;
  return <CreateUser title={title} />;
}

function CreateUser({ title }: { title: string }) {
  const departments = useDepartments();
  return (
    <Page title={title}>
      {departments.error ? (
        <ErrorState onRetry={departments.retry} />
      ) : !departments.data ? (
        <LoadingState />
      ) : (
        <CreateUserForm departments={departments.data} />
      )}
    </Page>
  );
}

function CreateUserForm({ departments }: { departments: ReadonlyArray<{ id: string; name: string }> }) {
  const { t } = useAdminTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const [, createUser] = useMutation(CreateUserMutation);
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  const form = useUserForm('create', emptyUserFormValues);
  const delegationLevels = useDelegationLevels();

  const save = async (values: ValidUserForm) => {
    setFailure(null);
    setUnplaced([]);
    const result = await createUser({
      input: { email: values.email, displayName: values.displayName, password: values.password ?? '', roles: values.roles, delegations: values.delegations },
    });
    const created = result.data?.createUser;
    if (created && !result.error) {
      notify({ message: t('form.created', { name: created.displayName }) });
      void navigate(ADMIN_PATHS.users);
      return;
    }
    const f = readAccountFailure(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    if (f.kind === 'validation') setUnplaced(applyServerFieldErrors(form, f.fields));
  };

  return (
    <UserFormView
      form={form}
      mode="create"
      departments={departments}
      delegationLevels={delegationLevels}
      submitLabel={t('form.submitCreate')}
      onValid={save}
      formError={<AccountSaveError failure={failure} unplaced={unplaced} onRetry={() => void form.handleSubmit(save)()} />}
      cancel={
        <Button component={Link} to={ADMIN_PATHS.users} variant="default">
          {t('common.cancel', { ns: 'translation' })}
        </Button>
      }
    />
  );
}
