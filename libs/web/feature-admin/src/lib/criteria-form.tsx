import { Alert, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ReloadConflictAlert, reloadConflictTexts, ScrollTable, useNotify } from '@dp/web/ui';
import { FormSaveError } from './shared';
import { placeFieldErrors, readAccountFailure, type AccountFailure, type AccountFieldFailure } from './account-errors';
import { CriteriaAhp } from './criteria-ahp';
import { CriterionFieldset, MustRequirementFieldset, type CriteriaEdit, type FieldMessages } from './criteria-fieldsets';
import { useCriteriaFormat, useCriteriaMessage } from './criteria-format';
import {
  addCriterion,
  addMustRequirement,
  ahpOutcome,
  buildCriteriaInput,
  criteriaDraftFromSet,
  liveWeights,
  placeServerError,
  relocaliseDraft,
  setAhp,
  setJudgement,
  type CriteriaDraft,
  type CriteriaErrors,
  type CriteriaSetData,
} from './criteria-model';
import { parseLocaleNumber } from './criteria-number-input';
import { useAdminTranslation } from './i18n';
import { UpdateCriteriaSetMutation } from './operations';

export interface CriteriaFormProps {
  round: { id: string; name: string };
  /** the round's current criteria set as the client knows it now (it changes after a reload) */
  set: CriteriaSetData;
  reload: () => void;
}

const sameDraft = (a: CriteriaDraft, b: CriteriaDraft) => JSON.stringify(a) === JSON.stringify(b);
const DEFAULT_LEVEL_COUNT = 5;

/**
 * The editor of a round's current criteria set: the criteria (name, description, weight, anchored scale;
 * add, remove, reorder), the weights as shares live, pairwise comparison (AHP) and the must-requirements.
 * Checked in the browser with the domain's rules before sending; the API's field errors are shown at
 * their fields, a conflict keeps what was typed. A frozen set is saved as the next version.
 */
