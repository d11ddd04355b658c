import { Alert, Text } from '@mantine/core';
import { useQuery } from 'urql';
import type { Role } from '@dp/domain/workflow';
import { ErrorState, Page } from '@dp/web/ui';
import type { AccountFailure, AccountFieldFailure } from './account-errors';
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

export interface FormSaveErrorProps {
  /** the page's key prefix, e.g. `criteria`: its unknownField, forbidden and notFound texts */
  prefix: string;
  failure: AccountFailure | null;
  /** server field errors the form has no field for */
  unplaced: AccountFieldFailure[];
  message: (code: string, field: string) => string;
  onRetry: () => void;
}

/** A failed save that belongs to no field of the form: a refusal, a round that is gone, the network, or the rest. */
export function FormSaveError({ prefix, failure, unplaced, message, onRetry }: FormSaveErrorProps) {
  const { t } = useAdminTranslation();
  if (unplaced.length > 0) {
    return <ErrorState message={unplaced.map((e) => t(`${prefix}.unknownField`, { field: e.field, message: message(e.reason, e.field) })).join(' ')} />;
  }
  if (!failure || failure.kind === 'validation' || failure.kind === 'conflict') return null;
  if (failure.kind === 'forbidden') return <ErrorState title={t('notAllowed.title')} message={t(`${prefix}.forbidden`)} />;
  if (failure.kind === 'not-found') return <ErrorState message={t(`${prefix}.notFound`)} />;
  if (failure.kind === 'network') return <ErrorState message={t('common.networkError', { ns: 'translation' })} onRetry={onRetry} />;
  return <ErrorState onRetry={onRetry} />;
}
