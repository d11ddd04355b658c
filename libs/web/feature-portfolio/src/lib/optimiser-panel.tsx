import { Alert, Button, Checkbox, Group, List, Loader, NativeSelect, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import type { SelectionViolation } from '@dp/domain/prioritisation';
import { ScrollTable } from '@dp/web/ui';
import {
  compareBoardWithOptimum,
  type BoardItem,
  type BoardRound,
  type ConstraintUse,
  type OptimisationObjective,
  type OptimisationResult,
  type OptimiserSettings,
  type OrderingMode,
} from './board-model';
import { usePortfolioFormat, type PortfolioFormat } from './format';
import { usePortfolioTranslation } from './i18n';

/** A finished optimisation with the settings it ran with. */
export interface OptimisationRun {
  settings: OptimiserSettings;
  result: OptimisationResult;
  /** the settings (and forced rows) have changed since */
  stale: boolean;
}

export interface OptimiserPanelProps {
  round: BoardRound;
  items: readonly BoardItem[];
  /** the board's order and ordering, to compare with the optimum */
  order: readonly string[];
  mode: OrderingMode;
  settings: OptimiserSettings;
  onSettingsChange: (settings: OptimiserSettings) => void;
  forcedCounts: { in: number; out: number };
  onRun: () => void;
  running: boolean;
  /** why the last run failed, translated */
  error: string | null;
  run: OptimisationRun | null;
  /** the id of the panel's heading (the section is labelled by it) */
  headingId: string;
}

const OBJECTIVES: readonly OptimisationObjective[] = ['SCORE', 'NPV', 'BLEND'];

/**
 * Optimera: the objective, budget and constraints, the run (with progress), and its result: status,
 * value, the constraints' use, the explanation per initiative and how the board's ranking compares.
 */
export function OptimiserPanel({
  round,
  items,
  order,
  mode,
  settings,
  onSettingsChange,
  forcedCounts,
  onRun,
  running,
  error,
  run,
  headingId,
}: OptimiserPanelProps) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const set = (patch: Partial<OptimiserSettings>) => onSettingsChange({ ...settings, ...patch });
  const budgetInvalid = settings.budget === null;
  const noYearly = round.yearlyBudgets.length === 0;
  const noStaff = round.staffCapacity.length === 0;

  return (
    <Stack gap="md">
      <Title order={2} id={headingId}>
        {t('optimiser.title')}
      </Title>
      <Text maw={760}>{t('optimiser.intro')}</Text>
      <Group align="flex-start" gap="lg">
        <NativeSelect
          label={t('optimiser.objective')}
          value={settings.objective}
          onChange={(event) => set({ objective: event.currentTarget.value as OptimisationObjective })}
          data={OBJECTIVES.map((value) => ({ value, label: t(`optimiser.objectives.${value}`) }))}
          w={220}
        />
        {settings.objective === 'BLEND' ? (
          <NumberInput
            label={t('optimiser.blend')}
            value={settings.blendPercent}
            onChange={(value) => set({ blendPercent: typeof value === 'number' ? value : 50 })}
            min={0}
            max={100}
            step={5}
            clampBehavior="strict"
            allowDecimal={false}
            w={220}
          />
        ) : null}
        <NumberInput
          label={t('optimiser.budget')}
          description={t('optimiser.budgetHelp', { budget: format.money(round.budget) })}
          value={settings.budget ?? ''}
          onChange={(value) => set({ budget: typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null })}
          error={budgetInvalid ? t('optimiser.invalidBudget') : undefined}
          thousandSeparator=" "
          allowDecimal={false}
          allowNegative={false}
          min={0}
          w={280}
        />
      </Group>
      <Stack gap="xs">
        <Checkbox
          label={t('optimiser.useYearlyBudgets')}
          description={noYearly ? t('optimiser.noYearlyBudgets') : undefined}
          checked={settings.useYearlyBudgets}
          disabled={noYearly}
          onChange={(event) => set({ useYearlyBudgets: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('optimiser.useStaffCapacity')}
          description={noStaff ? t('optimiser.noStaffCapacity') : undefined}
          checked={settings.useStaffCapacity}
          disabled={noStaff}
          onChange={(event) => set({ useStaffCapacity: event.currentTarget.checked })}
        />
        <Checkbox
          label={t('optimiser.onlyEligible')}
          checked={settings.onlyEligible}
          onChange={(event) => set({ onlyEligible: event.currentTarget.checked })}
        />
      </Stack>
      <Text size="sm">{t('optimiser.forcedHelp', forcedCounts)}</Text>
      <Group>
        <Button onClick={onRun} disabled={budgetInvalid || items.length === 0} loading={running} loaderProps={{ 'aria-hidden': true }}>
          {t('optimiser.run')}
        </Button>
      </Group>
      <div role="status">
        {running ? (
          <Group gap="xs">
            <Loader size="sm" aria-hidden="true" />
            <Text>{t('optimiser.running')}</Text>
          </Group>
        ) : null}
      </div>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      {run && !running ? <OptimisationResultView run={run} round={round} items={items} order={order} mode={mode} /> : null}
    </Stack>
  );
}

/** A value under the objective in words: `612,4 poäng`, `12 345 678 kr i nettonuvärde`. */
function valueText(t: ReturnType<typeof usePortfolioTranslation>['t'], format: PortfolioFormat, objective: OptimisationObjective, value: number) {
  return t(`optimiser.values.${objective}`, { value: objective === 'NPV' ? format.money(value) : format.number(value) });
}

function OptimisationResultView({ run, round, items, order, mode }: { run: OptimisationRun; round: BoardRound; items: readonly BoardItem[]; order: readonly string[]; mode: OrderingMode }) {
  const { t, i18n } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const { result, settings } = run;
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const titleOf = (id: string) => byId.get(id)?.title ?? id;
  const selectedAmount = result.selected.reduce((sum, id) => sum + (byId.get(id)?.requestedAmount ?? 0), 0);
  const compared = useMemo(() => compareBoardWithOptimum(order, items, round, settings, result), [order, items, round, settings, result]);
  const statusText =
    result.status === 'FEASIBLE' ? t('optimiser.status.FEASIBLE', { gap: format.gap(result.gap ?? 0) }) : t(`optimiser.status.${result.status}`);
  const modeName = t(`ordering.modes.${mode}`).toLocaleLowerCase(i18n.language);
  const explanations = [...result.explanations].sort((a, b) => order.indexOf(a.initiativeId) - order.indexOf(b.initiativeId));
  const explanationsCaption = useId();
  const violationText = (v: SelectionViolation): string => {
    switch (v.code) {
      case 'CAPACITY_EXCEEDED': {
        const constraint = result.constraints[v.constraintIndex];
        return t('compare.exceeded', { constraint: constraint?.label ?? v.constraintName, excess: constraint ? constraintAmount(format, constraint, v.excess) : format.number(v.excess) });
      }
      case 'FORCED_OUT_SELECTED':
        return t('compare.forcedOutSelected', { title: titleOf(v.itemId) });
      case 'FORCED_IN_MISSING':
        return t('compare.forcedInMissing', { title: titleOf(v.itemId) });
      default:
        return t('compare.infeasible');
    }
  };

  return (
    <Stack gap="md" data-testid="optimisation-result">
      <Title order={3}>{t('optimiser.result')}</Title>
      {run.stale ? (
        <Alert color="orange" variant="light">
          {t('optimiser.stale')}
        </Alert>
      ) : null}
      <Stack gap={4}>
        <Text fw={700} size="lg" data-testid="optimisation-status">
          {statusText}
        </Text>
        {result.status === 'INFEASIBLE' && result.conflicts.length > 0 ? (
          <>
            <Text>{t('optimiser.conflicts')}</Text>
            <List>
              {result.conflicts.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {result.objective !== null && result.status !== 'INFEASIBLE' ? (
          <Text>
            {t('optimiser.objectiveValue', { value: valueText(t, format, settings.objective, result.objective) })}{' '}
            {t('optimiser.selectedSummary', { count: result.selected.length, amount: format.money(selectedAmount) })}
          </Text>
        ) : null}
        <Text size="sm">{t('optimiser.seconds', { seconds: format.number(result.seconds) })}</Text>
      </Stack>

      {compared ? (
        <Stack gap="xs" data-testid="optimum-comparison">
          <Title order={3}>{t('compare.title')}</Title>
          <Text fw={700}>
            {compared.comparison.share === null
              ? t('compare.noShare')
              : mode === 'MANUAL'
                ? t('compare.manual', { share: format.percent(compared.comparison.share) })
                : t('compare.ranked', { mode: modeName, share: format.percent(compared.comparison.share) })}
          </Text>
          <Text size="sm">{t('compare.rule')}</Text>
          {compared.skipped.length > 0 ? <Text size="sm">{t('compare.skipped', { titles: compared.skipped.map(titleOf).join(', ') })}</Text> : null}
          {compared.breakId && compared.breakConstraint ? (
            <Text size="sm">{t('compare.breaksAt', { title: titleOf(compared.breakId), constraint: compared.breakConstraint })}</Text>
          ) : null}
          <Text size="sm">
            {t('compare.values', {
              manual: valueText(t, format, settings.objective, compared.comparison.manual.objective),
              optimum: valueText(t, format, settings.objective, compared.comparison.achievableValue),
            })}
          </Text>
          {!compared.comparison.manual.feasible ? (
            <Stack gap={2}>
              <Text size="sm">{t('compare.infeasible')}</Text>
              <List size="sm">
                {compared.comparison.manual.violations.map((v, k) => (
                  <List.Item key={k}>{violationText(v)}</List.Item>
                ))}
              </List>
            </Stack>
          ) : null}
          {compared.comparison.onlyOptimised.length === 0 && compared.comparison.onlyManual.length === 0 ? (
            <Text size="sm">{t('compare.same')}</Text>
          ) : (
            <Group align="flex-start" gap="xl">
              <DifferenceList title={t('compare.onlyOptimised')} titles={compared.comparison.onlyOptimised.map(titleOf)} />
              <DifferenceList title={t('compare.onlyManual')} titles={compared.comparison.onlyManual.map(titleOf)} />
            </Group>
          )}
        </Stack>
      ) : null}

      {result.constraints.length > 0 ? <ConstraintsTable constraints={result.constraints} /> : null}

      {explanations.length > 0 ? (
        <ScrollTable minWidth={760} labelledBy={explanationsCaption}>
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption id={explanationsCaption} style={{ textAlign: 'start', fontWeight: 700, color: 'var(--mantine-color-text)' }}>
              {t('optimiser.explanations.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('optimiser.explanations.initiative')}</Table.Th>
                <Table.Th scope="col">{t('optimiser.explanations.decision')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('optimiser.explanations.value')}
                </Table.Th>
                <Table.Th scope="col">{t('optimiser.explanations.text')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {explanations.map((e) => (
                <Table.Tr key={e.initiativeId} data-testid="explanation-row">
                  <Table.Th scope="row" fw={400}>
                    {titleOf(e.initiativeId)}
                  </Table.Th>
                  <Table.Td>{t(`optimiser.decisions.${e.decision}`)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {settings.objective === 'NPV' ? format.money(e.value) : format.number(e.value)}
                  </Table.Td>
                  <Table.Td>{e.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Stack>
  );
}

/** An amount of a constraint: staff hours (`1 400 h`) or kronor. */
function constraintAmount(format: PortfolioFormat, c: ConstraintUse, value: number): string {
  return c.key.startsWith('staff') ? `${format.number(value)}\u00a0h` : format.money(value);
}

function DifferenceList({ title, titles }: { title: string; titles: readonly string[] }) {
  return (
    <Stack gap={4} maw={420}>
      <Text size="sm" fw={700}>
        {title}
      </Text>
      {titles.length === 0 ? (
        <Text size="sm">–</Text>
      ) : (
        <List size="sm">
          {titles.map((name) => (
            <List.Item key={name}>{name}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function ConstraintsTable({ constraints }: { constraints: readonly ConstraintUse[] }) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const captionId = useId();
  const amount = (c: ConstraintUse, value: number) => constraintAmount(format, c, value);
  return (
    <ScrollTable minWidth={620} labelledBy={captionId}>
      <Table captionSide="top" verticalSpacing="xs" maw={860}>
        <Table.Caption id={captionId} style={{ textAlign: 'start', fontWeight: 700, color: 'var(--mantine-color-text)' }}>
          {t('optimiser.constraints.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('optimiser.constraints.name')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('optimiser.constraints.capacity')}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('optimiser.constraints.used')}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('optimiser.constraints.slack')}
            </Table.Th>
            <Table.Th scope="col">{t('optimiser.constraints.binding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {constraints.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row" fw={400}>
                {c.label}
              </Table.Th>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{amount(c, c.capacity)}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{amount(c, c.used)}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{amount(c, c.slack)}</Table.Td>
              <Table.Td>{c.binding ? t('optimiser.constraints.yes') : t('optimiser.constraints.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
