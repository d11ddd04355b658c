import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { CommitmentFieldsFragment, DecisionFieldsFragment } from '@dp/web/data-access';
import { Page, ScrollTable } from '@dp/web/ui';
import { useDecisionsFormat } from './format';
import { useDecisionsTranslation } from './i18n';

/** The page's heading and why the signed-in user cannot see the meetings (the API refuses too). */
export function MeetingsNotAllowed({ title }: { title: string }) {
  const { t } = useDecisionsTranslation();
  return (
    <Page title={title}>
      <Alert color="blue" variant="light" title={t('notAllowed.title')} data-testid="not-allowed">
        <Text size="sm">{t('notAllowed.body')}</Text>
      </Alert>
    </Page>
  );
}

/**
 * Fondens åtaganden: budget, beviljat and kvar for the whole round and per budget year. An over-commitment
 * shows as a negative remainder, marked in words, with a warning above the table.
 */
export function CommitmentSummary({ commitment, roundName }: { commitment: CommitmentFieldsFragment; roundName: string }) {
  const { t } = useDecisionsTranslation();
  const format = useDecisionsFormat();
  const headingId = useId();
  const captionId = useId();
  const rows = [
    { key: 'total', label: t('commitment.total'), year: null as number | null, ...commitment },
    ...commitment.byYear.map((y) => ({ key: String(y.year), label: String(y.year), ...y })),
  ];
  const over = rows.filter((r) => r.remaining < 0);
  return (
    <section aria-labelledby={headingId} data-testid="commitment">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('commitment.heading')}
        </Title>
        <Text size="sm" maw={760}>
          {t('commitment.intro')}
        </Text>
        {over.length > 0 ? (
          <Alert color="red" variant="light" title={t('commitment.overTitle')} data-testid="commitment-over">
            <List size="sm">
              {over.map((r) => (
                <List.Item key={r.key}>
                  {r.year === null
                    ? t('commitment.overTotal', { amount: format.money(-r.remaining) })
                    : t('commitment.overYear', { year: r.year, amount: format.money(-r.remaining) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <ScrollTable minWidth={520} labelledBy={captionId}>
          <Table withTableBorder striped verticalSpacing={6}>
            <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
              {t('commitment.caption', { round: roundName })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('commitment.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('commitment.budget')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('commitment.committed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('commitment.remaining')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key} data-testid={`commitment-${r.key}`}>
                  <Table.Th scope="row" fw={r.year === null ? 700 : 400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right">{format.money(r.budget)}</Table.Td>
                  <Table.Td ta="right">{format.money(r.committed)}</Table.Td>
                  <Table.Td ta="right" c={r.remaining < 0 ? 'red.9' : undefined} fw={r.remaining < 0 ? 700 : undefined}>
                    {format.money(r.remaining)}
                    {r.remaining < 0 ? (
                      <Text component="span" size="sm" display="block">
                        {t('commitment.over', { amount: format.money(-r.remaining) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </section>
  );
}

/** A recorded decision in words: outcome (and amount), conditions or reason, date, who and diarienummer. */
export function DecisionSummary({ decision, detailed = false }: { decision: DecisionFieldsFragment; detailed?: boolean }) {
  const { t } = useDecisionsTranslation();
  const format = useDecisionsFormat();
  const granted = decision.outcome === 'GRANTED';
  return (
    <Stack gap={2} data-testid="decision-summary">
      <Text fw={700} fz="inherit">
        {granted && decision.grantedAmount !== null ? t('summary.granted', { amount: format.money(decision.grantedAmount) }) : t(`outcome.${decision.outcome}`)}
      </Text>
      {decision.overcommitted ? (
        <Text fz="inherit" c="red.9" fw={600}>
          {t('summary.overcommitted')}
        </Text>
      ) : null}
      {detailed && granted && decision.amountsByYear && decision.amountsByYear.length > 0 ? (
        <Text fz="inherit">
          {t('summary.perYear', {
            years: format.list(decision.amountsByYear.map((a) => t('summary.yearAmount', { year: a.year, amount: format.money(a.amount) }))),
          })}
        </Text>
      ) : null}
      {granted && decision.conditions ? <Text fz="inherit">{t('summary.conditions', { text: decision.conditions })}</Text> : null}
      {decision.reason ? <Text fz="inherit">{t('summary.reason', { text: decision.reason })}</Text> : null}
      {detailed && decision.overcommitReason ? <Text fz="inherit">{t('summary.overcommitReason', { text: decision.overcommitReason })}</Text> : null}
      <Text fz={detailed ? 'inherit' : 'sm'} c={detailed ? undefined : 'dimmed'}>
        {t('summary.decided', {
          date: decision.decidedOn,
          name: decision.decidedByName,
          signatory: decision.signatoryLabel,
          number: decision.registrationNumber,
        })}
      </Text>
    </Stack>
  );
}
