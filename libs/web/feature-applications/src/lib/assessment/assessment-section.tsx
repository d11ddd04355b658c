import { Alert, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { canAssess } from '@dp/domain/workflow';
import { ErrorState, LoadingState } from '@dp/web/ui';
import { readGraphQLError, useCurrentUser } from '@dp/web/data-access';
import type { Status } from '@dp/domain/workflow';
import { failureText } from '../failure-text';
import { useAssessmentTranslation } from './i18n';
import { readAssessmentError } from './errors';
import { InitiativeAssessmentQuery, SaveAssessmentMutation, SaveEligibilityReviewMutation } from './operations';
import { ScoreSummary } from './score-summary';
import { AllAssessments } from './all-assessments';
import { MyAssessmentForm, type SaveOutcome } from './my-assessment-form';
import { EligibilityPanel, type EligibilitySaveOutcome } from './eligibility-panel';
import type { AssessmentInputView, MustAnswerView } from './model';

/** The element id of the "Bedömning" section on the initiative page, for links to it. */
export const ASSESSMENT_SECTION_ID = 'bedomning';

export interface AssessmentSectionProps {
  initiativeId: string;
  /** the initiative's status as the page shows it: when a step changes it, who may assess changes too */
  status: string;
}

/**
 * "Bedömning" on the initiative page, for the roles that see the prioritisation: the combined weighted
 * score with the spread per criterion, every reviewer's assessment, the user's own assessment (when they
 * may assess) and the must-requirements (ska-krav), answered by the portfolio office. Renders nothing
 * when the API says the user may not see assessments.
 */
export function AssessmentSection({ initiativeId, status }: AssessmentSectionProps) {
  const { t } = useAssessmentTranslation();
  const { t: tCommon } = useTranslation();
  const { user, actor } = useCurrentUser();
  const headingId = useId();
  const [result, reexecute] = useQuery({ query: InitiativeAssessmentQuery, variables: { id: initiativeId } });
  const [, saveAssessment] = useMutation(SaveAssessmentMutation);
  const [, saveEligibilityReview] = useMutation(SaveEligibilityReviewMutation);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  // a step in the process changes whether the initiative may be assessed: read it again
  const shownStatus = useRef(status);
  useEffect(() => {
    if (shownStatus.current === status) return;
    shownStatus.current = status;
    reload();
  }, [status, reload]);

  const initiative = result.data?.initiative;
  // the API hides the assessments from everybody else (null score and eligibility, may not assess)
  if (initiative && !initiative.assessmentScore && !initiative.mayAssess && !initiative.mayReviewEligibility) return null;
  if (result.data && !initiative) return null;

  const onSaveAssessment = async (version: number | null, input: AssessmentInputView): Promise<SaveOutcome> => {
    const response = await saveAssessment({ initiativeId, version, input });
    const saved = response.data?.saveAssessment;
    if (saved && !response.error) {
      // the aggregate and the list of assessments change with it
      reload();
      return { ok: true, version: saved.version, updatedAt: saved.updatedAt };
    }
    return { ok: false, failure: readAssessmentError(response.error) ?? { kind: 'unknown' } };
  };

  const onSaveEligibility = async (version: number | null, answers: MustAnswerView[]): Promise<EligibilitySaveOutcome> => {
    const response = await saveEligibilityReview({ initiativeId, version, answers });
    const saved = response.data?.saveEligibilityReview;
    if (saved && !response.error) {
      reload();
      return { ok: true, version: saved.version, updatedAt: saved.updatedAt, updatedByName: saved.updatedByName };
    }
    return { ok: false, failure: readAssessmentError(response.error) ?? { kind: 'unknown' } };
  };

  let body;
  if (result.error && !initiative) {
    const { retryable, ...text } = failureText(tCommon, readGraphQLError(result.error));
    body = <ErrorState {...text} {...(retryable ? { onRetry: reload } : {})} />;
  } else if (!initiative) {
    body = <LoadingState label={t('section.loading')} />;
  } else {
    const set = initiative.fundRound.criteriaSet;
    // a role that assesses, but not in this status: say when it can be done
    const decision = canAssess(actor, { status: initiative.status as Status });
    const notNow = !initiative.mayAssess && !decision.ok && decision.reason === 'NOT_EDITABLE';
    body = (
      <>
        <Text size="sm" c="dimmed" data-testid="criteria-set">
          {t('section.criteriaSet', { number: set.number, status: t(`section.criteriaSetStatus.${set.status}`) })}
        </Text>
        {initiative.assessmentScore ? <ScoreSummary score={initiative.assessmentScore} criteria={set.criteria} /> : null}
        <Divider />
        <AllAssessments assessments={initiative.assessments} criteria={set.criteria} criteriaSetNumber={set.number} userId={user.id} />
        <Divider />
        {initiative.mayAssess ? (
          <MyAssessmentForm
            // a new criteria set is another form
            key={set.id}
            criteria={set.criteria}
            criteriaSetNumber={set.number}
            saved={initiative.myAssessment}
            onSave={onSaveAssessment}
            onReload={reload}
          />
        ) : notNow ? (
          <Alert color="blue" variant="light" role="note" title={t('mine.title')}>
            <Text size="sm">{t('mine.readOnly')}</Text>
          </Alert>
        ) : null}
        {initiative.mayAssess || notNow ? <Divider /> : null}
        <EligibilityPanel
          key={`eligibility-${set.id}`}
          requirements={set.mustRequirements}
          eligibility={initiative.eligibility}
          review={initiative.eligibilityReview}
          mayReview={initiative.mayReviewEligibility}
          onSave={onSaveEligibility}
          onReload={reload}
        />
      </>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} id={ASSESSMENT_SECTION_ID} withBorder p="md" radius="sm" data-testid="assessment-section">
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
