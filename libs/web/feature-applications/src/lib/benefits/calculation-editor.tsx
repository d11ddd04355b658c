import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import {
  calculateSheet,
  emptySheet,
  horizonYears,
  missingPlanFields,
  sheetSensitivity,
  validateSheet,
  type CalculationParameters,
  type CalculationSheet,
  type PlanField,
} from '@dp/domain/benefits';
import { ErrorState, formatDate, formatDateTime, useNotify } from '@dp/web/ui';
import type { BenefitCalculationFieldsFragment } from '@dp/web/data-access';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text';
import { useBenefitsTranslation } from './i18n';
import { useSheetMessage } from './format';
import { readCalculationError, type CalculationFailure } from './errors';
import { SaveBenefitCalculationMutation } from './operations';
import { LinesTable, fieldId, useLineName, type LineKind, type LinePatch } from './lines-table';
import { RealisationPlanPanels } from './realisation-plan';
import { CalculationDetails, KeyFigures } from './calculation-results';
import {
  draftFromSheet,
  keyOfPath,
  newBenefit,
  newCost,
  sheetFromCalculation,
  sheetOfDraft,
  lineFieldKey,
  type CalculationKind,
  type DraftBenefit,
  type DraftCost,
  type DraftPlan,
  type DraftSheet,
} from './sheet-model';

export type CalculationFields = BenefitCalculationFieldsFragment;

export interface CalculationEditorProps {
  initiativeId: string;
  kind: CalculationKind;
  /** the saved calculation; null while there is none (the first save creates it) */
  calculation: CalculationFields | null;
  /** the round's parameters (a frozen calculation keeps the ones it was decided with) */
  roundParams: CalculationParameters;
  /** the kind is in the initiative's editableCalculations */
  editable: boolean;
  /** the sheet as typed, for the difference view */
  onSheetChange?: (kind: CalculationKind, sheet: CalculationSheet) => void;
  /** saved: the initiative now has this version (its figures changed) */
  onSaved?: (initiativeVersion: number) => void;
  /** read the calculations again from the server */
  onReload: () => void;
}

type Failure = CalculationFailure | { kind: 'invalid' };

/** The parameters without GraphQL's `__typename`. */
function plainParameters(p: CalculationParameters): CalculationParameters {
  const { baseYear, horizonYears: h, discountRate, optimismBias, hoursPerMonth, overhead, defaultMonthlySalary } = p;
  return { baseYear, horizonYears: h, discountRate, optimismBias, hoursPerMonth, overhead, defaultMonthlySalary };
}

function initialDraft(calculation: CalculationFields | null): DraftSheet {
  return draftFromSheet(calculation ? sheetFromCalculation(calculation) : emptySheet());
}

function mapLine(draft: DraftSheet, lineId: string, change: (line: DraftCost | DraftBenefit) => DraftCost | DraftBenefit): DraftSheet {
  return {
    costs: draft.costs.map((l) => (l.id === lineId ? (change(l) as DraftCost) : l)),
    benefits: draft.benefits.map((l) => (l.id === lineId ? (change(l) as DraftBenefit) : l)),
  };
}

/**
 * One calculation (memoised: typing in one calculation does not redraw the other): the live figures, the grids of costs and benefits, the benefit realisation plan, the
 * save and the details (sensitivity, cash flow per year as a chart and a table). The whole sheet is
 * saved with the version it was loaded at; what the user typed stays when a save fails.
 */
