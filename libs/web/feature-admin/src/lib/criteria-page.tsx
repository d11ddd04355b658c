import { Alert, Code, Divider, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useCurrentUser, useRoundFromAddress } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page, formatDateTime } from '@dp/web/ui';
import { mayEditCriteria } from './access';
import { CriteriaForm } from './criteria-form';
import type { CriteriaSetData } from './criteria-model';
import { CriteriaVersions, useCriteriaSetStatus } from './criteria-versions';
import { useAdminTranslation } from './i18n';
import { CriteriaRoundsQuery as RoundsQuery } from './operations';
import { RoundCapacityForm } from './round-capacity-form';
import { DelegationForm } from './delegation/delegation-form';
import { canManageDelegation } from '@dp/domain/workflow';
import { NotAllowedPage } from './shared';

/**
 * Bedömningskriterier (the portfolio office and administrators): a fund round's current criteria set
 * (criteria with weights and anchored scales, pairwise comparison, must-requirements) with its version
 * and status, the earlier versions read-only, the round's budget per year and staff capacity, and its
 * delegation order (delegationsordning; changed by administrators only). Anybody else is told why there is nothing.
 */
export function CriteriaPage() {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  const title = t('criteria.title');
  if (!mayEditCriteria(actor)) return <NotAllowedPage title={title} message={t('notAllowed.criteria')} />;
  return <Criteria title={title} />;
}

function Criteria({ title }: { title: string }) {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  // another analyst may have changed the criteria meanwhile: show the cached ones at once, then the latest
  const [result, reexecute] = useQuery({ query: RoundsQuery, requestPolicy: 'cache-and-network' });
  const rounds = useMemo(() => [...(result.data?.fundRounds ?? [])].sort((a, b) => b.year - a.year), [result.data]);
  const { round, selectRound } = useRoundFromAddress(rounds);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  let content;
  if (result.error && !result.data) {
    content = <ErrorState onRetry={reload} />;
  } else if (!result.data) {
    content = <LoadingState label={t('criteria.loading')} />;
  } else if (!round) {
    content = <Text>{t('criteria.noRounds')}</Text>;
  } else {
    const set: CriteriaSetData = round.criteriaSet;
    const older = round.criteriaSets.filter((s) => s.id !== set.id);
    content = (
      <>
        <Select
          label={t('criteria.fundRound')}
          data={rounds.map((r) => ({
            value: r.id,
            label: t('criteria.fundRoundOption', { name: r.name, status: t(`translation:fundRoundStatus.${r.status}`) }),
          }))}
          value={round.id}
          onChange={selectRound}
          allowDeselect={false}
          maw={420}
        />
        <VersionInfo set={set} />
        <CriteriaForm key={round.id} round={round} set={set} reload={reload} />
        <Divider />
        <CriteriaVersions sets={older} />
        <Divider />
        <RoundCapacityForm key={`capacity-${round.id}`} round={round} reload={reload} />
        <Divider />
        <DelegationForm key={`delegation-${round.id}`} round={round} reload={reload} mayEdit={canManageDelegation(actor).ok} />
      </>
    );
  }

  return (
    <Page title={title}>
      <Stack gap="lg" maw={1100}>
        <Text maw={760}>{t('criteria.intro')}</Text>
        {content}
      </Stack>
    </Page>
  );
}

/** The current version's number, status (draft, or frozen since a date with its fingerprint) and last change. */
function VersionInfo({ set }: { set: CriteriaSetData }) {
  const { t } = useAdminTranslation();
  const statusOf = useCriteriaSetStatus();
  return (
    <Stack gap="xs" component="section" aria-labelledby="criteria-version-heading" data-testid="criteria-version">
      <Title order={2} id="criteria-version-heading">
        {t('criteria.version.heading', { number: set.number })}
      </Title>
      <dl style={{ margin: 0 }}>
        <Group gap="xs">
          <Text component="dt" fw={600} size="sm">
            {t('criteria.version.status')}:
          </Text>
          <Text component="dd" size="sm" m={0}>
            {statusOf(set)}
          </Text>
        </Group>
        <Group gap="xs">
          <Text component="dt" fw={600} size="sm">
            {t('criteria.version.updated')}:
          </Text>
          <Text component="dd" size="sm" m={0}>
            {set.updatedByName ? t('criteria.version.updatedBy', { date: formatDateTime(set.updatedAt), name: set.updatedByName }) : formatDateTime(set.updatedAt)}
          </Text>
        </Group>
        {set.fingerprint ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text component="dt" fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('criteria.version.fingerprint')}:
            </Text>
            <Text component="dd" size="sm" m={0}>
              <Code style={{ wordBreak: 'break-all' }} data-testid="criteria-fingerprint">
                {set.fingerprint}
              </Code>
            </Text>
          </Group>
        ) : null}
      </dl>
      {set.status === 'FROZEN' ? (
        // a standing note, not an alert (Mantine's Alert would announce it as one)
        <Alert color="blue" variant="light" title={t('criteria.version.frozenTitle')} role="note" data-testid="criteria-frozen">
          <Text size="sm">{t('criteria.version.frozenBody')}</Text>
          {set.fingerprint ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('criteria.version.fingerprintHelp')}
            </Text>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
}
