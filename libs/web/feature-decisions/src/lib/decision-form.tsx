import { Alert, Button, Checkbox, Group, List, Modal, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { COMMITMENT_LIMITS, DECISION_LIMITS, DECISION_OUTCOMES, type DecisionOutcome, type DelegationRule } from '@dp/domain/decisions';
import { useNotify } from '@dp/web/ui';
import {
  buildDecision,
  defaultSplitRows,
  initialDecisionValues,
  placeDecisionError,
  signatoryHint,
  splitSum,
  splitYears,
  typedGrant,
  type DecisionFieldError,
  type DecisionFormErrors,
  type DecisionFormValues,
  type RowOfSent,
  type YearAmountData,
} from './decision-model';
import { placeFieldErrors, readDecisionsFailure, type BudgetUseData, type DecisionsFailure, type FieldFailure } from './errors';
import { todayInSweden, useDecisionsFormat } from './format';
import { useDecisionsTranslation } from './i18n';
import { RecordDecisionMutation } from './operations';

/** What the form needs of the round. */
export interface DecisionRound {
  /** the round's year: where an unsplit grant falls without one-off costs */
  year: number;
  delegation: readonly DelegationRule[];
  /** the round's horizon years (a grant may be split over these) */
  horizonYears: readonly number[];
  /** the years with a yearly budget (empty when the round has none) */
  budgetYears: readonly number[];
  /** left in the fund before this decision, null when unknown */
  remaining: number | null;
}

/** What the form needs of the agenda item. */
export interface DecisionItem {
  initiative: {
    id: string;
    title: string;
    requestedAmount: number;
    version: number;
    /** the level that must sign a grant of the requested amount (from the API) */
    requiredSignatory: string | null;
  };
  /** the requested amount per year by the calculation's one-off costs (the API's default split), if known */
  splitWeights: readonly YearAmountData[] | null;
}

export interface DecisionFormProps {
  meeting: { id: string; registrationNumber: string | null };
  round: DecisionRound;
  item: DecisionItem;
  /** the decision is recorded (the notification is shown already) */
  onRecorded: () => void;
  onCancel: () => void;
  /** fetch the latest meeting and initiative (after a CONFLICT) */
  onReload: () => void;
  /** larger text (presentation mode) */
  large?: boolean;
}

/**
 * Translates a decision field's error: the field's own text, else the code's, with the limits and amounts
 * filled in (`defaults` for what an error from the API does not carry: the requested amount, the sums).
 */
function useDecisionMessage(defaults: Record<string, number | null>): (field: string, error: DecisionFieldError) => string {
  const { t } = useDecisionsTranslation();
  const format = useDecisionsFormat();
  return (field, error) => {
    const key = field.startsWith('years.') ? 'amountsByYear.amount' : field;
    const params: Record<string, string | number> = {
      min: COMMITMENT_LIMITS.overcommitReasonMin,
      max: field === 'registrationNumber' ? DECISION_LIMITS.registrationNumberMax : DECISION_LIMITS.textMax,
    };
    for (const [name, value] of Object.entries(defaults)) if (value !== null) params[name] = value;
    Object.assign(params, error.params);
    for (const money of ['requested', 'amount', 'sum'] as const) {
      const v = params[money];
      if (typeof v === 'number') params[money] = format.money(v);
    }
    return t([`decision.errors.fields.${key}.${error.code}`, `decision.errors.codes.${error.code}`, 'decision.errors.codes.INVALID'], params);
  };
}

/**
 * Registrera beslut: the outcome (bevilja, avslå, bordlägg, återremittera); for a grant the amount (the
 * requested amount by default, lower allowed), an optional split per year and conditions; a reason
 * (required unless granted); the date (today) and the diarienummer (the meeting's). The domain's rules
 * check the input as it is typed once sent; the API's answers land at their fields. A grant that does not
 * fit the fund shows the budgets it exceeds and asks for a written reason to send it again.
 */
export function DecisionForm({ meeting, round, item, onRecorded, onCancel, onReload, large = false }: DecisionFormProps) {
  const { t } = useDecisionsTranslation();
  const notify = useNotify();
  const format = useDecisionsFormat();
  const formRef = useRef<HTMLFormElement>(null);
  const idBase = useId();
  const [, record] = useMutation(RecordDecisionMutation);
  const { initiative } = item;
  const today = useMemo(() => todayInSweden(), []);

  const [values, setValues] = useState<DecisionFormValues>(() =>
    initialDecisionValues({ requestedAmount: initiative.requestedAmount, registrationNumber: meeting.registrationNumber, today, formatAmount: format.amountInput }),
  );
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<DecisionFormErrors>({});
  const [failure, setFailure] = useState<DecisionsFailure | null>(null);
  const [unplaced, setUnplaced] = useState<FieldFailure[]>([]);
  /** the budgets the last attempt would have exceeded: the over-commitment reason is asked for from then on */
  const [exceeded, setExceeded] = useState<BudgetUseData[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  const context = {
    initiativeId: initiative.id,
    initiativeVersion: initiative.version,
    meetingId: meeting.id,
    requestedAmount: initiative.requestedAmount,
    horizonYears: round.horizonYears,
    today,
  };
  const checked = buildDecision(values, context, exceeded !== null && values.outcome === 'GRANTED');
  const message = useDecisionMessage({ requested: initiative.requestedAmount, amount: typedGrant(values), sum: values.split ? splitSum(values) : null });
  const errors: DecisionFormErrors = { ...serverErrors, ...(submitted && !checked.ok ? checked.errors : {}) };
  const errorAt = (field: string) => {
    const e = errors[field];
    return e ? message(field, e) : undefined;
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    // the outcome comes first; a radio group has no aria-invalid of its own, so its first radio takes the focus
    const form = formRef.current;
    const outcomeInvalid = form?.querySelector('[data-outcome-invalid="true"]');
    (outcomeInvalid ? form?.querySelector<HTMLElement>('input[type="radio"]') : form?.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
  }, [focusRequest]);

  const clearServer = (...fields: string[]) =>
    setServerErrors((e) => {
      if (!fields.some((f) => f in e)) return e;
      const rest = { ...e };
      for (const f of fields) delete rest[f];
      return rest;
    });

  const change = <K extends keyof DecisionFormValues>(field: K, value: DecisionFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearServer(field);
  };

  const toggleSplit = (on: boolean) => {
    setValues((v) => {
      if (!on) return { ...v, split: false };
      const amount = typedGrant(v) ?? initiative.requestedAmount;
      const years = v.years.length > 0 ? v.years : defaultSplitRows(amount, item.splitWeights, splitYears(round.budgetYears, round.horizonYears), round.year, format.amountInput);
      return { ...v, split: true, years };
    });
    clearServer('amountsByYear');
  };

  const changeYear = (index: number, amount: string) => {
    setValues((v) => ({ ...v, years: v.years.map((row, k) => (k === index ? { ...row, amount } : row)) }));
    clearServer(`years.${index}`, 'amountsByYear');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setUnplaced([]);
    setServerErrors({});
    if (!checked.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    const rowOfSent: RowOfSent = checked.rowOfSent;
    setSaving(true);
    const answer = await record({ input: checked.input });
    setSaving(false);
    const saved = answer.data?.recordDecision;
    if (saved && !answer.error) {
      const outcome = checked.input.outcome;
      notify({ message: t(`decision.recorded.${outcome}`, { title: initiative.title, amount: format.money(saved.decision?.grantedAmount ?? checked.input.grantedAmount ?? 0) }) });
      onRecorded();
      return;
    }
    const f = readDecisionsFailure(answer.error) ?? { kind: 'unknown' };
    setFailure(f);
    if (f.kind === 'budget-exceeded') {
      setExceeded(f.uses);
      setFocusRequest((n) => n + 1);
    } else if (f.kind === 'validation') {
      const { placed, unplaced: rest } = placeFieldErrors(f.fields, (path) => placeDecisionError(path, rowOfSent));
      // a server refusal of the over-commitment reason brings its field up
      if (placed['overcommitReason'] && exceeded === null) setExceeded([]);
      setServerErrors(Object.fromEntries(Object.entries(placed).map(([field, code]) => [field, { code }])));
      setUnplaced(rest);
      setFocusRequest((n) => n + 1);
    }
  };

  const granted = values.outcome === 'GRANTED';
  const grant = typedGrant(values);
  const hint = signatoryHint(round.delegation, granted && grant !== null ? grant : initiative.requestedAmount, initiative.requiredSignatory);
  const sum = values.split ? splitSum(values) : null;
  const hasFieldErrors = Object.keys(errors).length > 0;
  const textSize = large ? 'lg' : 'sm';
  const overcommitAsked = granted && exceeded !== null;

  return (
    <form ref={formRef} noValidate onSubmit={(e) => void submit(e)} data-testid="decision-form" aria-label={t('decision.title', { title: initiative.title })}>
      <Stack gap="md">
        <Text size={textSize}>{t('decision.requested', { amount: format.money(initiative.requestedAmount) })}</Text>

        <Radio.Group
          name={`${idBase}-outcome`}
          label={t('decision.outcome')}
          required
          value={values.outcome ?? ''}
          onChange={(value) => change('outcome', (DECISION_OUTCOMES as readonly string[]).includes(value) ? (value as DecisionOutcome) : null)}
          error={errorAt('outcome')}
          data-outcome-invalid={errors['outcome'] ? 'true' : undefined}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {DECISION_OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome} label={t(`decision.choices.${outcome}`)} description={t(`decision.choiceHelp.${outcome}`)} />
            ))}
          </SimpleGrid>
        </Radio.Group>

        {granted ? (
          <>
            <TextInput
              label={t('decision.grantedAmount')}
              description={t('decision.grantedAmountHelp', { amount: format.money(initiative.requestedAmount) })}
              required
              inputMode="numeric"
              autoComplete="off"
              rightSection="kr"
              rightSectionProps={{ 'aria-hidden': true }}
              rightSectionPointerEvents="none"
              maw={320}
              value={values.grantedAmount}
              error={errorAt('grantedAmount')}
              onChange={(e) => change('grantedAmount', e.currentTarget.value)}
            />
            <Checkbox
              label={t('decision.split')}
              description={t('decision.splitHelp')}
              checked={values.split}
              onChange={(e) => toggleSplit(e.currentTarget.checked)}
            />
            {values.split ? (
              <fieldset style={{ border: 0, margin: 0, padding: 0 }} data-testid="decision-split">
                <legend style={{ fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 }}>{t('decision.splitCaption')}</legend>
                <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs">
                  {values.years.map((row, k) => (
                    <TextInput
                      key={row.year}
                      label={t('decision.yearAmount', { year: row.year })}
                      inputMode="numeric"
                      autoComplete="off"
                      rightSection="kr"
                      rightSectionProps={{ 'aria-hidden': true }}
                      rightSectionPointerEvents="none"
                      value={row.amount}
                      error={errorAt(`years.${k}`)}
                      onChange={(e) => changeYear(k, e.currentTarget.value)}
                    />
                  ))}
                </SimpleGrid>
                <Text size="sm" mt={4} aria-live="polite" data-testid="split-sum">
                  {sum !== null && grant !== null ? t('decision.splitSum', { sum: format.money(sum), amount: format.money(grant) }) : null}
                </Text>
                {errorAt('amountsByYear') ? (
                  <Text size="sm" c="red.9" role="alert" data-testid="split-error">
                    {errorAt('amountsByYear')}
                  </Text>
                ) : null}
              </fieldset>
            ) : errorAt('amountsByYear') ? (
              <Text size="sm" c="red.9" role="alert" data-testid="split-error">
                {errorAt('amountsByYear')}
              </Text>
            ) : null}
            <Textarea
              label={t('decision.conditions')}
              description={t('decision.conditionsHelp')}
              autosize
              minRows={2}
              value={values.conditions}
              error={errorAt('conditions')}
              onChange={(e) => change('conditions', e.currentTarget.value)}
            />
          </>
        ) : null}

        <Textarea
          label={granted ? t('decision.reasonOptional') : t('decision.reason')}
          description={t('decision.reasonHelp')}
          required={values.outcome !== null && !granted}
          autosize
          minRows={2}
          value={values.reason}
          error={errorAt('reason')}
          onChange={(e) => change('reason', e.currentTarget.value)}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('decision.decidedOn')}
            description={t('decision.decidedOnHelp')}
            required
            inputMode="numeric"
            autoComplete="off"
            value={values.decidedOn}
            error={errorAt('decidedOn')}
            onChange={(e) => change('decidedOn', e.currentTarget.value)}
          />
          <TextInput
            label={t('decision.registrationNumber')}
            description={t('decision.registrationNumberHelp')}
            required
            autoComplete="off"
            value={values.registrationNumber}
            error={errorAt('registrationNumber')}
            onChange={(e) => change('registrationNumber', e.currentTarget.value)}
          />
        </SimpleGrid>

        <Stack gap={2} aria-live="polite">
          {hint ? (
            <Text size={textSize} fw={600} data-testid="signatory-hint">
              {hint.kind === 'only'
                ? t('decision.signatoryOnly', { label: hint.label })
                : t(hint.kind === 'above' ? 'decision.signatoryAbove' : 'decision.signatoryUpTo', { amount: format.money(hint.amount), label: hint.label })}
            </Text>
          ) : null}
          {round.remaining !== null ? <Text size={textSize}>{t('decision.remaining', { amount: format.money(round.remaining) })}</Text> : null}
        </Stack>

        {overcommitAsked ? (
          <Alert color="orange" variant="light" title={t('decision.overcommit.title')} data-testid="overcommit" role="alert">
            <Stack gap="sm">
              <Text size="sm">{t('decision.overcommit.body')}</Text>
              {exceeded.length > 0 ? (
                <List size="sm" data-testid="overcommit-uses">
                  {(exceeded.some((u) => u.shortfall > 0) ? exceeded.filter((u) => u.shortfall > 0) : exceeded).map((u) => (
                    <List.Item key={`${u.kind}-${u.year ?? 'total'}`}>
                      {t(`decision.overcommit.${u.kind}`, {
                        year: u.year ?? '',
                        budget: format.money(u.budget),
                        committed: format.money(u.committed),
                        after: format.money(u.after),
                        shortfall: format.money(u.shortfall),
                      })}
                    </List.Item>
                  ))}
                </List>
              ) : null}
              <Textarea
                label={t('decision.overcommit.reason')}
                description={t('decision.overcommit.reasonHelp', { min: COMMITMENT_LIMITS.overcommitReasonMin })}
                required
                autosize
                minRows={2}
                value={values.overcommitReason}
                error={errorAt('overcommitReason')}
                onChange={(e) => change('overcommitReason', e.currentTarget.value)}
              />
            </Stack>
          </Alert>
        ) : null}

        {hasFieldErrors ? (
          <Alert color="red" variant="light" role="alert" data-testid="decision-invalid">
            {t('decision.invalid')}
          </Alert>
        ) : null}
        <DecisionSaveError failure={failure} unplaced={unplaced} message={message} onReload={onReload} onRetry={() => formRef.current?.requestSubmit()} />

        <Group gap="sm">
          <Button type="submit" loading={saving} size={large ? 'lg' : 'sm'}>
            {overcommitAsked ? t('decision.overcommit.submit') : t('decision.submit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={saving} size={large ? 'lg' : 'sm'}>
            {t('decision.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface DecisionSaveErrorProps {
  failure: DecisionsFailure | null;
  unplaced: FieldFailure[];
  message: (field: string, error: DecisionFieldError) => string;
  onReload: () => void;
  onRetry: () => void;
}

/** A refusal that belongs to no field: delegation, role, workflow reasons, a stale version, the network. */
function DecisionSaveError({ failure, unplaced, message, onReload, onRetry }: DecisionSaveErrorProps) {
  const { t } = useDecisionsTranslation();
  if (unplaced.length > 0) {
    return (
      <Alert color="red" variant="light" role="alert" data-testid="decision-error">
        {unplaced
          .map((e) => t('decision.errors.unknownField', { field: t(`decision.fieldNames.${e.field.split('.')[0] ?? ''}`, { defaultValue: e.field }), message: message(e.field, { code: e.reason }) }))
          .join(' ')}
      </Alert>
    );
  }
  if (!failure || failure.kind === 'validation' || failure.kind === 'budget-exceeded' || failure.kind === 'proposal-required') return null;
  const alert = (text: string, extra?: ReactNode) => (
    <Alert color="red" variant="light" role="alert" data-testid="decision-error">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        {extra}
      </Stack>
    </Alert>
  );
  switch (failure.kind) {
    case 'delegation-required':
      return alert(failure.required ? t('decision.errors.delegation', { label: failure.required }) : t('decision.errors.delegationUnknown'));
    case 'forbidden':
      return alert(t('decision.errors.forbidden'));
    case 'transition-refused':
      return alert(
        t('decision.errors.refused'),
        <List size="sm">
          {(failure.reasons.length > 0 ? failure.reasons : ['UNKNOWN']).map((r) => (
            <List.Item key={r}>{t([`refusals.${r}`, 'refusals.UNKNOWN'])}</List.Item>
          ))}
        </List>,
      );
    case 'conflict':
      return alert(
        t('decision.errors.conflict'),
        <Button size="xs" variant="default" onClick={onReload}>
          {t('decision.errors.reload')}
        </Button>,
      );
    case 'not-found':
      return alert(t('decision.errors.notFound'));
    case 'network':
      return alert(
        t('decision.errors.network'),
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('translation:common.retry')}
        </Button>,
      );
    default:
      return alert(
        t('decision.errors.unknown'),
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('translation:common.retry')}
        </Button>,
      );
  }
}

export interface DecisionDialogProps extends Omit<DecisionFormProps, 'item' | 'onCancel'> {
  /** the item to decide on; null = closed */
  item: DecisionItem | null;
  onClose: () => void;
}

/** The decision form in a dialog ("Registrera beslut – <initiative>"), for the meeting page and presentation mode. */
export function DecisionDialog({ item, onClose, large, ...rest }: DecisionDialogProps) {
  const { t } = useDecisionsTranslation();
  const { t: tCommon } = useTranslation();
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={item ? t('decision.title', { title: item.initiative.title }) : ''}
      size={large ? 'xl' : 'lg'}
      closeButtonProps={{ 'aria-label': tCommon('common.close') }}
    >
      {item ? <DecisionForm key={item.initiative.id} item={item} onCancel={onClose} large={large} {...rest} /> : null}
    </Modal>
  );
}
