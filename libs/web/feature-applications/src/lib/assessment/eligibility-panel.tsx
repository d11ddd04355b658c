import { Button, Group, List, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { memo, useCallback, useId, useState } from 'react';
import { formatDateTime, useNotify } from '@dp/web/ui';
import { useAssessmentTranslation } from './i18n';
import type { AssessmentFailure } from './errors';
import { ConflictNotice, SaveFailure, useAssessmentMessage, type Difference } from './save-feedback';
import {
  checkEligibility,
  noEligibilityErrors,
  placeEligibilityErrors,
  previewEligibility,
  sameEligibility,
  toEligibilityValues,
  toMustAnswers,
  type EligibilityFormValues,
  type EligibilityReviewView,
  type EligibilityView,
  type MetChoice,
  type MustAnswerView,
  type MustRequirementView,
  type PlacedEligibilityErrors,
} from './model';

export type EligibilitySaveOutcome = { ok: true; version: number; updatedAt: string; updatedByName: string | null } | { ok: false; failure: AssessmentFailure };

export interface EligibilityPanelProps {
  requirements: readonly MustRequirementView[];
  /** the eligibility the server computed from the saved answers */
  eligibility: EligibilityView | null;
  /** the portfolio office's saved answers, as last read */
  review: EligibilityReviewView | null;
  /** the portfolio office may answer the requirements now */
  mayReview: boolean;
  onSave: (version: number | null, answers: MustAnswerView[]) => Promise<EligibilitySaveOutcome>;
  onReload: () => void;
}

type Answer = EligibilityFormValues['answers'][string];
const NO_ANSWER: Answer = { met: 'NONE', comment: '' };

const TONE = { ELIGIBLE: 'teal', NOT_ELIGIBLE: 'red', INCOMPLETE: 'yellow' } as const;

/** The eligibility as a sentence: "Uppfyller alla ska-krav" / "Uppfyller inte ska-krav: …" / "Ska-krav ej bedömda: …". */
export function EligibilityStatus({ eligibility, testId }: { eligibility: Pick<EligibilityView, 'status' | 'failed' | 'unanswered'>; testId?: string }) {
  const { t } = useAssessmentTranslation();
  const names = (items: readonly { name: string }[]) => items.map((i) => i.name).join(', ');
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      style={{ borderLeft: `4px solid var(--mantine-color-${TONE[eligibility.status]}-7)` }}
      data-testid={testId}
      data-status={eligibility.status}
    >
      {eligibility.status === 'ELIGIBLE' ? (
        <Text fw={700}>{t('eligibility.ELIGIBLE')}</Text>
      ) : eligibility.status === 'INCOMPLETE' ? (
        <Text fw={700}>{t('eligibility.INCOMPLETE', { names: names(eligibility.unanswered) })}</Text>
      ) : (
        <Stack gap={4}>
          <Text fw={700}>{t('eligibility.NOT_ELIGIBLE')}</Text>
          <List size="sm">
            {eligibility.failed.map((f) => (
              <List.Item key={f.requirementId}>
                {f.comment ? t('eligibility.failed', { name: f.name, comment: f.comment }) : t('eligibility.failedNoComment', { name: f.name })}
              </List.Item>
            ))}
          </List>
          {eligibility.unanswered.length > 0 ? <Text size="sm">{t('eligibility.alsoUnanswered', { names: names(eligibility.unanswered) })}</Text> : null}
        </Stack>
      )}
    </Paper>
  );
}

/**
 * Ska-krav: whether the application is eligible and, when not, which requirement fails and why; for the
 * portfolio office the form that answers each requirement (met, not met, not assessed, with a comment
 * that is required when a requirement is not met).
 */
export function EligibilityPanel({ requirements, eligibility, review, mayReview, onSave, onReload }: EligibilityPanelProps) {
  const { t } = useAssessmentTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" data-testid="eligibility">
      <Title order={3} id={headingId}>
        {t('eligibility.title')}
      </Title>
      <Text size="sm">{t('eligibility.intro')}</Text>
      {requirements.length === 0 ? (
        <Text>{t('eligibility.noRequirements')}</Text>
      ) : (
        <>
          {eligibility ? <EligibilityStatus eligibility={eligibility} testId="eligibility-status" /> : null}
          {review ? (
            <Text size="sm" c="dimmed">
              {review.updatedByName
                ? t('eligibility.lastSaved', { date: formatDateTime(review.updatedAt), name: review.updatedByName })
                : t('eligibility.lastSavedNoName', { date: formatDateTime(review.updatedAt) })}
            </Text>
          ) : null}
          {mayReview ? <EligibilityForm requirements={requirements} review={review} onSave={onSave} onReload={onReload} /> : null}
        </>
      )}
    </Stack>
  );
}

