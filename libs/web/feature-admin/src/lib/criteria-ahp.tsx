import { Alert, NativeSelect, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { AHP_CONSISTENCY_THRESHOLD, SAATY_SCALE } from '@dp/domain/prioritisation';
import { useCriteriaFormat } from './criteria-format';
import { judgementOf, judgementOptionValue, parseJudgementOption, type AhpOutcome, type CriteriaDraft } from './criteria-model';
import { useAdminTranslation } from './i18n';

export interface CriteriaAhpProps {
  draft: CriteriaDraft;
  /** the derived weights and consistency of the judgements now; null while they cannot be computed */
  outcome: AhpOutcome | null;
  /** the name a criterion is shown by ("Kriterium 3" while it has none) */
  nameOf: (index: number) => string;
  onToggle: (on: boolean) => void;
  onJudgement: (a: string, b: string, value: number) => void;
  /** an error of the whole comparison (`pairwise`), translated */
  error?: string | undefined;
}

/**
 * Parvis jämförelse (AHP): a switch, and with it on one select per pair of criteria (upper triangle, in
 * the order of the criteria) on Saaty's scale, with the consistency ratio of the judgements live and a
 * warning above Saaty's 0.1. The derived weights are shown in the weights table beside the criteria.
 */
export function CriteriaAhp({ draft, outcome, nameOf, onToggle, onJudgement, error }: CriteriaAhpProps) {
  const { t } = useAdminTranslation();
  const format = useCriteriaFormat();
  const headingId = useId();
  const crLabelId = useId();
  const helpId = useId();

  // 9 … 2 for A, equal, 2 … 9 for B
  const stronger = [...SAATY_SCALE].filter((s) => s.value > 1).reverse();
  const options = [
    ...stronger.map((s) => ({ value: judgementOptionValue(s.value), label: t('criteria.ahp.aMore', { intensity: t(`criteria.ahp.intensity.${s.value}`) }) })),
    { value: judgementOptionValue(1), label: t('criteria.ahp.equal') },
    ...[...stronger].reverse().map((s) => ({ value: judgementOptionValue(1 / s.value), label: t('criteria.ahp.bMore', { intensity: t(`criteria.ahp.intensity.${s.value}`) }) })),
  ];

  const pairs: { a: number; b: number }[] = [];
  for (let a = 0; a < draft.criteria.length; a++) for (let b = a + 1; b < draft.criteria.length; b++) pairs.push({ a, b });
  const inconsistent = outcome !== null && outcome.consistencyRatio > AHP_CONSISTENCY_THRESHOLD;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {t('criteria.ahp.heading')}
      </Title>
      {/* the help beside the switch, not inside its label (Mantine's description would become part of its name) */}
      <Switch label={t('criteria.ahp.toggle')} aria-describedby={helpId} checked={draft.ahp} onChange={(event) => onToggle(event.currentTarget.checked)} />
      <Text size="sm" c="dimmed" id={helpId} maw={760}>
        {draft.ahp ? `${t('criteria.ahp.toggleHelp')} ${t('criteria.ahp.offHelp')}` : t('criteria.ahp.toggleHelp')}
      </Text>
      {draft.ahp ? (
        <>
          {pairs.length === 0 ? (
            <Text size="sm">{t('criteria.ahp.tooFew')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm" role="group" aria-label={t('criteria.ahp.pairsCaption')}>
              {pairs.map(({ a, b }) => {
                const ca = draft.criteria[a];
                const cb = draft.criteria[b];
                if (!ca || !cb) return null;
                return (
                  <NativeSelect
                    key={`${ca.key}>${cb.key}`}
                    label={t('criteria.ahp.pairLabel', { a: nameOf(a), b: nameOf(b) })}
                    data={options}
                    value={judgementOptionValue(judgementOf(draft, ca.key, cb.key))}
                    onChange={(event) => onJudgement(ca.key, cb.key, parseJudgementOption(event.currentTarget.value))}
                  />
                );
              })}
            </SimpleGrid>
          )}
          {outcome && pairs.length > 0 ? (
            <Stack gap={2}>
              <Text fw={600} size="sm" id={crLabelId}>
                {t('criteria.ahp.consistency')}
              </Text>
              <Text component="output" aria-labelledby={crLabelId} aria-live="polite" data-testid="consistency-ratio">
                {t('criteria.ahp.consistencyValue', { cr: format.ratio(outcome.consistencyRatio), threshold: format.ratio(AHP_CONSISTENCY_THRESHOLD) })}
              </Text>
            </Stack>
          ) : null}
          {inconsistent ? (
            <Alert color="orange" variant="light" title={t('criteria.ahp.inconsistentTitle')} role="alert" data-testid="ahp-inconsistent">
              <Text size="sm">{t('criteria.ahp.inconsistent', { cr: format.ratio(outcome.consistencyRatio) })}</Text>
            </Alert>
          ) : null}
          {error ? (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
