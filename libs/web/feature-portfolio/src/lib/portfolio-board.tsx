import { Group, NumberInput, Radio, Select, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useId, useMemo, useState } from 'react';
import {
  ORDERING_MODES,
  blendWeightOf,
  boardBudgetLine,
  chooseMode,
  defaultOptimiserSettings,
  isOrderingMode,
  moveInOrder,
  orderOf,
  scenarioInput,
  scenarioOntoBoard,
  settingsInput,
  type BoardItem,
  type BoardRound,
  type Forced,
  type OptimisationResult,
  type OptimiserSettings,
  type Ordering,
  type SavedScenarioShape,
  type ScenarioDraft,
  type ScenarioInputShape,
  type SettingsInput,
} from './board-model';
import { BudgetYears } from './budget-years';
import { usePortfolioFormat } from './format';
import { usePortfolioTranslation } from './i18n';
import { OptimiserPanel, type OptimisationRun } from './optimiser-panel';
import { RankingTable } from './ranking-table';
import { SaveScenarioPanel, type SaveScenarioOutcome } from './save-scenario-panel';

/** What running the optimiser gave: a result, or why there is none (`forbidden`, or anything else). */
export type OptimiseOutcome = { ok: true; result: OptimisationResult } | { ok: false; reason: 'forbidden' | 'error' };

export interface BoardScenario extends SavedScenarioShape {
  proposed: boolean;
}

export interface PortfolioBoardProps {
  round: BoardRound;
  items: readonly BoardItem[];
  /** the round's saved scenarios, newest first */
  scenarios: readonly BoardScenario[];
  /** may save scenarios (the portfolio office and the management group) */
  mayEdit: boolean;
  onOptimise: (settings: SettingsInput) => Promise<OptimiseOutcome>;
  onSave: (input: ScenarioInputShape) => Promise<SaveScenarioOutcome>;
}

interface RunState {
  settings: OptimiserSettings;
  /** the input sent, to tell whether the settings changed since */
  input: string;
  result: OptimisationResult;
}

/**
 * The ranking board of a round: the ordering (manual, or by weighted score, NPV, NPV per krona or a
 * blend), the sortable table with the budget line, the yearly budgets, Optimera and Spara som scenario.
 * Order changes are announced in a polite live region (dnd-kit announces the drag steps itself).
 */
