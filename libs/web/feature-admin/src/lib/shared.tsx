import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from 'urql';
import type { Role } from '@dp/domain/workflow';
import { ErrorState, LoadingState, Page } from '@dp/web/ui';
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

export interface ReloadConflictAlertProps {
  /** the texts' key prefix, e.g. `criteria.conflict`: title, body, reload, loading, reloaded, keepMine, useLatest */
  prefix: string;
  'data-testid'?: string;
  /** the user asked for the latest version */
  reloadRequested: boolean;
  /** the latest version has arrived */
  latestLoaded: boolean;
  onReload: () => void;
  /** keep what the user typed: the next save replaces the latest version knowingly */
  onKeepMine: () => void;
  /** drop what the user typed and take the latest version */
  onUseLatest: () => void;
}

/**
 * Someone else saved meanwhile (CONFLICT): nothing was changed. The user fetches the latest version and
 * then keeps their own values (saving over it knowingly) or takes the latest; what they typed stays
 * until they choose.
 */
export function ReloadConflictAlert({ prefix, reloadRequested, latestLoaded, onReload, onKeepMine, onUseLatest, 'data-testid': testId }: ReloadConflictAlertProps) {
  const { t } = useAdminTranslation();
  return (
    <Alert color="orange" variant="light" title={t(`${prefix}.title`)} role="alert" data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(`${prefix}.body`)}</Text>
        {!reloadRequested ? (
          <Button onClick={onReload}>{t(`${prefix}.reload`)}</Button>
        ) : !latestLoaded ? (
          <LoadingState label={t(`${prefix}.loading`)} />
        ) : (
          <>
            <Text size="sm">{t(`${prefix}.reloaded`)}</Text>
            <Group gap="sm">
              <Button onClick={onKeepMine}>{t(`${prefix}.keepMine`)}</Button>
              <Button variant="default" onClick={onUseLatest}>
                {t(`${prefix}.useLatest`)}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
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
