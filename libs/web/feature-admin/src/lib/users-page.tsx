import { Anchor, Button, Group, List, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { readGraphQLError, useCurrentUser, type AdminUserFieldsFragment } from '@dp/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page } from '@dp/web/ui';
import { ADMIN_PATHS, mayManageUsers } from './access';
import { useAdminTranslation } from './i18n';
import { AdminUsersQuery } from './operations';
import { NotAllowedPage, useRoleName } from './shared';
import { useDelegationLevels } from './delegation/delegation-levels';
import { levelLabel } from './delegation/delegation-model';

export type AdminUser = AdminUserFieldsFragment;

/** the filter text in the URL: `/admin/users?q=buf` */
const FILTER_PARAM = 'q';

/** Compares in Swedish, ignoring case and accents of the search text only where Swedish does (å, ä, ö stay letters). */
function normalise(text: string): string {
  return text.toLocaleLowerCase('sv-SE').trim();
}

/**
 * Användare och roller (administrators): every account with its roles and departments, a filter box
 * kept in the URL, "Ny användare" and an edit link per account. Anybody else is told why there is nothing.
 */
export function UsersPage() {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  const title = t('users.title');
  if (!mayManageUsers(actor)) return <NotAllowedPage title={title} message={t('notAllowed.users')} />;
  return <UsersList title={title} />;
}

function UsersList({ title }: { title: string }) {
  const { t } = useAdminTranslation();
  const roleName = useRoleName();
  const [params, setParams] = useSearchParams();
  const filter = params.get(FILTER_PARAM) ?? '';
  // the list changes when other administrators work: show the cached one at once, then the latest
  const [result, reexecute] = useQuery({ query: AdminUsersQuery, requestPolicy: 'cache-and-network' });
  const users = useMemo(() => result.data?.users ?? [], [result.data]);
  // the names of the delegation levels; until they are known (or if they cannot be), the known defaults or the ids
  const levels = useDelegationLevels().data;
  const delegationNames = useCallback(
    (u: AdminUser) => (u.delegations ?? []).map((id) => levels?.find((l) => l.signatory === id)?.label ?? levelLabel(id, null)),
    [levels],
  );

  const shown = useMemo(() => {
    const needle = normalise(filter);
    if (!needle) return users;
    return users.filter((u) => normalise([u.displayName, u.email, ...u.roles.map(roleName), ...delegationNames(u)].join(' ')).includes(needle));
  }, [users, filter, roleName, delegationNames]);

  const setFilter = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(FILTER_PARAM);
        else next.set(FILTER_PARAM, value);
        return next;
      },
      { replace: true },
    );

  const newButton = (
    <Button component={Link} to={ADMIN_PATHS.newUser}>
      {t('users.newUser')}
    </Button>
  );

  let content;
  if (result.error && !result.data) {
    const failure = readGraphQLError(result.error);
    content =
      failure?.kind === 'forbidden' ? (
        <ErrorState title={t('notAllowed.title')} message={t('notAllowed.users')} />
      ) : (
        <ErrorState onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      );
  } else if (!result.data) {
    content = <LoadingState label={t('users.loading')} />;
  } else if (shown.length === 0) {
    content = <EmptyState message={t('users.empty')} hint={t('users.emptyHint')} />;
  } else {
    content = (
      <Stack gap="sm">
        <Text fw={600} role="status" data-testid="users-count">
          {t('users.count', { count: shown.length, total: users.length })}
        </Text>
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <VisuallyHidden component="caption">{filter ? t('users.captionFiltered', { filter }) : t('users.caption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.columns.displayName')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.roles')}</Table.Th>
                <Table.Th scope="col">{t('delegation.user.column')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.active')}</Table.Th>
                <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((u) => (
                <Table.Tr key={u.id} data-testid={`user-${u.id}`}>
                  <Table.Th scope="row" fw={600}>
                    {u.displayName}
                  </Table.Th>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>
                    {u.roles.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('users.noRoles')}
                      </Text>
                    ) : (
                      <List size="sm" listStyleType="none" spacing={2}>
                        {u.roles.map((g) => (
                          <List.Item key={`${g.role}:${g.department?.id ?? ''}`}>{roleName(g)}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td data-testid={`user-delegations-${u.id}`}>
                    {delegationNames(u).length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('delegation.user.noDelegation')}
                      </Text>
                    ) : (
                      <List size="sm" listStyleType="none" spacing={2}>
                        {delegationNames(u).map((name, i) => (
                          <List.Item key={`${name}:${i}`}>{name}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={u.active ? 400 : 700} c={u.active ? undefined : 'red.9'}>
                      {u.active ? t('users.active') : t('users.inactive')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={ADMIN_PATHS.user(u.id)} aria-label={t('users.editUser', { name: u.displayName })}>
                      {t('users.edit')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    );
  }

  return (
    <Page title={title} actions={newButton}>
      <Group align="flex-end" gap="md">
        <TextInput
          type="search"
          label={t('users.filter')}
          description={t('users.filterHelp')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          autoComplete="off"
          w={400}
        />
      </Group>
      {content}
    </Page>
  );
}
