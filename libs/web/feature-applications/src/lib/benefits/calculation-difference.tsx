import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { compareSheets, type CalculationParameters, type CalculationSheet, type FigureDifference } from '@dp/domain/benefits';
import { useBenefitsTranslation } from './i18n';
import { useFigureFormat } from './format';
import { FIGURES, useFigureText } from './calculation-results';
import { ScrollTable } from '@dp/web/ui';

export interface CalculationDifferenceProps {
  applicant: CalculationSheet;
  reviewed: CalculationSheet;
  params: CalculationParameters;
}

/**
 * "Skillnad mot sökandes kalkyl": the headline figures of both calculations side by side with the
 * difference, and the lines the portfolio office added, removed or changed (and what changed on them).
 */
export function CalculationDifference({ applicant, reviewed, params }: CalculationDifferenceProps) {
  const { t } = useBenefitsTranslation();
  const format = useFigureFormat();
  const figureText = useFigureText();
  const headingId = useId();
  const figuresCaptionId = useId();
  const linesCaptionId = useId();
  const diff = useMemo(() => compareSheets(applicant, reviewed, params), [applicant, reviewed, params]);
  const byFigure = new Map(diff.figures.map((f) => [f.figure, f]));

  const delta = (f: FigureDifference): string => {
    if (f.delta === null) return t('diff.none');
    if (Math.abs(f.delta) < 1e-9) return '±0';
    switch (f.figure) {
      case 'benefitCostRatio':
      case 'npvPerKrona':
        return `${f.delta > 0 ? '+' : ''}${format.ratio(f.delta)}`;
      case 'budgetReleasingShare':
        return format.signedPercent(f.delta);
      case 'paybackYear':
        return `${f.delta > 0 ? '+' : ''}${t('diff.years', { count: f.delta })}`;
      default:
        return `${f.delta > 0 ? '+' : ''}${format.money(f.delta)}`;
    }
  };

  const fieldText = (field: string): string => {
    const [name, year] = field.split(':');
    return name === 'amount' ? t('diff.fields.amount', { year }) : t(`diff.fields.${name}`, { defaultValue: field });
  };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="calculation-difference">
      <Stack gap="sm">
        <Title order={3} id={headingId}>
          {t('diff.title')}
        </Title>
        <Text size="sm">{t('diff.intro')}</Text>
        <ScrollTable minWidth={600} labelledBy={figuresCaptionId}>
          <Table verticalSpacing={4} withTableBorder data-testid="difference-figures">
            <caption id={figuresCaptionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
              {t('diff.figuresCaption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('diff.columns.figure')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('diff.columns.applicant')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('diff.columns.reviewed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('diff.columns.delta')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {FIGURES.map((figure) => {
                const f = byFigure.get(figure);
                if (!f) return null;
                return (
                  <Table.Tr key={figure}>
                    <Table.Th scope="row">{t(`results.${figure}`)}</Table.Th>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {figureText(figure, f.before)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {figureText(figure, f.after)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {delta(f)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>

        {diff.lines.length === 0 ? (
          <Text size="sm">{t('diff.noLineChanges')}</Text>
        ) : (
          <ScrollTable minWidth={720} labelledBy={linesCaptionId}>
            <Table verticalSpacing={4} withTableBorder data-testid="difference-lines">
              <caption id={linesCaptionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                {t('diff.linesCaption')}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('diff.columns.line')}</Table.Th>
                  <Table.Th scope="col">{t('diff.columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('diff.columns.change')}</Table.Th>
                  <Table.Th scope="col">{t('diff.columns.fields')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('diff.columns.before')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('diff.columns.after')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {diff.lines.map((line) => (
                  <Table.Tr key={`${line.kind}-${line.id}`}>
                    <Table.Th scope="row" fw={400}>
                      {line.label}
                    </Table.Th>
                    <Table.Td>{t(`diff.kinds.${line.kind}`)}</Table.Td>
                    <Table.Td>{t(`diff.changes.${line.change}`)}</Table.Td>
                    <Table.Td>{line.fields.length > 0 ? line.fields.map(fieldText).join(', ') : t('diff.none')}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {line.totalBefore === null ? t('diff.none') : format.money(line.totalBefore)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {line.totalAfter === null ? t('diff.none') : format.money(line.totalAfter)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Paper>
  );
}
