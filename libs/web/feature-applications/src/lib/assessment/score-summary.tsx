import { Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { scaleRange } from '@dp/domain/prioritisation';
import { ScrollTable } from '@dp/web/ui';
import { useAssessmentTranslation } from './i18n';
import { useScoreFormat } from './format';
import type { CriterionView, InitiativeScoreView } from './model';

export interface ScoreSummaryProps {
  score: InitiativeScoreView;
  /** the current criteria (for each criterion's scale) */
  criteria: readonly CriterionView[];
}

/**
 * Sammanvägd bedömning: the weighted score 0–100 (or why there is none yet), the number of reviewers,
 * and per criterion its weight, the reviewers' mean and spread, and its contribution in points.
 */
export function ScoreSummary({ score, criteria }: ScoreSummaryProps) {
  const { t } = useAssessmentTranslation();
  const format = useScoreFormat();
  const headingId = useId();
  const captionId = useId();
  const notScored = score.criteria.filter((c) => c.count === 0 && c.normalisedWeight > 0).map((c) => c.name);
  const none = t('summary.none');

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" data-testid="assessment-summary">
      <Title order={3} id={headingId}>
        {t('summary.title')}
      </Title>
      <Text size="xl" fw={700} data-testid="assessment-score">
        {score.score === null ? t('summary.incomplete') : t('summary.score', { score: format.score(score.score) })}
      </Text>
      <Text size="sm" data-testid="assessment-reviewers">
        {score.reviewerCount === 0 ? t('summary.noReviewers') : t('summary.reviewers', { count: score.reviewerCount })}
        {score.score === null && score.reviewerCount > 0 && notScored.length > 0 ? ` ${t('summary.notScored', { names: notScored.join(', ') })}` : null}
      </Text>
      <ScrollTable minWidth={820} labelledBy={captionId}>
        <Table withTableBorder striped data-testid="assessment-criteria">
          <Table.Caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('summary.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('summary.columns.criterion')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('summary.columns.weight')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('summary.columns.count')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('summary.columns.mean')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('summary.columns.range')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('summary.columns.standardDeviation')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('summary.columns.contribution')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {score.criteria.map((c) => {
              const criterion = criteria.find((x) => x.id === c.criterionId);
              const range = criterion && criterion.scale.length > 0 ? scaleRange(criterion) : null;
              const mean = c.count > 0 ? c.mean : null;
              const scored = mean !== null;
              return (
                <Table.Tr key={c.criterionId} data-testid={`aggregate-${c.criterionId}`}>
                  <Table.Th scope="row" fw={500}>
                    {c.name}
                    {range ? (
                      <Text component="span" display="block" size="xs" c="dimmed">
                        {t('summary.scale', { min: range.min, max: range.max })}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td ta="right">{format.percent(c.normalisedWeight)}</Table.Td>
                  <Table.Td ta="right">{c.count}</Table.Td>
                  <Table.Td ta="right">{mean !== null ? format.decimal(mean) : t('summary.notScoredCell')}</Table.Td>
                  <Table.Td ta="right">
                    {scored && c.min !== null && c.max !== null
                      ? c.min === c.max
                        ? format.decimal(c.min)
                        : `${format.decimal(c.min)}–${format.decimal(c.max)}`
                      : none}
                  </Table.Td>
                  <Table.Td ta="right">{scored && c.standardDeviation !== null ? format.decimal(c.standardDeviation) : none}</Table.Td>
                  <Table.Td ta="right">{c.contribution === null ? none : format.score(c.contribution)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('summary.total')}</Table.Th>
              <Table.Td ta="right">{format.percent(1)}</Table.Td>
              <Table.Td ta="right">{score.reviewerCount}</Table.Td>
              <Table.Td />
              <Table.Td />
              <Table.Td />
              <Table.Td ta="right" fw={700}>
                {score.score === null ? none : format.score(score.score)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
      <Text size="sm" c="dimmed">
        {t('summary.help')}
      </Text>
    </Stack>
  );
}