function EligibilityForm({
  requirements,
  review,
  onSave,
  onReload,
}: Pick<EligibilityPanelProps, 'requirements' | 'review' | 'onSave' | 'onReload'>) {
  const { t } = useAssessmentTranslation();
  const notify = useNotify();
  const headingId = useId();
  const [values, setValues] = useState<EligibilityFormValues>(() => toEligibilityValues(requirements, review));
  const [stored, setStored] = useState<EligibilityFormValues>(() => toEligibilityValues(requirements, review));
  const [baseVersion, setBaseVersion] = useState<number | null>(review?.version ?? null);
  const [errors, setErrors] = useState<PlacedEligibilityErrors>(noEligibilityErrors);
  const [failure, setFailure] = useState<AssessmentFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const [reloadRequested, setReloadRequested] = useState(false);

  const conflict = failure?.kind === 'conflict';
  const latestLoaded = conflict && reloadRequested && review !== null && review.version !== baseVersion;
  const latestValues = latestLoaded ? toEligibilityValues(requirements, review) : null;
  const preview = previewEligibility(requirements, values);
  const unsaved = !sameEligibility(requirements, values, stored);

  // stable, so that a change re-renders only the requirement it concerns
  const setAnswer = useCallback((id: string, change: Partial<Answer>) => {
    setValues((v) => ({ answers: { ...v.answers, [id]: { ...NO_ANSWER, ...v.answers[id], ...change } } }));
    setErrors((e) => (e.comments[id] || e.met[id] ? { ...e, met: { ...e.met, [id]: '' }, comments: { ...e.comments, [id]: '' } } : e));
  }, []);

  const save = async () => {
    const local = checkEligibility(requirements, values);
    if (local) {
      setErrors(local);
      setFailure({ kind: 'validation', fields: [] });
      return;
    }
    const answers = toMustAnswers(requirements, values);
    setSaving(true);
    setFailure(null);
    setErrors(noEligibilityErrors());
    const outcome = await onSave(baseVersion, answers);
    setSaving(false);
    setReloadRequested(false);
    if (outcome.ok) {
      setBaseVersion(outcome.version);
      setStored(values);
      notify({ message: t('eligibility.saved') });
      return;
    }
    setFailure(outcome.failure);
    if (outcome.failure.kind === 'validation') setErrors(placeEligibilityErrors(outcome.failure.fields, answers));
  };

  const choiceText = (choice: MetChoice | undefined) =>
    choice === 'MET' ? t('eligibility.met') : choice === 'NOT_MET' ? t('eligibility.notMet') : t('eligibility.notAnswered');
  const differences = (latest: EligibilityFormValues): Difference[] => {
    const empty = t('conflict.empty');
    const rows: Difference[] = [];
    for (const r of requirements) {
      const mine = values.answers[r.id];
      const saved = latest.answers[r.id];
      if (mine?.met !== saved?.met) rows.push({ field: r.name, mine: choiceText(mine?.met), saved: choiceText(saved?.met) });
      if ((mine?.comment ?? '').trim() !== (saved?.comment ?? '').trim())
        rows.push({
          field: t('eligibility.comment', { requirement: r.name }),
          mine: mine?.comment.trim() || empty,
          saved: saved?.comment.trim() || empty,
        });
    }
    return rows;
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" data-testid="eligibility-form">
      <Title order={4} id={headingId}>
        {t('eligibility.formTitle')}
      </Title>
      <Text size="sm">{t('eligibility.formHelp')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          {requirements.map((r) => (
            <RequirementField
              key={r.id}
              requirement={r}
              answer={values.answers[r.id] ?? NO_ANSWER}
              metError={errors.met[r.id] || null}
              commentError={errors.comments[r.id] || null}
              onChange={setAnswer}
            />
          ))}

          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('eligibility.preview')}
            </Text>
            <div aria-live="polite">
              <EligibilityStatus eligibility={preview} testId="eligibility-preview" />
            </div>
          </Stack>

          {conflict ? (
            <ConflictNotice
              requested={reloadRequested}
              loaded={latestLoaded}
              differences={latestValues ? differences(latestValues) : []}
              onReload={() => {
                setReloadRequested(true);
                onReload();
              }}
              onKeepMine={() => {
                if (review) setBaseVersion(review.version);
                if (latestValues) setStored(latestValues);
                setFailure(null);
                setReloadRequested(false);
                notify({ message: t('conflict.keepMineHelp'), tone: 'info' });
              }}
              onUseLatest={() => {
                if (review && latestValues) {
                  setBaseVersion(review.version);
                  setValues(latestValues);
                  setStored(latestValues);
                }
                setFailure(null);
                setReloadRequested(false);
              }}
            />
          ) : null}
          <SaveFailure failure={failure} unplaced={errors.unplaced} onRetry={() => void save()} />

          <Group gap="sm" align="center">
            <Button type="submit" loading={saving}>
              {t('eligibility.save')}
            </Button>
            <Text size="sm" c="dimmed" role="status" data-testid="eligibility-save-status">
              {unsaved ? t('mine.unsaved') : ''}
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

interface RequirementFieldProps {
  requirement: MustRequirementView;
  answer: Answer;
  metError: string | null;
  commentError: string | null;
  onChange: (id: string, change: Partial<Answer>) => void;
}

/** One must-requirement: met, not met or not assessed, and a comment (required when not met). */
const RequirementField = memo(function RequirementField({ requirement: r, answer, metError, commentError, onChange }: RequirementFieldProps) {
  const { t } = useAssessmentTranslation();
  const message = useAssessmentMessage();
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`requirement-${r.id}`}>
      <Stack gap="sm">
        <Radio.Group
          label={r.name}
          description={r.description}
          value={answer.met}
          onChange={(value) => onChange(r.id, { met: value === 'MET' || value === 'NOT_MET' ? value : 'NONE' })}
          error={metError ? message(metError) : undefined}
          labelProps={{ fw: 700 }}
        >
          <Group gap="lg" mt="xs">
            <Radio value="MET" label={t('eligibility.met')} />
            <Radio value="NOT_MET" label={t('eligibility.notMet')} />
            <Radio value="NONE" label={t('eligibility.notAnswered')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('eligibility.comment', { requirement: r.name })}
          description={answer.met === 'NOT_MET' && !commentError ? t('eligibility.commentRequired') : undefined}
          required={answer.met === 'NOT_MET'}
          autosize
          minRows={2}
          maxRows={8}
          value={answer.comment}
          onChange={(event) => onChange(r.id, { comment: event.currentTarget.value })}
          error={commentError ? (commentError === 'REQUIRED' ? t('eligibility.commentRequired') : message(commentError)) : undefined}
        />
      </Stack>
    </Paper>
  );
});
