import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { AgendaItemFieldsFragment } from '@dp/web/data-access';
import { EmptyState, ScrollTable, StatusBadge } from '@dp/web/ui';
import { useDecisionsFormat } from './format';
import { useDecisionsTranslation } from './i18n';
import { DecisionSummary } from './shared';

/** May a decision be recorded on the item now: the user decides at this meeting, and the initiative is prepared. */
export function mayRecordOn(item: AgendaItemFieldsFragment, meetingMayDecide: boolean): boolean {
  return meetingMayDecide && item.initiative.mayDecide && item.initiative.status === 'PREPARED';
}

export interface AgendaTableProps {
  agenda: readonly AgendaItemFieldsFragment[];
  /** the signed-in user may record decisions at the meeting */
  mayDecide: boolean;
  onRecord: (position: number) => void;
}

/**
 * Dagordningen: the initiatives in the proposal's order with department, requested amount, weighted score,
 * the portfolio office's recommendation and the decision (outcome and amount) once recorded; "Registrera
 * beslut" per prepared initiative for a decision maker.
 */
export function AgendaTable({ agenda, mayDecide, onRecord }: AgendaTableProps) {
  const { t } = useDecisionsTranslation();
  const format = useDecisionsFormat();
  const headingId = useId();
  const captionId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('agenda.heading')}
        </Title>
        {agenda.length === 0 ? (
          <EmptyState message={t('agenda.empty')} />
        ) : (
          <ScrollTable minWidth={1040} labelledBy={captionId} focusable={false}>
            <Table withTableBorder striped verticalSpacing={8} data-testid="agenda">
              <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
                {t('agenda.caption')}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('agenda.columns.position')}</Table.Th>
                  <Table.Th scope="col">{t('agenda.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('agenda.columns.department')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('agenda.columns.amount')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('agenda.columns.score')}
                  </Table.Th>
                  <Table.Th scope="col">{t('agenda.columns.recommendation')}</Table.Th>
                  <Table.Th scope="col">{t('agenda.columns.decision')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agenda.map((item) => {
                  const { initiative } = item;
                  const score = initiative.assessmentScore?.score ?? null;
                  return (
                    <Table.Tr key={initiative.id} data-testid="agenda-row">
                      <Table.Td>{item.position}</Table.Td>
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/initiatives/${encodeURIComponent(initiative.id)}`}>
                          {initiative.title}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{initiative.department.name}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {format.money(initiative.requestedAmount)}
                      </Table.Td>
                      <Table.Td ta="right">{score === null ? <Text size="sm">{t('agenda.noScore')}</Text> : format.score(score)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.recommendation}</Text>
                        <Text size="xs" c="dimmed">
                          {item.fundedInProposal ? t('agenda.fundedInProposal') : t('agenda.belowLine')}
                        </Text>
                      </Table.Td>
                      <Table.Td data-testid="agenda-decision">
                        {item.decision ? (
                          <DecisionSummary decision={item.decision} />
                        ) : (
                          <Stack gap={6} align="flex-start">
                            <Text size="sm">{t('agenda.undecided')}</Text>
                            <StatusBadge status={initiative.status} />
                            {mayRecordOn(item, mayDecide) ? (
                              <Button size="xs" onClick={() => onRecord(item.position)} aria-label={t('agenda.recordFor', { title: initiative.title })}>
                                {t('agenda.record')}
                              </Button>
                            ) : null}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </section>
  );
}
