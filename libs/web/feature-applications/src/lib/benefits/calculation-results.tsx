import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useId, useMemo } from 'react';
import { DEFAULT_SENSITIVITY, type CalculationParameters, type CalculationResult, type SensitivityCases } from '@dp/domain/benefits';
import { formatMoney } from '@dp/domain/money';
import { CumulativeNetChart, numberLocaleFor } from '@dp/web/ui';
import { useBenefitsTranslation } from './i18n';
import { useFigureFormat, type FigureFormat } from './format';
import { ScrollTable } from '@dp/web/ui';

/** The headline figures, in the order the portfolio office reads them. */
export const FIGURES = [
  'npv',
  'benefitCostRatio',
  'npvPerKrona',
  'paybackYear',
  'budgetReleasingShare',
  'pvCosts',
  'pvBenefits',
  'pvFinancialBenefits',
  'pvRedistributionBenefits',
] as const;
export type Figure = (typeof FIGURES)[number];

/** A figure in the UI language: kronor, a ratio, a share, a year, or why it has no value. */
export function useFigureText(): (figure: Figure, value: number | null) => string {
  const { t } = useBenefitsTranslation();
  const format = useFigureFormat();
  return (figure, value) => figureText(t, format, figure, value);
}

function figureText(t: (key: string) => string, format: FigureFormat, figure: Figure, value: number | null): string {
  if (value === null) return figure === 'paybackYear' ? t('results.noPayback') : t('results.notDefined');
  switch (figure) {
    case 'benefitCostRatio':
    case 'npvPerKrona':
      return format.ratio(value);
    case 'budgetReleasingShare':
      return format.percent(value);
    case 'paybackYear':
      return String(value);
    default:
      return format.money(value);
  }
}

export interface CalculationResultsProps {
  result: CalculationResult;
  sensitivity: Record<keyof SensitivityCases, CalculationResult>;
  params: CalculationParameters;
  /** a prefix for test ids and element ids */
  idPrefix: string;
}

/** The headline figures as a description list, updated live (announced politely, not on every key). */
export function KeyFigures({ result, idPrefix }: Pick<CalculationResultsProps, 'result' | 'idPrefix'>) {
  const { t } = useBenefitsTranslation();
  const text = useFigureText();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" verticalSpacing="sm" m={0}>
      {FIGURES.map((figure) => (
        <div key={figure} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, padding: '6px 10px' }}>
          <Text component="dt" size="sm" c="dimmed">
            {t(`results.${figure}`)}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg" data-testid={`${idPrefix}-figure-${figure}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {text(figure, result[figure])}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Sensitivity (low, expected, high), the cash flow per year as a table and the cumulative net as a chart. */
export function CalculationDetails({ result, sensitivity, params, idPrefix }: CalculationResultsProps) {
  const { t, i18n } = useBenefitsTranslation();
  const format = useFigureFormat();
  const text = useFigureText();
  const yearsCaptionId = useId();
  const sensitivityCaptionId = useId();
  const years = result.years;
  const first = years[0]?.year ?? params.baseYear;
  const last = years[years.length - 1]?.year ?? params.baseYear;

  const assumptions = (c: keyof SensitivityCases) => {
    const s = DEFAULT_SENSITIVITY[c];
    if (s.benefits === 0 && s.costs === 0 && (s.discountRate === undefined || s.discountRate === params.discountRate)) return t('results.asCalculated');
    return t('results.assumptions', {
      benefits: format.signedPercent(s.benefits),
      costs: format.signedPercent(s.costs),
      rate: format.rate(s.discountRate ?? params.discountRate),
    });
  };

  const chartYears = useMemo(() => years.map((y) => y.year), [years]);
  const chartNet = useMemo(() => years.map((y) => Math.round(y.net)), [years]);
  const chartCumulative = useMemo(() => years.map((y) => Math.round(y.cumulativeNet)), [years]);
  const money = format.money;
  // a stable formatter while the language stays, so the chart is not set up again on every render
  const locale = numberLocaleFor(i18n.language);
  const formatValue = useCallback((v: number) => formatMoney(v, locale), [locale]);

  return (
    <Stack gap="md">
      {params.optimismBias > 0 ? <Text size="sm">{t('results.optimismNote', { bias: format.percent(params.optimismBias) })}</Text> : null}

      <Stack gap="xs">
        <Title order={4}>{t('results.sensitivityTitle')}</Title>
        <ScrollTable minWidth={640} labelledBy={sensitivityCaptionId}>
          <Table verticalSpacing={4} withTableBorder data-testid={`${idPrefix}-sensitivity`}>
            <caption id={sensitivityCaptionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('results.sensitivityCaption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('results.sensitivityColumns.case')}</Table.Th>
                <Table.Th scope="col">{t('results.sensitivityColumns.assumptions')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.npv')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.benefitCostRatio')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.paybackYear')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(['low', 'expected', 'high'] as const).map((c) => (
                <Table.Tr key={c}>
                  <Table.Th scope="row">{t(`results.cases.${c}`)}</Table.Th>
                  <Table.Td>{assumptions(c)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {text('npv', sensitivity[c].npv)}
                  </Table.Td>
                  <Table.Td ta="right">{text('benefitCostRatio', sensitivity[c].benefitCostRatio)}</Table.Td>
                  <Table.Td ta="right">{text('paybackYear', sensitivity[c].paybackYear)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>

      <Stack gap="xs">
        <Title order={4}>{t('results.yearsTitle')}</Title>
        <CumulativeNetChart
          years={chartYears}
          net={chartNet}
          cumulative={chartCumulative}
          labels={{ net: t('results.chartNet'), cumulative: t('results.chartCumulative') }}
          formatValue={formatValue}
          ariaLabel={t('results.chartLabel', { from: first, to: last })}
          ariaDescribedBy={yearsCaptionId}
          height={260}
        />
        <ScrollTable minWidth={560} labelledBy={yearsCaptionId}>
          <Table verticalSpacing={4} withTableBorder data-testid={`${idPrefix}-years`}>
            <caption id={yearsCaptionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('results.yearsCaption', { from: first, to: last })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('results.yearColumns.year')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.yearColumns.costs')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.yearColumns.benefits')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.yearColumns.net')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('results.yearColumns.cumulative')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Th scope="row">{y.year}</Table.Th>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(y.costs)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(y.benefits)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(y.net)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(y.cumulativeNet)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </Stack>
  );
}
