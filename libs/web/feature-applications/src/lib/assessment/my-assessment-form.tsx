import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title, Alert } from '@mantine/core';
import { memo, useCallback, useId, useState } from 'react';
import { formatDateTime, useNotify } from '@dp/web/ui';
import { useAssessmentTranslation } from './i18n';
import { useScoreFormat } from './format';
import type { AssessmentFailure } from './errors';
import { ConflictNotice, SaveFailure, useAssessmentMessage, type Difference } from './save-feedback';
import {
  checkAssessment,
  liveScore,
  noErrors,
  placeAssessmentErrors,
  sameAssessment,
  toAssessmentInput,
  toAssessmentValues,
  type AssessmentFormValues,
  type AssessmentInputView,
  type AssessmentView,
  type CriterionView,
  type PlacedErrors,
} from './model';

/** The outcome of a save: the stored assessment's new version, or why not. */
export type SaveOutcome = { ok: true; version: number; updatedAt: string } | { ok: false; failure: AssessmentFailure };

export interface MyAssessmentFormProps {
  /** the criteria of the round's current criteria set, in their order */
  criteria: readonly CriterionView[];
  criteriaSetNumber: number;
  /** the signed-in reviewer's saved assessment, as last read (it changes after a reload) */
  saved: AssessmentView | null;
  /** saves with the version the form is based on (null creates) */
  onSave: (version: number | null, input: AssessmentInputView) => Promise<SaveOutcome>;
  /** reads the saved assessment again (after a conflict) */
  onReload: () => void;
}

/** The radio value of "Ej bedömd" (no score). */
const NOT_SCORED = 'none';

/**
 * Min bedömning: per criterion the anchored scale as a radio group (each level with its value, name and
 * description) and a comment, an overall comment, and the weighted score of the choices, recalculated
 * as they change with the domain's formula. Saved with the version it is based on; a conflict keeps
 * the choices and offers the saved version.
 */
