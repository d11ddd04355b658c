import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page, useNotify } from '@dp/web/ui';
import { readAccountFailure, type AccountFailure, type AccountFieldFailure } from './account-errors';
import { ADMIN_PATHS, mayManageUsers } from './access';
import { useAdminTranslation } from './i18n';
import { AdminUsersQuery, UpdateUserMutation } from './operations';
import { NotAllowedPage, useDepartments } from './shared';
import { toFormValues, type ValidUserForm } from './user-form-model';
import { AccountSaveError, UserFormView, applyServerFieldErrors, useUserForm } from './user-form';
import type { AdminUser } from './users-page';
import { useDelegationLevels } from './delegation/delegation-levels';

/**
 * Redigera användare (administrators): name, active, roles and an optional new password, saved with the
 * version the form was opened on. A newer version (CONFLICT) keeps what was typed and offers to load the
 * latest; the last active administrator's refusal is explained.
 */
export function EditUserPage() {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  const title = t('form.editTitle');
  if (!mayManageUsers(actor)) return <NotAllowedPage title={title} message={t('notAllowed.users')} />;
  return <EditUser title={title} />;
}

function EditUser({ title }: { title: string }) {
  const { t } = useAdminTranslation();
  const { id = '' } = useParams();
  const [users, reexecute] = useQuery({ query: AdminUsersQuery });
  const departments = useDepartments();
  const user = users.data?.users.find((u) => u.id === id);

  let content;
  if (users.error || departments.error) {
    content = (
      <ErrorState
        onRetry={() => {
          reexecute({ requestPolicy: 'network-only' });
          departments.retry();
        }}
      />
    );
  } else if (!users.data || !departments.data) {
    content = <LoadingState />;
  } else if (!user) {
    content = (
      <Stack gap="sm" align="flex-start">
        <Alert color="blue" variant="light" title={t('form.notFoundTitle')}>
          <Text size="sm">{t('form.notFoundBody')}</Text>
        </Alert>
        <Anchor component={Link} to={ADMIN_PATHS.users}>
          {t('form.back')}
        </Anchor>
      </Stack>
    );
  } else {
    content = (
      <EditUserForm key={user.id} user={user} departments={departments.data} reloadUsers={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  }
  return <Page title={user ? `${title}: ${user.displayName}` : title}>{content}</Page>;
}

interface EditUserFormProps {
  /** the latest version known to the client (it changes after a reload) */
  user: AdminUser;
  departments: ReadonlyArray<{ id: string; name: string }>;
  reloadUsers: () => void;
}

function EditUserForm({ user, departments, reloadUsers }: EditUserFormProps) {
  const { t } = useAdminTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const [, updateUser] = useMutation(UpdateUserMutation);
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  /** the version this form's values are based on; after a conflict the user chooses to move to the latest */
  const [baseVersion, setBaseVersion] = useState(user.version);
  const [reloadRequested, setReloadRequested] = useState(false);
  const form = useUserForm('edit', toFormValues(user));
  const delegationLevels = useDelegationLevels();

  const save = async (values: ValidUserForm) => {
    setFailure(null);
    setUnplaced([]);
    const result = await updateUser({
      id: user.id,
      version: baseVersion,
      input: {
        displayName: values.displayName,
        active: values.active,
        roles: values.roles,
        delegations: values.delegations,
        ...(values.password ? { password: values.password } : {}),
      },
    });
    const updated = result.data?.updateUser;
    if (updated && !result.error) {
      notify({ message: t('form.updated', { name: updated.displayName }) });
      void navigate(ADMIN_PATHS.users);
      return;
    }
    const f = readAccountFailure(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    setReloadRequested(false);
    if (f.kind === 'validation') setUnplaced(applyServerFieldErrors(form, f.fields));
  };

  const conflict = failure?.kind === 'conflict';
  // the latest version has arrived once the cached user is newer than the one the form was based on
  const latestLoaded = conflict && reloadRequested && user.version > baseVersion;

  return (
    <UserFormView
      form={form}
      mode="edit"
      departments={departments}
      delegationLevels={delegationLevels}
      submitLabel={t('form.submitUpdate')}
      onValid={save}
      formError={<AccountSaveError failure={failure} unplaced={unplaced} onRetry={() => void form.handleSubmit(save)()} />}
      cancel={
        <Button component={Link} to={ADMIN_PATHS.users} variant="default">
          {t('common.cancel', { ns: 'translation' })}
        </Button>
      }
    >
      {conflict ? (
        <Alert color="orange" variant="light" title={t('conflict.title')} role="alert" data-testid="user-conflict">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('conflict.body')}</Text>
            {!reloadRequested ? (
              <Button
                onClick={() => {
                  setReloadRequested(true);
                  reloadUsers();
                }}
              >
                {t('conflict.reload')}
              </Button>
            ) : !latestLoaded ? (
              <LoadingState label={t('conflict.loading')} />
            ) : (
              <>
                <Text size="sm">{t('conflict.reloaded')}</Text>
                <Group gap="sm">
                  <Button
                    onClick={() => {
                      // keep the typed values: the next save replaces the latest version knowingly
                      setBaseVersion(user.version);
                      setFailure(null);
                    }}
                  >
                    {t('conflict.keepMine')}
                  </Button>
                  <Button
                    variant="default"
                    onClick={() => {
                      setBaseVersion(user.version);
                      form.reset(toFormValues(user));
                      setFailure(null);
                    }}
                  >
                    {t('conflict.useLatest')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Alert>
      ) : null}
    </UserFormView>
  );
}