export const CalculationEditor = memo(function CalculationEditor({
  initiativeId,
  kind,
  calculation,
  roundParams,
  editable,
  onSheetChange,
  onSaved,
  onReload,
}: CalculationEditorProps) {
  const { t } = useBenefitsTranslation();
  const { t: tCommon } = useTranslation();
  const notify = useNotify();
  const message = useSheetMessage();
  const costName = useLineName('costs');
  const benefitName = useLineName('benefits');
  const [, saveCalculation] = useMutation(SaveBenefitCalculationMutation);
  const idPrefix = `calc-${kind.toLowerCase()}`;
  const name = t(`kinds.${kind}`);
  const frozen = Boolean(calculation?.frozenAt);
  const readOnly = !editable || frozen;
  const frozenParameters = frozen && calculation ? calculation.parameters : null;
  const params = useMemo(() => plainParameters(frozenParameters ?? roundParams), [frozenParameters, roundParams]);
  const years = useMemo(() => horizonYears(params), [params]);

  const [draft, setDraft] = useState(() => initialDraft(calculation));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(sheetOfDraft(initialDraft(calculation)).sheet));
  const [version, setVersion] = useState<number | null>(calculation?.version ?? null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const [openPlans, setOpenPlans] = useState<string[]>([]);
  /** after "load the saved calculation": the next calculation from the server replaces the draft */
  const [reloading, setReloading] = useState(false);
  const [seenCalculation, setSeenCalculation] = useState(calculation);
  if (calculation !== seenCalculation) {
    setSeenCalculation(calculation);
    if (reloading && calculation) {
      const next = initialDraft(calculation);
      setDraft(next);
      setSavedJson(JSON.stringify(sheetOfDraft(next).sheet));
      setVersion(calculation.version);
      setReloading(false);
      setFailure(null);
      setServerErrors(new Map());
      setSubmitted(false);
      setTouched(new Set());
    }
  }

  // what to focus after the next render: a field (a new line's label) or the first field with an error
  const pendingFocus = useRef<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const element =
      target === 'first-error'
        ? containerRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
        : document.getElementById(fieldId(idPrefix, target));
    element?.focus();
  });

  const derived = useMemo(() => sheetOfDraft(draft), [draft]);
  const sheet = derived.sheet;
  const validation = useMemo(() => validateSheet(sheet, params), [sheet, params]);
  const result = useMemo(() => calculateSheet(sheet, params), [sheet, params]);
  const sensitivity = useMemo(() => sheetSensitivity(sheet, params), [sheet, params]);
  const gaps = useMemo(() => Object.fromEntries(sheet.benefits.map((b) => [b.id, missingPlanFields(b.plan)])) as Record<string, PlanField[]>, [sheet]);
  const clientErrors = useMemo(() => {
    const errors = new Map<string, string>();
    for (const e of derived.inputErrors) if (!errors.has(e.key)) errors.set(e.key, e.code);
    if (!validation.ok) {
      for (const e of validation.errors) {
        const key = keyOfPath(e.field, derived);
        if (!errors.has(key)) errors.set(key, e.code);
      }
    }
    return errors;
  }, [derived, validation]);
  const dirty = JSON.stringify(sheet) !== savedJson;

  useEffect(() => {
    onSheetChange?.(kind, sheet);
  }, [kind, sheet, onSheetChange]);

  const errorCodeAt = (key: string): string | undefined => {
    const code = clientErrors.get(key);
    if (code && (submitted || touched.has(key))) return code;
    return serverErrors.get(key);
  };
  const errorAt = (key: string): string | undefined => {
    const code = errorCodeAt(key);
    return code ? message(key, code) : undefined;
  };

  const clearServerError = (key: string) =>
    setServerErrors((errors) => {
      if (!errors.has(key)) return errors;
      const next = new Map(errors);
      next.delete(key);
      return next;
    });
  const blur = (key: string) => setTouched((keys) => (keys.has(key) ? keys : new Set(keys).add(key)));
  const changeLine = (lineId: string, patch: LinePatch, key: string) => {
    setDraft((d) => mapLine(d, lineId, (l) => ({ ...l, ...patch })));
    clearServerError(key);
  };
  const changeAmount = (lineId: string, year: number, text: string) => {
    setDraft((d) => mapLine(d, lineId, (l) => ({ ...l, amounts: { ...l.amounts, [year]: text } })));
    clearServerError(`${lineId}.amount.${year}`);
  };
  const changePlan = (lineId: string, patch: Partial<DraftPlan>, key: string) => {
    setDraft((d) => mapLine(d, lineId, (l) => ('plan' in l ? { ...l, plan: { ...l.plan, ...patch } } : l)));
    clearServerError(key);
  };
  const add = (lineKind: LineKind) => {
    const line = lineKind === 'costs' ? newCost() : newBenefit();
    setDraft((d) => (lineKind === 'costs' ? { ...d, costs: [...d.costs, line as DraftCost] } : { ...d, benefits: [...d.benefits, line as DraftBenefit] }));
    pendingFocus.current = lineFieldKey(line.id, 'label');
  };
  const remove = (lineId: string) => {
    setDraft((d) => ({ costs: d.costs.filter((l) => l.id !== lineId), benefits: d.benefits.filter((l) => l.id !== lineId) }));
    setOpenPlans((open) => open.filter((id) => id !== lineId));
  };

  // amounts typed for years outside the horizon (kept from the server until the user removes them)
  const inHorizon = new Set(years);
  const outside = [
    ...draft.costs.map((l, i) => ({ line: l, name: costName(l, i) })),
    ...draft.benefits.map((l, i) => ({ line: l, name: benefitName(l, i) })),
  ]
    .map(({ line, name: lineName }) => ({
      line,
      name: lineName,
      years: Object.keys(line.amounts)
        .map(Number)
        .filter((y) => !inHorizon.has(y) && (line.amounts[y] ?? '').trim() !== '')
        .sort((a, b) => a - b),
    }))
    .filter((x) => x.years.length > 0);
  const removeOutside = () =>
    setDraft((d) => {
      const keep = <L extends DraftCost | DraftBenefit>(l: L): L => ({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).filter(([y]) => inHorizon.has(Number(y)))) });
      return { costs: d.costs.map(keep), benefits: d.benefits.map(keep) };
    });

  /** opens the plans with errors and focuses the first field with an error, after the next render */
  const showErrors = (keys: Iterable<string>) => {
    const withPlanErrors = new Set<string>();
    for (const key of keys) {
      const [lineId, part] = key.split('.');
      if (part === 'plan' && lineId) withPlanErrors.add(lineId);
    }
    if (withPlanErrors.size > 0) setOpenPlans((open) => [...new Set([...open, ...withPlanErrors])]);
    pendingFocus.current = 'first-error';
  };

  const save = async () => {
    setSubmitted(true);
    setFailure(null);
    if (clientErrors.size > 0 || !validation.ok) {
      setFailure({ kind: 'invalid' });
      showErrors(clientErrors.keys());
      return;
    }
    const sent = derived;
    const sentJson = JSON.stringify(sheet);
    setSaving(true);
    const response = await saveCalculation({ initiativeId, kind, version, sheet: validation.value });
    setSaving(false);
    const saved = response.data?.saveBenefitCalculation;
    if (saved && !response.error) {
      setVersion(saved.version);
      setSavedJson(sentJson);
      setServerErrors(new Map());
      setSubmitted(false);
      setTouched(new Set());
      notify({ message: t('save.saved', { name }) });
      onSaved?.(saved.initiative.version);
      return;
    }
    const f = readCalculationError(response.error) ?? { kind: 'unknown' };
    if (f.kind === 'validation') {
      const errors = new Map<string, string>();
      for (const e of f.fields) errors.set(keyOfPath(e.field.replace(/^sheet\./, ''), sent), e.reason);
      setServerErrors(errors);
      showErrors(errors.keys());
    }
    setFailure(f);
  };

  const keepMine = (currentVersion: number) => {
    setVersion(currentVersion);
    setFailure(null);
    notify({ message: t('save.keepMineHelp'), tone: 'info' });
  };
  const loadSaved = () => {
    setReloading(true);
    onReload();
  };

  const sheetErrors = (['costs', 'benefits'] as const).map((k) => errorAt(k)).filter((m): m is string => Boolean(m));
  const lastSaved = calculation
    ? calculation.updatedByName
      ? t('calc.lastSaved', { time: formatDateTime(calculation.updatedAt), name: calculation.updatedByName })
      : t('calc.lastSavedNoName', { time: formatDateTime(calculation.updatedAt) })
    : t('calc.notSaved');

  const tableProps = {
    years,
    params,
    readOnly,
    idPrefix,
    errorAt,
    onLineChange: changeLine,
    onAmountChange: changeAmount,
    onBlur: blur,
    onRemove: remove,
  };

  return (
    <Stack gap="md" ref={containerRef} data-testid={`calculation-${kind}`}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={3}>{name}</Title>
          <Text size="sm" c="dimmed">
            {lastSaved}
          </Text>
        </Stack>
        {calculation ? (
          <Anchor
            href={`/api/initiatives/${encodeURIComponent(initiativeId)}/calculations/${kind}.xlsx`}
            aria-label={t('calc.downloadLabel', { name })}
            size="sm"
          >
            {t('calc.download')}
          </Anchor>
        ) : null}
      </Group>

      {frozen && calculation?.frozenAt ? (
        <Alert color="gray" variant="light" title={t('calc.frozen', { date: formatDate(calculation.frozenAt) })} data-testid={`${idPrefix}-frozen`}>
          <Text size="sm">{t('calc.frozenHelp')}</Text>
        </Alert>
      ) : readOnly ? (
        <Text size="sm" data-testid={`${idPrefix}-read-only`}>
          {t('calc.readOnly')}
        </Text>
      ) : null}

      <Stack gap="xs">
        <Title order={4}>{t('results.title')}</Title>
        {readOnly ? null : (
          <Text size="sm" c="dimmed">
            {t('results.live')}
          </Text>
        )}
        <KeyFigures result={result} idPrefix={idPrefix} />
      </Stack>

      {outside.length > 0 ? (
        <Alert color="orange" variant="light" title={t('results.warningTitle')} data-testid={`${idPrefix}-outside-horizon`}>
          <Stack gap="xs" align="flex-start">
            <List size="sm" spacing={2}>
              {outside.map((o) => (
                <List.Item key={o.line.id}>
                  {t('grid.outsideHorizon', { line: o.name, years: o.years.join(', '), from: years[0], to: years[years.length - 1] })}
                </List.Item>
              ))}
            </List>
            {readOnly ? null : (
              <Button size="xs" variant="default" onClick={removeOutside}>
                {t('grid.removeOutside')}
              </Button>
            )}
          </Stack>
        </Alert>
      ) : null}

      <Stack gap="xs">
        <Title order={4}>{t('grid.costs')}</Title>
        {readOnly ? null : (
          <Text size="sm" id={`${idPrefix}-grid-help`}>
            {t('grid.help')}
          </Text>
        )}
        <LinesTable kind="costs" lines={draft.costs} onAdd={() => add('costs')} {...tableProps} />
      </Stack>

      <Stack gap="xs">
        <Title order={4}>{t('grid.benefits')}</Title>
        <LinesTable kind="benefits" lines={draft.benefits} onAdd={() => add('benefits')} {...tableProps} />
      </Stack>

      {sheetErrors.length > 0 ? (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {sheetErrors.join(' ')}
        </Text>
      ) : null}

      <Stack gap="xs">
        <Title order={4}>{t('plan.title')}</Title>
        <RealisationPlanPanels
          benefits={draft.benefits}
          gaps={gaps}
          readOnly={readOnly}
          idPrefix={idPrefix}
          errorAt={errorAt}
          onPlanChange={changePlan}
          onBlur={blur}
          open={openPlans}
          onOpenChange={setOpenPlans}
        />
      </Stack>

      {readOnly ? null : (
        <Stack gap="xs">
          <SaveFailure failure={failure} onRetry={() => void save()} onKeepMine={keepMine} onLoadSaved={loadSaved} common={tCommon} />
          <Group gap="md">
            <Button onClick={() => void save()} loading={saving}>
              {t('save.submit')}
            </Button>
            <Text size="sm" role="status" aria-live="polite" data-testid={`${idPrefix}-save-status`}>
              {dirty ? t('save.unsaved') : version !== null ? t('save.upToDate') : ''}
            </Text>
          </Group>
        </Stack>
      )}

      <CalculationDetails result={result} sensitivity={sensitivity} params={params} idPrefix={idPrefix} />
    </Stack>
  );
});

