import { Alert, Text } from '@mantine/core';
import { useQuery } from 'urql';
import type { Role } from '@dp/domain/workflow';
import { Page } from '@dp/web/ui';
import { AdminDepartmentsQuery } from './operations';
import { useAdminTranslation } from './i18n';

/** The page's heading and why the signed-in user cannot use it (the API refuses too). */
export function NotAllowedPage({ title, message }: { title: string; message: string }) {
  const { t } = useAdminTranslation();
  return (
    <Page title={title}>
      <Alert color="blue" variant="light" title={t('notAllowed.title')} data-testid="not-allowed">
        <Text size="sm">{message}</Text>
      </Alert>
    </Page>
  );
}

/** The departments (cached by graphcache): the choices of an applicant or department head role. */
export function useDepartments() {
  const [result, reexecute] = useQuery({ query: AdminDepartmentsQuery });
  return {
    data: result.data?.departments,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export interface GrantLike {
  role: Role;
  department: { name: string } | null;
}

/** A role in the UI language, with its department: `Sökande (Barn- och utbildningsförvaltningen)`. */
export function useRoleName(): (grant: GrantLike) => string {
  const { t } = useAdminTranslation();
  return (g) => (g.department ? t('roleInDepartment', { role: t(`translation:roles.${g.role}`), department: g.department.name }) : t(`translation:roles.${g.role}`));
}
