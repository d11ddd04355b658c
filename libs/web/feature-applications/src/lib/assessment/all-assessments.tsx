import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { formatDate, ScrollTable } from '@dp/web/ui';
import { useAssessmentTranslation } from './i18n';
import { useScoreFormat } from './format';
import { assessmentScore, type AssessmentView, type CriterionView } from './model';

export interface AllAssessmentsProps {
  assessments: readonly AssessmentView[];
  criteria: readonly CriterionView[];
  /** the current criteria set's number (an assessment against an older one says so) */
  criteriaSetNumber: number;
  /** the signed-in user, to mark their own assessment */
  userId: string;
}

/** Alla bedömningar: each reviewer's scores with the level's name, their comments and their own weighted score. */
export function AllAssessments({ assessments, criteria, criteriaSetNumber, userId }: AllAssessmentsProps) {
  const { t } = useAssessmentTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" data-testid="all-assessments">
      <Title order={3} id={headingId}>
        {t('all.title')}
      </Title>
      {assessments.length === 0 ? (
        <Text>{t('all.none')}</Text>
      ) : (
        assessments.map((a) => (
          <ReviewerAssessment key={a.id} assessment={a} criteria={criteria} criteriaSetNumber={criteriaSetNumber} own={a.reviewerId === userId} />
        ))
      )}
    </Stack>
  );
}

function ReviewerAssessment({
  assessment,
  criteria,
  criteriaSetNumber,
  own,
}: {
  assessment: AssessmentView;
  criteria: readonly CriterionView[];
  criteriaSetNumber: number;
  own: boolean;
}) {
  const { t } = useAssessmentTranslation();
  const format = useScoreFormat();
  const captionId = useId();
  const name = own ? t('all.you', { name: assessment.reviewerName }) : assessment.reviewerName;
  const score = assessmentScore(criteria, assessment);
  // the current criteria first, in their order; then scores of criteria that are no longer in the set
  const rows = [
    ...criteria.map((c) => ({ id: c.id, criterion: c, entry: assessment.scores.find((s) => s.criterionId === c.id) })),
    ...assessment.scores.filter((s) => !criteria.some((c) => c.id === s.criterionId)).map((s) => ({ id: s.criterionId, criterion: undefined, entry: s })),
  ];
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`assessment-${assessment.reviewerId}`}>
      <Stack gap="xs">
        <Title order={4}>{name}</Title>
        <Text size="sm">
          {t('all.meta', { date: formatDate(assessment.updatedAt) })}
          {' · '}
          {score === null ? t('all.incomplete') : t('all.score', { score: format.score(score) })}
        </Text>
        {assessment.criteriaSetNumber !== criteriaSetNumber ? (
          <Text size="sm" c="dimmed">
            {t('all.olderSet', { number: assessment.criteriaSetNumber })}
          </Text>
        ) : null}
        <ScrollTable minWidth={560} labelledBy={captionId}>
          <Table withTableBorder>
            <Table.Caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('all.caption', { name: assessment.reviewerName })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="35%">
                  {t('all.columns.criterion')}
                </Table.Th>
                <Table.Th scope="col" w="20%">
                  {t('all.columns.score')}
                </Table.Th>
                <Table.Th scope="col">{t('all.columns.comment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ id, criterion, entry }) => {
                const level = entry?.score === null || entry?.score === undefined ? undefined : criterion?.scale.find((l) => l.value === entry.score);
                const scoreText =
                  entry?.score === null || entry?.score === undefined
                    ? t('all.notScored')
                    : level
                      ? t('mine.level', { value: level.value, label: level.label })
                      : String(entry.score);
                return (
                  <Table.Tr key={id}>
                    <Table.Th scope="row" fw={500}>
                      {criterion?.name ?? t('all.unknownCriterion', { id })}
                    </Table.Th>
                    <Table.Td>{scoreText}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry?.comment?.trim() ? entry.comment : t('all.noComment')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {assessment.comment?.trim() ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text component="span" fw={600} size="sm">
              {t('all.overallComment')}:
            </Text>{' '}
            {assessment.comment}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