interface SaveFailureProps {
  failure: Failure | null;
  onRetry: () => void;
  onKeepMine: (currentVersion: number) => void;
  onLoadSaved: () => void;
  common: ReturnType<typeof useTranslation>['t'];
}

/** What went wrong with the last save, with what the user can do about it. */
function SaveFailure({ failure, onRetry, onKeepMine, onLoadSaved, common }: SaveFailureProps) {
  const { t } = useBenefitsTranslation();
  if (!failure) return null;
  if (failure.kind === 'invalid' || failure.kind === 'validation') {
    return (
      <Alert color="red" variant="light" title={t('save.errorsTitle')} role="alert" data-testid="calculation-invalid">
        <Text size="sm">{t('save.invalid')}</Text>
      </Alert>
    );
  }
  if (failure.kind === 'conflict') {
    const current = failure.currentVersion;
    return (
      <Alert color="orange" variant="light" title={t('save.conflictTitle')} role="alert" data-testid="calculation-conflict">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('save.conflictBody')}</Text>
          <Group gap="sm">
            {current !== null ? (
              <Button variant="filled" size="xs" onClick={() => onKeepMine(current)}>
                {t('save.keepMine')}
              </Button>
            ) : null}
            <Button variant="default" size="xs" onClick={onLoadSaved}>
              {t('save.reload')}
            </Button>
          </Group>
          <Text size="xs">{t('save.reloadHelp')}</Text>
        </Stack>
      </Alert>
    );
  }
  if (failure.kind === 'calculation-frozen' || failure.kind === 'forbidden') {
    const reason = failure.kind === 'calculation-frozen' ? 'CALCULATION_FROZEN' : failure.reason;
    return (
      <Alert color="red" variant="light" title={t('save.forbiddenTitle')} role="alert" data-testid="calculation-forbidden">
        <Text size="sm">{t(`forbidden.${reason}`)}</Text>
      </Alert>
    );
  }
  const { retryable, ...text } = failureText(common, failure);
  return <ErrorState {...text} {...(retryable ? { onRetry } : {})} />;
}
