import { Alert, Button, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { emptySheet, lineHourlyCost, type CalculationParameters, type CalculationSheet } from '@dp/domain/benefits';
import { ErrorState, LoadingState, useNotify } from '@dp/web/ui';
import { readGraphQLError } from '@dp/web/data-access';
import { failureText } from '../failure-text';
import { useBenefitsTranslation } from './i18n';
import { useFigureFormat } from './format';
import { readCalculationError, type CalculationFailure } from './errors';
import { InitiativeCalculationsQuery, SaveBenefitCalculationMutation } from './operations';
import { CalculationEditor } from './calculation-editor';
import { CalculationDifference } from './calculation-difference';
import { sheetFromCalculation, type CalculationKind } from './sheet-model';
import { BENEFIT_CALCULATION_SECTION_ID } from './section-id';

export interface BenefitCalculationSectionProps {
  initiativeId: string;
  /** the initiative's status as the page shows it: when a step changes it, who may edit changes too */
  status: string;
  /** a calculation was saved: the initiative now has this version (its figures changed) */
  onSaved?: (initiativeVersion: number) => void;
}


/**
 * "Nyttokalkyl" on the initiative's page: the applicant's calculation and, once the portfolio office
 * has started its review, the reviewed one, in tabs, with the difference between them. The portfolio
 * office starts the review by copying the applicant's calculation.
 */
export function BenefitCalculationSection({ initiativeId, status, onSaved }: BenefitCalculationSectionProps) {
  const { t } = useBenefitsTranslation();
  const { t: tCommon } = useTranslation();
  const notify = useNotify();
  const format = useFigureFormat();
  const headingId = useId();
  const [result, reexecute] = useQuery({ query: InitiativeCalculationsQuery, variables: { id: initiativeId } });
  const [, saveCalculation] = useMutation(SaveBenefitCalculationMutation);
  const [tab, setTab] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startFailure, setStartFailure] = useState<CalculationFailure | null>(null);
  const [live, setLive] = useState<Partial<Record<CalculationKind, CalculationSheet>>>({});

  // a step in the process changes who may edit which calculation: read them again
  const shownStatus = useRef(status);
  useEffect(() => {
    if (shownStatus.current === status) return;
    shownStatus.current = status;
    reexecute({ requestPolicy: 'network-only' });
  }, [status, reexecute]);

  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const onSheetChange = useCallback(
    (kind: CalculationKind, sheet: CalculationSheet) => setLive((sheets) => (sheets[kind] === sheet ? sheets : { ...sheets, [kind]: sheet })),
    [],
  );

  const initiative = result.data?.initiative;
  const roundParams = initiative?.fundRound.calculationParameters;
  const params = useMemo<CalculationParameters | null>(() => {
    if (!roundParams) return null;
    const { baseYear, horizonYears, discountRate, optimismBias, hoursPerMonth, overhead, defaultMonthlySalary } = roundParams;
    return { baseYear, horizonYears, discountRate, optimismBias, hoursPerMonth, overhead, defaultMonthlySalary };
  }, [roundParams]);

  let body;
  if (result.error) {
    const { retryable, ...text } = failureText(tCommon, readGraphQLError(result.error));
    body = <ErrorState {...text} {...(retryable ? { onRetry: reload } : {})} />;
  } else if (result.data && !result.data.initiative) {
    // the page says the initiative does not exist
    body = <Text>{t('section.none')}</Text>;
  } else if (!initiative || !params) {
    body = <LoadingState label={t('section.loading')} />;
  } else {
    const applicant = initiative.applicantCalculation;
    const reviewed = initiative.reviewedCalculation;
    const editable = new Set(initiative.editableCalculations);
    const mayStartReview = !reviewed && editable.has('REVIEWED');

    const startReview = async () => {
      setStarting(true);
      setStartFailure(null);
      const response = await saveCalculation({
        initiativeId,
        kind: 'REVIEWED',
        version: null,
        sheet: applicant ? sheetFromCalculation(applicant) : emptySheet(),
      });
      setStarting(false);
      const saved = response.data?.saveBenefitCalculation;
      if (saved && !response.error) {
        setTab('REVIEWED');
        notify({ message: t('section.reviewStarted') });
        onSaved?.(saved.initiative.version);
        reload();
        return;
      }
      setStartFailure(readCalculationError(response.error) ?? { kind: 'unknown' });
    };

    const editor = (kind: CalculationKind) => (
      <CalculationEditor
        initiativeId={initiativeId}
        kind={kind}
        calculation={kind === 'APPLICANT' ? applicant : reviewed}
        roundParams={params}
        editable={editable.has(kind)}
        onSheetChange={onSheetChange}
        onSaved={onSaved}
        onReload={reload}
      />
    );

    body = (
      <>
        <Text size="sm" data-testid="calculation-parameters">
          {t('section.parameters', {
            from: params.baseYear,
            to: params.baseYear + params.horizonYears,
            rate: format.rate(params.discountRate),
            bias: format.percent(params.optimismBias),
            hourly: `${format.money(lineHourlyCost({ monthlySalary: null }, params))}/h`,
            salary: format.money(params.defaultMonthlySalary),
          })}
        </Text>

        {mayStartReview ? (
          <Stack gap="xs" align="flex-start">
            <Button onClick={() => void startReview()} loading={starting}>
              {t('section.startReview')}
            </Button>
            <Text size="sm">{t('section.startReviewHelp')}</Text>
            {startFailure ? <StartFailure failure={startFailure} /> : null}
          </Stack>
        ) : null}

        {reviewed ? (
          <>
            <CalculationDifference
              applicant={live.APPLICANT ?? (applicant ? sheetFromCalculation(applicant) : emptySheet())}
              reviewed={live.REVIEWED ?? sheetFromCalculation(reviewed)}
              params={params}
            />
            <Tabs value={tab ?? (editable.has('REVIEWED') ? 'REVIEWED' : 'APPLICANT')} onChange={setTab} keepMounted>
              <Tabs.List aria-label={t('section.tabs')}>
                <Tabs.Tab value="APPLICANT">{t('kinds.APPLICANT')}</Tabs.Tab>
                <Tabs.Tab value="REVIEWED">{t('kinds.REVIEWED')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="APPLICANT" pt="md">
                {applicant || editable.has('APPLICANT') ? editor('APPLICANT') : <Text>{t('section.none')}</Text>}
              </Tabs.Panel>
              <Tabs.Panel value="REVIEWED" pt="md">
                {editor('REVIEWED')}
              </Tabs.Panel>
            </Tabs>
          </>
        ) : applicant || editable.has('APPLICANT') ? (
          editor('APPLICANT')
        ) : (
          <Text>{t('section.none')}</Text>
        )}
      </>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} id={BENEFIT_CALCULATION_SECTION_ID} withBorder p="md" radius="sm" data-testid="benefit-calculation">
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {t('section.title')}
        </Title>
        <Text size="sm">{t('section.intro')}</Text>
        {body}
      </Stack>
    </Paper>
  );
}

function StartFailure({ failure }: { failure: CalculationFailure }) {
  const { t } = useBenefitsTranslation();
  const { t: tCommon } = useTranslation();
  if (failure.kind === 'calculation-frozen' || failure.kind === 'forbidden') {
    return (
      <Alert color="red" variant="light" title={t('save.forbiddenTitle')} role="alert">
        <Text size="sm">{t(`forbidden.${failure.kind === 'forbidden' ? failure.reason : 'CALCULATION_FROZEN'}`)}</Text>
      </Alert>
    );
  }
  if (failure.kind === 'validation') {
    return (
      <Alert color="red" variant="light" title={t('save.errorsTitle')} role="alert">
        <Text size="sm">{t('save.invalid')}</Text>
      </Alert>
    );
  }
  if (failure.kind === 'conflict') {
    return (
      <Alert color="orange" variant="light" title={t('save.conflictTitle')} role="alert">
        <Text size="sm">{t('save.conflictBody')}</Text>
      </Alert>
    );
  }
  const { retryable: _retryable, ...text } = failureText(tCommon, failure);
  return <ErrorState {...text} />;
}
