import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { sumMoney } from '@dp/domain/money';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@dp/domain/initiatives';
import { visibility } from '@dp/domain/workflow';
import { EmptyState, ErrorState, LoadingState, Page, useFormatMoney } from '@dp/web/ui';
import { mayCreateInitiatives, readGraphQLError, useCurrentUser, type GraphQLFailure } from '@dp/web/data-access';
import { failureText } from './failure-text';
import { defaultFundRound, useReferenceData } from './reference-data';
import { useAllInitiatives } from './use-all-initiatives';
import { InitiativesTable } from './initiatives-table';

/** search params of the list: `?round=<id>&department=<id>&status=DRAFT` */
const PARAM = { round: 'round', department: 'department', status: 'status' } as const;
const ALL = 'ALL';

function isStatus(value: string | null): value is InitiativeStatus {
  return value !== null && (INITIATIVE_STATUSES as readonly string[]).includes(value);
}

function ListError({ failure, onRetry }: { failure: GraphQLFailure | null; onRetry: () => void }) {
  const { t } = useTranslation();
  const { retryable, ...text } = failureText(t, failure);
  return <ErrorState {...text} {...(retryable ? { onRetry } : {})} />;
}

/** The initiatives of one fund round: filters in the URL, a sortable table and the round's totals. */
export function InitiativeListPage() {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const [params, setParams] = useSearchParams();
  const reference = useReferenceData();
  const { user, actor } = useCurrentUser();

  const rounds = useMemo(() => reference.data?.fundRounds ?? [], [reference.data]);
  // applicants and department heads see their own departments' initiatives only: offer just those
  const departments = useMemo(() => {
    const all = reference.data?.departments ?? [];
    const visible = visibility(actor);
    return visible.all ? all : all.filter((d) => visible.departmentIds.includes(d.id));
  }, [reference.data, actor]);

  const roundParam = params.get(PARAM.round);
  const round = rounds.find((r) => r.id === roundParam) ?? defaultFundRound(rounds);
  const departmentParam = params.get(PARAM.department);
  const departmentId = departments.some((d) => d.id === departmentParam) ? departmentParam : null;
  const statusParam = params.get(PARAM.status);
  const status = isStatus(statusParam) ? statusParam : null;

  const list = useAllInitiatives({ fundRoundId: round?.id ?? null, departmentId, status });

  const setParam = (name: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === ALL) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };

  const title = t('initiatives.list.title');
  const newButton = mayCreateInitiatives(user) ? (
    <Button component={Link} to="/initiatives/new">
      {t('nav.newInitiative')}
    </Button>
  ) : undefined;

  if (reference.error) {
    const { retryable, ...text } = failureText(t, readGraphQLError(reference.error));
    return (
      <Page title={title}>
        <ErrorState {...text} {...(retryable ? { onRetry: reference.retry } : {})} />
      </Page>
    );
  }
  if (reference.loading) {
    return (
      <Page title={title}>
        <LoadingState label={t('initiatives.list.loading')} />
      </Page>
    );
  }
  if (!round) {
    return (
      <Page title={title}>
        <EmptyState message={t('initiatives.list.noRounds')} />
      </Page>
    );
  }

  const requested = sumMoney(list.initiatives.map((i) => i.requestedAmount));

  return (
    <Page title={title} actions={newButton}>
      <Group align="flex-end" gap="md" role="group" aria-label={t('initiatives.list.filters')}>
        <Select
          label={t('initiatives.list.fundRound')}
          data={rounds.map((r) => ({
            value: r.id,
            label: t('initiatives.list.fundRoundOption', { name: r.name, status: t(`fundRoundStatus.${r.status}`) }),
          }))}
          value={round.id}
          onChange={(value) => setParam(PARAM.round, value)}
          allowDeselect={false}
          w={300}
        />
        <Select
          label={t('initiatives.list.department')}
          data={[
            { value: ALL, label: t('initiatives.list.allDepartments') },
            ...departments.map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={departmentId ?? ALL}
          onChange={(value) => setParam(PARAM.department, value)}
          allowDeselect={false}
          w={320}
        />
        <Select
          label={t('initiatives.list.status')}
          data={[
            { value: ALL, label: t('initiatives.list.allStatuses') },
            ...INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          value={status ?? ALL}
          onChange={(value) => setParam(PARAM.status, value)}
          allowDeselect={false}
          w={200}
        />
      </Group>

      {list.error ? (
        <ListError failure={readGraphQLError(list.error)} onRetry={list.retry} />
      ) : list.loading ? (
        <LoadingState label={t('initiatives.list.loading')} />
      ) : list.loadingMore ? (
        <LoadingState label={t('initiatives.list.loadingMore', { loaded: list.initiatives.length, total: list.totalCount })} />
      ) : list.initiatives.length === 0 ? (
        <EmptyState message={t('initiatives.list.empty')} hint={t('initiatives.list.emptyHint')} />
      ) : (
        <Stack gap="sm">
          <Text fw={600} data-testid="initiatives-summary">
            {t('initiatives.list.summary', {
              count: list.initiatives.length,
              requested: formatMoney(requested),
              budget: formatMoney(round.budget),
            })}
          </Text>
          <InitiativesTable initiatives={list.initiatives} caption={t('initiatives.list.caption', { round: round.name })} />
        </Stack>
      )}
    </Page>
  );
}