export function CriteriaForm({ round, set, reload }: CriteriaFormProps) {
  const { t } = useAdminTranslation();
  const notify = useNotify();
  const format = useCriteriaFormat();
  const message = useCriteriaMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [, update] = useMutation(UpdateCriteriaSetMutation);

  const [draft, setDraft] = useState(() => criteriaDraftFromSet(set, format.locale));
  /** what the form was opened on (or last saved): the draft is "changed" when it differs */
  const [pristine, setPristine] = useState(draft);
  /** the set (id, version) the changes are based on; after a conflict the user chooses to move to the latest */
  const [base, setBase] = useState({ id: set.id, version: set.version });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<CriteriaErrors>({});
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  const [reloadRequested, setReloadRequested] = useState(false);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  /** the criteria whose scale is open for editing (by key); a new criterion's is open */
  const [openScales, setOpenScales] = useState<ReadonlySet<string>>(new Set());

  const dirty = !sameDraft(draft, pristine);

  // a newer set arrived (another analyst saved, or our own save came back) while nothing is changed here: show it
  const [seen, setSeen] = useState(`${set.id}:${set.version}`);
  const current = `${set.id}:${set.version}`;
  if (current !== seen) {
    setSeen(current);
    if (!dirty && failure === null) {
      const next = criteriaDraftFromSet(set, format.locale);
      setDraft(next);
      setPristine(next);
      setBase({ id: set.id, version: set.version });
    }
  }

  // a language switch changes how numbers are written: rewrite what was typed so it keeps its meaning
  const [shownLocale, setShownLocale] = useState(format.locale);
  if (shownLocale !== format.locale) {
    setShownLocale(format.locale);
    setDraft(relocaliseDraft(draft, shownLocale, format.locale));
    setPristine(relocaliseDraft(pristine, shownLocale, format.locale));
  }

  const checked = useMemo(() => buildCriteriaInput(draft, format.locale), [draft, format.locale]);
  const ahp = useMemo(() => (draft.ahp ? ahpOutcome(draft) : null), [draft]);
  const weights = useMemo(() => liveWeights(draft, format.locale), [draft, format.locale]);
  const clientErrors: CriteriaErrors = submitted && !checked.ok ? checked.errors : {};
  const errors: CriteriaErrors = { ...serverErrors, ...clientErrors };
  const errorAt = (path: string) => {
    const code = errors[path];
    return code ? message(code, path) : undefined;
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  /** the messages at the fields under a path prefix (`criteria.2.`), translated */
  const messagesOf = (prefix: string): FieldMessages => {
    const out: Record<string, string> = {};
    for (const [path, code] of Object.entries(errors)) if (path.startsWith(prefix)) out[path] = message(code, path);
    return out;
  };

  /** the next draft; an edit of one field clears the API's error there, a change of the lists all of them */
  const edit: CriteriaEdit = useCallback((next, path) => {
    setDraft(next);
    setServerErrors((e) => {
      if (!path) return Object.keys(e).length ? {} : e;
      if (!(path in e)) return e;
      const rest = { ...e };
      delete rest[path];
      return rest;
    });
  }, []);

  const toggleScale = useCallback((key: string) => {
    setOpenScales((open) => {
      const next = new Set(open);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  /** a scale with an error opens (and stays open), so the error can be seen and reached */
  const openScalesWithErrors = (found: CriteriaErrors) => {
    const keys = draft.criteria.filter((c, i) => Object.keys(found).some((p) => p.startsWith(`criteria.${i}.scale`))).map((c) => c.key);
    if (keys.length) setOpenScales((open) => new Set([...open, ...keys]));
  };

  const nameOf = (index: number) => draft.criteria[index]?.name.trim() || t('criteria.criterionUnnamed', { number: index + 1 });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setUnplaced([]);
    setServerErrors({});
    if (!checked.ok) {
      openScalesWithErrors(checked.errors);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    const result = await update({ fundRoundId: round.id, version: base.version, input: checked.input });
    setSaving(false);
    const saved = result.data?.updateCriteriaSet;
    if (saved && !result.error) {
      const next = criteriaDraftFromSet(saved, format.locale);
      setDraft(next);
      setPristine(next);
      setBase({ id: saved.id, version: saved.version });
      setSubmitted(false);
      notify({ message: saved.id === set.id ? t('criteria.saved', { round: round.name }) : t('criteria.savedNew', { round: round.name, number: saved.number }) });
      // the round's current version and its list of versions
      reload();
      return;
    }
    const f = readAccountFailure(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    setReloadRequested(false);
    if (f.kind === 'validation') {
      const { placed, unplaced: rest } = placeFieldErrors(f.fields, (field) => placeServerError(field, draft));
      setServerErrors(placed);
      setUnplaced(rest);
      openScalesWithErrors(placed);
      setFocusRequest((n) => n + 1);
    }
  };

  const conflict = failure?.kind === 'conflict';
  const latestLoaded = conflict && reloadRequested && (set.id !== base.id || set.version !== base.version);
  const hasErrors = Object.keys(errors).length > 0;
  const frozen = set.status === 'FROZEN' && set.id === base.id;
  const levelLabels = Array.from({ length: DEFAULT_LEVEL_COUNT }, (_, i) => t(`criteria.defaultLevels.${i}`));

  return (
    <form ref={formRef} noValidate onSubmit={(e) => void save(e)} aria-describedby="criteria-form-required">
      <Stack gap="lg">
        <Text id="criteria-form-required" size="sm" c="dimmed">
          {t('criteria.requiredNote')}
        </Text>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>

        <Stack gap="md" component="section" aria-labelledby="criteria-heading">
          <Title order={2} id="criteria-heading">
            {t('criteria.criteriaHeading')}
          </Title>
          {draft.criteria.map((criterion, index) => (
            <CriterionFieldset
              key={criterion.key}
              criterion={criterion}
              index={index}
              count={draft.criteria.length}
              share={weights?.[index]}
              ahp={draft.ahp}
              messages={messagesOf(`criteria.${index}.`)}
              scaleOpen={openScales.has(criterion.key)}
              onEdit={edit}
              onToggleScale={toggleScale}
              onAnnounce={setAnnouncement}
            />
          ))}
          {errorAt('criteria') ? (
            <Text c="red" size="sm" role="alert" data-testid="criteria-error">
              {errorAt('criteria')}
            </Text>
          ) : null}
          <Group>
            <Button
              variant="light"
              onClick={() => {
                const added = addCriterion(draft, levelLabels);
                const key = added.criteria[added.criteria.length - 1]?.key;
                edit(() => added);
                if (key) toggleScale(key);
              }}
            >
              {t('criteria.add')}
            </Button>
          </Group>
        </Stack>

        <WeightsTable draft={draft} weights={weights} nameOf={nameOf} />

        <CriteriaAhp
          draft={draft}
          outcome={ahp}
          nameOf={nameOf}
          onToggle={(on) => edit((d) => setAhp(d, on, format.locale))}
          onJudgement={(a, b, value) => edit((d) => setJudgement(d, a, b, value), 'pairwise')}
          error={errorAt('pairwise')}
        />

        <Stack gap="md" component="section" aria-labelledby="must-heading">
          <Title order={2} id="must-heading">
            {t('criteria.must.heading')}
          </Title>
          <Text size="sm">{t('criteria.must.intro')}</Text>
          {draft.mustRequirements.length === 0 ? <Text size="sm">{t('criteria.must.none')}</Text> : null}
          {draft.mustRequirements.map((requirement, index) => (
            <MustRequirementFieldset
              key={requirement.key}
              requirement={requirement}
              index={index}
              messages={messagesOf(`mustRequirements.${index}.`)}
              onEdit={edit}
              onAnnounce={setAnnouncement}
            />
          ))}
          {errorAt('mustRequirements') ? (
            <Text c="red" size="sm" role="alert">
              {errorAt('mustRequirements')}
            </Text>
          ) : null}
          <Group>
            <Button variant="light" onClick={() => edit(addMustRequirement)}>
              {t('criteria.must.add')}
            </Button>
          </Group>
        </Stack>

        {conflict ? (
          <ReloadConflictAlert
            texts={reloadConflictTexts(t, 'criteria.conflict')}
            data-testid="criteria-conflict"
            reloadRequested={reloadRequested}
            latestLoaded={latestLoaded}
            onReload={() => {
              setReloadRequested(true);
              reload();
            }}
            onKeepMine={() => {
              // keep the typed values: the next save replaces the latest version knowingly
              setBase({ id: set.id, version: set.version });
              setPristine(criteriaDraftFromSet(set, format.locale));
              setFailure(null);
            }}
            onUseLatest={() => {
              const latest = criteriaDraftFromSet(set, format.locale);
              setBase({ id: set.id, version: set.version });
              setDraft(latest);
              setPristine(latest);
              setSubmitted(false);
              setFailure(null);
            }}
          />
        ) : null}

        {hasErrors ? (
          <Alert color="red" variant="light" role="alert" data-testid="criteria-invalid">
            {t('criteria.invalid')}
          </Alert>
        ) : null}
        <FormSaveError prefix="criteria" failure={failure} unplaced={unplaced} message={message} onRetry={() => formRef.current?.requestSubmit()} />

        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {frozen ? t('criteria.saveAsNew', { number: set.number + 1 }) : t('criteria.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The weights of the criteria and their shares of the total (the typed ones, or those derived by AHP). */
function WeightsTable({ draft, weights, nameOf }: { draft: CriteriaDraft; weights: number[] | null; nameOf: (index: number) => string }) {
  const { t } = useAdminTranslation();
  const format = useCriteriaFormat();
  const captionId = useId();
  const typed = (text: string) => {
    const parsed = parseLocaleNumber(text, format.locale);
    return parsed.ok ? format.number(parsed.value) : '–';
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="weights-heading">
      <Title order={2} id="weights-heading">
        {t('criteria.weights.heading')}
      </Title>
      <ScrollTable minWidth={480} labelledBy={captionId}>
        <Table withTableBorder verticalSpacing={4} data-testid="weights-table">
          <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
            {t('criteria.weights.caption')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('criteria.weights.criterion')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('criteria.weights.weight')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('criteria.weights.share')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.criteria.map((c, i) => {
              const share = weights?.[i];
              return (
                <Table.Tr key={c.key}>
                  <Table.Th scope="row" fw={400}>
                    {nameOf(i)}
                  </Table.Th>
                  <Table.Td ta="right">{draft.ahp ? t('criteria.weights.derived') : typed(c.weight)}</Table.Td>
                  <Table.Td ta="right">{share === undefined ? '–' : format.percent(share)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('criteria.weights.total')}</Table.Th>
              <Table.Td />
              <Table.Td ta="right" fw={600}>
                {weights ? format.percent(weights.reduce((s, w) => s + w, 0)) : '–'}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
      {weights === null && draft.criteria.length > 0 ? <Text size="sm">{t('criteria.weights.missing')}</Text> : null}
    </Stack>
  );
}

