import { Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import type { BudgetLine } from '@dp/domain/prioritisation';
import { ScrollTable } from '@dp/web/ui';
import { firstBrokenYear } from './board-model';
import { usePortfolioFormat } from './format';
import { usePortfolioTranslation } from './i18n';

/**
 * The yearly budgets along the board's order: per year the budget, what the whole list asks for and how
 * far down the list the year's budget lasts, and which year runs out first.
 */
export function BudgetYears({ line }: { line: BudgetLine }) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const captionId = useId();
  if (line.years.length === 0) return null;
  const first = firstBrokenYear(line);
  return (
    <Stack gap="xs">
      <ScrollTable minWidth={560} labelledBy={captionId}>
        <Table captionSide="top" verticalSpacing="xs" maw={760}>
          <Table.Caption id={captionId} style={{ textAlign: 'start', fontWeight: 700, color: 'var(--mantine-color-text)' }}>
            {t('years.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('years.year')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('years.budget')}
              </Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('years.requested')}
              </Table.Th>
              <Table.Th scope="col">{t('years.fundedUntil')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {line.years.map((y) => (
              <Table.Tr key={y.year}>
                <Table.Th scope="row">{y.year}</Table.Th>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{format.money(y.budget)}</Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{format.money(y.total)}</Table.Td>
                <Table.Td>
                  {y.breakIndex === null ? t('years.whole') : y.breakIndex === 0 ? t('years.none') : t('years.untilPlace', { position: y.breakIndex })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Text size="sm">{first ? t('years.firstBreak', { year: first.year, position: first.index + 1 }) : t('years.noBreak')}</Text>
      {line.unbudgetedYears.length > 0 ? (
        <Text size="sm">{t('years.unbudgeted', { years: format.list(line.unbudgetedYears.map(String)) })}</Text>
      ) : null}
    </Stack>
  );
}
