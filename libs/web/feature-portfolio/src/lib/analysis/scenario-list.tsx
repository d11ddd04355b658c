import { Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { ScrollTable, formatDate } from '@dp/web/ui';
import { useAnalysisFormat } from './format';
import { useScenariosTranslation } from './i18n';
import { MAX_COMPARED } from './scenario-model';
import type { ScenarioView } from './types';

export type ScenarioAction = 'propose' | 'withdraw' | 'delete';

export interface ScenarioListProps {
  roundName: string;
  /** newest first */
  scenarios: readonly ScenarioView[];
  /** ids chosen for the comparison, in the order they were chosen */
  chosen: readonly string[];
  onToggle: (id: string) => void;
  /** null: the user may not change scenarios (no action column) */
  onAction: ((action: ScenarioAction, scenario: ScenarioView) => void) | null;
  /** the scenario whose action is running (its buttons show it) */
  busyId?: string | null;
}

/**
 * The round's scenarios as a table: kind, how many initiatives are funded, total cost, value (score sum),
 * NPV sum, share of the optimum, who created it; the proposal marked "Förslag till prioritering" with
 * who marked it and when. A checkbox per row chooses it for the comparison (at most three).
 */
export function ScenarioList({ roundName, scenarios, chosen, onToggle, onAction, busyId = null }: ScenarioListProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const captionId = useId();
  const full = chosen.length >= MAX_COMPARED;
  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };

  return (
    <ScrollTable minWidth={onAction ? 1180 : 980} labelledBy={captionId}>
      <Table verticalSpacing="xs" withTableBorder striped data-testid="scenario-list">
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
          {t('list.caption', { round: roundName })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.select')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.kind')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.funded')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.totalCost')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.value')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.npv')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.columns.optimum')}
            </Table.Th>
            <Table.Th scope="col">{t('list.columns.created')}</Table.Th>
            {onAction ? <Table.Th scope="col">{t('list.columns.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scenarios.map((s) => {
            const isChosen = chosen.includes(s.id);
            const busy = busyId === s.id;
            return (
              <Table.Tr key={s.id} data-testid={`scenario-${s.id}`}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('list.select', { name: s.name })}
                    checked={isChosen}
                    disabled={!isChosen && full}
                    onChange={() => onToggle(s.id)}
                  />
                </Table.Td>
                <Table.Th scope="row" fw="normal">
                  <Stack gap={4} align="flex-start">
                    <Text fw={600} size="sm">
                      {s.name}
                    </Text>
                    {s.description ? (
                      <Text size="xs" c="dimmed">
                        {s.description}
                      </Text>
                    ) : null}
                    {s.proposed ? (
                      <>
                        <Badge color="teal" variant="light" data-testid="proposal-badge">
                          {t('list.proposal')}
                        </Badge>
                        {s.proposedAt ? (
                          <Text size="xs">
                            {s.proposedByName
                              ? t('list.proposedBy', { name: s.proposedByName, date: formatDate(s.proposedAt) })
                              : t('list.proposedAt', { date: formatDate(s.proposedAt) })}
                          </Text>
                        ) : null}
                      </>
                    ) : null}
                  </Stack>
                </Table.Th>
                <Table.Td>{t(`kinds.${s.kind}`)}</Table.Td>
                <Table.Td {...num} data-testid="funded">
                  {format.count(s.result.selected.length)}
                </Table.Td>
                <Table.Td {...num} data-testid="total-cost">
                  {format.money(s.result.totalCost)}
                </Table.Td>
                <Table.Td {...num} data-testid="value">
                  {format.score(s.result.value)}
                </Table.Td>
                <Table.Td {...num} data-testid="npv">
                  {format.money(s.result.npvSum)}
                </Table.Td>
                <Table.Td {...num} data-testid="optimum">
                  {s.result.shareOfOptimum === null ? t('list.noOptimum') : t('list.shareOfOptimum', { share: format.percent(s.result.shareOfOptimum) })}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {s.createdByName ? t('list.createdBy', { name: s.createdByName, date: formatDate(s.createdAt) }) : formatDate(s.createdAt)}
                </Table.Td>
                {onAction ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {s.proposed ? (
                        <Button size="xs" variant="default" loading={busy} onClick={() => onAction('withdraw', s)} aria-label={t('actions.withdrawNamed', { name: s.name })}>
                          {t('actions.withdraw')}
                        </Button>
                      ) : (
                        <>
                          <Button size="xs" variant="light" loading={busy} onClick={() => onAction('propose', s)} aria-label={t('actions.proposeNamed', { name: s.name })}>
                            {t('actions.propose')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            disabled={busy}
                            onClick={() => onAction('delete', s)}
                            aria-label={t('actions.deleteNamed', { name: s.name })}
                          >
                            {t('actions.delete')}
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