export function PortfolioBoard({ round, items, scenarios, mayEdit, onOptimise, onSave }: PortfolioBoardProps) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const rankingHeading = useId();
  const optimiserHeading = useId();
  const saveHeading = useId();

  const [ordering, setOrdering] = useState<Ordering>({ mode: 'SCORE', blendPercent: 50, manual: [] });
  const [settings, setSettings] = useState<OptimiserSettings>(() => defaultOptimiserSettings(round));
  const [forced, setForced] = useState<Record<string, Forced>>({});
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [run, setRun] = useState<RunState | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const [loadedScenario, setLoadedScenario] = useState<string | null>(null);

  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, count: a.count + 1 })), []);

  const order = useMemo(() => orderOf(items, ordering), [items, ordering]);
  const line = useMemo(
    () => boardBudgetLine(order, items, { budget: settings.budget ?? round.budget, yearlyBudgets: settings.useYearlyBudgets ? round.yearlyBudgets : null }),
    [order, items, settings.budget, settings.useYearlyBudgets, round],
  );
  const modeLabel = t(`ordering.modes.${ordering.mode}`);
  const total = items.reduce((sum, i) => sum + i.requestedAmount, 0);
  const currentInput = settingsInput(settings, forced, order);
  const inputKey = JSON.stringify({ ...currentInput, forcedIn: [...currentInput.forcedIn].sort(), forcedOut: [...currentInput.forcedOut].sort() });
  const optimisationRun: OptimisationRun | null = run ? { settings: run.settings, result: run.result, stale: run.input !== inputKey } : null;
  const optimalSelection = useMemo(() => (run && run.result.status !== 'INFEASIBLE' ? new Set(run.result.selected) : null), [run]);
  const anyNotEligible = items.some((i) => i.eligibility === 'NOT_ELIGIBLE');

  const changeMode = (value: string) => {
    if (!isOrderingMode(value)) return;
    setOrdering((o) => chooseMode(items, o, value));
    setLoadedScenario(null);
    announce(value === 'MANUAL' ? t('ordering.announceManual') : t('ordering.announceMode', { mode: t(`ordering.modes.${value}`).toLocaleLowerCase() }));
  };

  const move = (from: number, to: number) => {
    setOrdering((o) => ({ ...o, mode: 'MANUAL', manual: moveInOrder(orderOf(items, o), from, to) }));
  };

  const optimise = async () => {
    const input = settingsInput(settings, forced, order);
    const snapshot = { settings, input: inputKey };
    setRunning(true);
    setRunError(null);
    const outcome = await onOptimise(input);
    setRunning(false);
    if (outcome.ok) {
      setRun({ ...snapshot, result: outcome.result });
      const status =
        outcome.result.status === 'FEASIBLE'
          ? t('optimiser.status.FEASIBLE', { gap: format.gap(outcome.result.gap ?? 0) })
          : t(`optimiser.status.${outcome.result.status}`);
      announce(status);
    } else {
      setRunError(outcome.reason === 'forbidden' ? t('optimiser.forbidden') : t('optimiser.error'));
    }
  };

  const save = (draft: ScenarioDraft) => onSave(scenarioInput(round.id, draft, ordering, order, settings, forced));

  const loadScenario = (id: string | null) => {
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) return;
    const next = scenarioOntoBoard(scenario, round, ordering, settings);
    setOrdering(next.ordering);
    setSettings(next.settings);
    setForced(next.forced);
    setLoadedScenario(scenario.id);
    announce(t('load.loaded', { name: scenario.name }));
  };

  return (
    <Stack gap="xl">
      <VisuallyHidden role="status" aria-live="polite" data-testid="board-announcement">
        {announcement.text}
        {announcement.count % 2 === 1 ? '\u200b' : ''}
      </VisuallyHidden>
      <Text>{t('board.summary', { count: items.length, budget: format.money(round.budget), total: format.money(total) })}</Text>

      <section aria-labelledby={rankingHeading}>
        <Stack gap="md">
          <Title order={2} id={rankingHeading}>
            {t('board.rankingHeading')}
          </Title>
          <Group align="flex-end" gap="lg">
            <Radio.Group label={t('ordering.label')} value={ordering.mode} onChange={changeMode}>
              <Group gap="md" mt="xs">
                {ORDERING_MODES.map((mode) => (
                  <Radio key={mode} value={mode} label={t(`ordering.modes.${mode}`)} />
                ))}
              </Group>
            </Radio.Group>
            {ordering.mode === 'BLEND' ? (
              <NumberInput
                label={t('ordering.blend')}
                description={t('ordering.blendHelp')}
                value={ordering.blendPercent}
                onChange={(value) => setOrdering((o) => ({ ...o, blendPercent: typeof value === 'number' ? blendWeightOf(value) * 100 : 50 }))}
                min={0}
                max={100}
                step={5}
                allowDecimal={false}
                clampBehavior="strict"
                w={280}
              />
            ) : null}
          </Group>
          {scenarios.length > 0 ? (
            <Select
              label={t('load.label')}
              placeholder={t('load.placeholder')}
              data={scenarios.map((s) => ({
                value: s.id,
                label: t(s.proposed ? 'load.proposal' : 'load.option', { name: s.name, kind: t(`load.kinds.${s.kind}`) }),
              }))}
              value={loadedScenario}
              onChange={loadScenario}
              maw={480}
            />
          ) : null}
          <Text size="sm" maw={860}>
            {ordering.mode === 'MANUAL' ? t('ordering.manualHelp') : t('ordering.keyHelp', { mode: modeLabel.toLocaleLowerCase() })}
          </Text>
          {items.length === 0 ? (
            <Text>{t('board.empty')}</Text>
          ) : (
            <>
              <BudgetYears line={line} />
              <RankingTable
                items={items}
                order={order}
                line={line}
                yearlyBudgets={settings.useYearlyBudgets ? round.yearlyBudgets : []}
                modeLabel={modeLabel}
                onMove={move}
                announce={announce}
                forced={forced}
                onForcedChange={(id, value) => setForced((f) => ({ ...f, [id]: value }))}
                optimalSelection={optimalSelection}
              />
              {anyNotEligible ? <Text size="sm">{t('eligibility.note')}</Text> : null}
            </>
          )}
        </Stack>
      </section>

      <section aria-labelledby={optimiserHeading}>
        <OptimiserPanel
          round={round}
          items={items}
          order={order}
          mode={ordering.mode}
          settings={settings}
          onSettingsChange={setSettings}
          forcedCounts={{ in: currentInput.forcedIn.length, out: currentInput.forcedOut.length }}
          onRun={() => void optimise()}
          running={running}
          error={runError}
          run={optimisationRun}
          headingId={optimiserHeading}
        />
      </section>

      <section aria-labelledby={saveHeading}>
        <SaveScenarioPanel roundId={round.id} modeLabel={modeLabel} mayEdit={mayEdit} onSave={save} headingId={saveHeading} />
      </section>
    </Stack>
  );
}