export function MyAssessmentForm({ criteria, criteriaSetNumber, saved, onSave, onReload }: MyAssessmentFormProps) {
  const { t } = useAssessmentTranslation();
  const notify = useNotify();
  const format = useScoreFormat();
  const message = useAssessmentMessage();
  const headingId = useId();
  const liveLabelId = useId();
  const [values, setValues] = useState<AssessmentFormValues>(() => toAssessmentValues(criteria, saved));
  /** what is stored (as far as this form knows): for "not saved" and the conflict's comparison */
  const [stored, setStored] = useState<AssessmentFormValues>(() => toAssessmentValues(criteria, saved));
  const [baseVersion, setBaseVersion] = useState<number | null>(saved?.version ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(saved?.updatedAt ?? null);
  const [errors, setErrors] = useState<PlacedErrors>(noErrors);
  const [failure, setFailure] = useState<AssessmentFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const [reloadRequested, setReloadRequested] = useState(false);

  const live = liveScore(criteria, values);
  const scoredCount = criteria.filter((c) => values.scores[c.id] !== null && values.scores[c.id] !== undefined).length;
  const unsaved = !sameAssessment(criteria, values, stored);

  const conflict = failure?.kind === 'conflict';
  // the latest version has arrived once the saved assessment read is another than the form is based on
  const latestLoaded = conflict && reloadRequested && saved !== null && saved.version !== baseVersion;
  const latestValues = latestLoaded ? toAssessmentValues(criteria, saved) : null;

  // stable, so that a change re-renders only the criterion it concerns
  const setScore = useCallback((criterionId: string, score: number | null) => {
    setValues((v) => ({ ...v, scores: { ...v.scores, [criterionId]: score } }));
    setErrors((e) => (e.scores[criterionId] ? { ...e, scores: { ...e.scores, [criterionId]: '' } } : e));
  }, []);
  const setComment = useCallback((criterionId: string, comment: string) => {
    setValues((v) => ({ ...v, comments: { ...v.comments, [criterionId]: comment } }));
  }, []);

  const save = async () => {
    const input = toAssessmentInput(criteria, values);
    const local = checkAssessment(criteria, input);
    if (local) {
      setErrors(local);
      setFailure({ kind: 'validation', fields: local.unplaced });
      return;
    }
    setSaving(true);
    setFailure(null);
    setErrors(noErrors());
    const outcome = await onSave(baseVersion, input);
    setSaving(false);
    if (outcome.ok) {
      setBaseVersion(outcome.version);
      setSavedAt(outcome.updatedAt);
      setStored(values);
      setReloadRequested(false);
      notify({ message: t('mine.saved') });
      return;
    }
    setFailure(outcome.failure);
    setReloadRequested(false);
    if (outcome.failure.kind === 'validation') setErrors(placeAssessmentErrors(outcome.failure.fields, input));
  };

  const differences = (latest: AssessmentFormValues): Difference[] => {
    const empty = t('conflict.empty');
    const scoreText = (c: CriterionView, score: number | null | undefined) => {
      if (score === null || score === undefined) return t('mine.notScored');
      const level = c.scale.find((l) => l.value === score);
      return level ? t('mine.level', { value: level.value, label: level.label }) : String(score);
    };
    const rows: Difference[] = [];
    for (const c of criteria) {
      if ((values.scores[c.id] ?? null) !== (latest.scores[c.id] ?? null))
        rows.push({ field: c.name, mine: scoreText(c, values.scores[c.id]), saved: scoreText(c, latest.scores[c.id]) });
      if ((values.comments[c.id] ?? '').trim() !== (latest.comments[c.id] ?? '').trim())
        rows.push({
          field: t('mine.comment', { criterion: c.name }),
          mine: values.comments[c.id]?.trim() || empty,
          saved: latest.comments[c.id]?.trim() || empty,
        });
    }
    if (values.comment.trim() !== latest.comment.trim())
      rows.push({ field: t('mine.overallComment'), mine: values.comment.trim() || empty, saved: latest.comment.trim() || empty });
    return rows;
  };

  const liveText =
    live === null
      ? t('summary.none')
      : live.score !== null
        ? t('mine.liveScore', { score: format.score(live.score) })
        : live.partialScore !== null
          ? t('mine.livePartial', { scored: scoredCount, total: criteria.length, score: format.score(live.partialScore) })
          : t('mine.liveIncomplete', { scored: scoredCount, total: criteria.length });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md" data-testid="my-assessment">
      <Title order={3} id={headingId}>
        {t('mine.title')}
      </Title>
      <Text size="sm">{t('mine.help')}</Text>
      <Text size="sm" c="dimmed">
        {savedAt ? t('mine.lastSaved', { date: formatDateTime(savedAt) }) : t('mine.notSaved')}
      </Text>
      {saved && saved.criteriaSetNumber !== criteriaSetNumber ? (
        <Alert color="yellow" variant="light" title={t('mine.olderSetTitle')} role="note">
          <Text size="sm">{t('mine.olderSet', { mine: saved.criteriaSetNumber, current: criteriaSetNumber })}</Text>
        </Alert>
      ) : null}

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          {criteria.map((c) => (
            <CriterionField
              key={c.id}
              criterion={c}
              score={values.scores[c.id] ?? null}
              comment={values.comments[c.id] ?? ''}
              scoreError={errors.scores[c.id] || null}
              commentError={errors.comments[c.id] || null}
              onScore={setScore}
              onComment={setComment}
            />
          ))}

          <Textarea
            label={t('mine.overallComment')}
            description={t('mine.overallCommentHelp')}
            autosize
            minRows={3}
            maxRows={10}
            value={values.comment}
            onChange={(event) => {
              const comment = event.currentTarget.value;
              setValues((v) => ({ ...v, comment }));
            }}
            error={errors.comment ? message(errors.comment) : undefined}
          />

          <Paper withBorder p="sm" radius="sm" bg="gray.0">
            <Stack gap={2}>
              <Text fw={600} size="sm" id={liveLabelId}>
                {t('mine.liveTitle')}
              </Text>
              <Text component="output" aria-labelledby={liveLabelId} aria-live="polite" size="lg" fw={700} data-testid="my-live-score">
                {liveText}
              </Text>
              <Text size="sm" c="dimmed">
                {t('mine.liveHelp')}
              </Text>
            </Stack>
          </Paper>

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
                // the choices stay; the next save replaces the saved version knowingly
                if (saved) setBaseVersion(saved.version);
                if (latestValues) setStored(latestValues);
                setFailure(null);
                setReloadRequested(false);
                notify({ message: t('conflict.keepMineHelp'), tone: 'info' });
              }}
              onUseLatest={() => {
                if (saved && latestValues) {
                  setBaseVersion(saved.version);
                  setSavedAt(saved.updatedAt);
                  setValues(latestValues);
                  setStored(latestValues);
                }
                setFailure(null);
                setReloadRequested(false);
              }}
            />
          ) : null}
          <SaveFailure failure={failure} unplaced={failure?.kind === 'validation' ? errors.unplaced : []} onRetry={() => void save()} />

          <Group gap="sm" align="center">
            <Button type="submit" loading={saving}>
              {t('mine.save')}
            </Button>
            <Text size="sm" c="dimmed" role="status" data-testid="my-assessment-status">
              {unsaved ? t('mine.unsaved') : savedAt ? t('mine.upToDate') : ''}
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

interface CriterionFieldProps {
  criterion: CriterionView;
  score: number | null;
  comment: string;
  scoreError: string | null;
  commentError: string | null;
  onScore: (criterionId: string, score: number | null) => void;
  onComment: (criterionId: string, comment: string) => void;
}

/** One criterion: its anchored scale as a radio group (Ej bedömd first, then the levels upwards) and a comment. */
const CriterionField = memo(function CriterionField({ criterion, score, comment, scoreError, commentError, onScore, onComment }: CriterionFieldProps) {
  const { t } = useAssessmentTranslation();
  const format = useScoreFormat();
  const message = useAssessmentMessage();
  const c = criterion;
  return (
    <Paper withBorder p="sm" radius="sm" data-testid={`criterion-${c.id}`}>
      <Stack gap="sm">
        <Radio.Group
          label={c.name}
          description={`${c.description} ${t('mine.weight', { weight: format.percent(c.normalisedWeight) })}`}
          value={score === null ? NOT_SCORED : String(score)}
          onChange={(value) => onScore(c.id, value === NOT_SCORED ? null : Number(value))}
          error={scoreError ? message(scoreError) : undefined}
          labelProps={{ fw: 700 }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value={NOT_SCORED} label={t('mine.notScored')} description={t('mine.notScoredHelp')} />
            {c.scale.map((level) => (
              <Radio
                key={level.value}
                value={String(level.value)}
                label={t('mine.level', { value: level.value, label: level.label })}
                description={level.description}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('mine.comment', { criterion: c.name })}
          autosize
          minRows={2}
          maxRows={8}
          value={comment}
          onChange={(event) => onComment(c.id, event.currentTarget.value)}
          error={commentError ? message(commentError) : undefined}
        />
      </Stack>
    </Paper>
  );
});
