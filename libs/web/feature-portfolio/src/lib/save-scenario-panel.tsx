import { Alert, Anchor, Button, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ScenarioDraft, ScenarioSource } from './board-model';
import { usePortfolioFormat } from './format';
import { usePortfolioTranslation } from './i18n';
import { PORTFOLIO_PATHS } from './paths';

/** What the server answered for a saved scenario. */
export interface SavedScenarioResult {
  id: string;
  name: string;
  result: { selected: readonly string[]; totalCost: number; shareOfOptimum: number | null };
}

/** Why saving failed, in the terms the form reacts to. */
export type SaveScenarioFailure =
  | { kind: 'validation'; fields: { field: string; reason: string }[] }
  | { kind: 'forbidden' | 'conflict' | 'not-found' | 'network' | 'unknown' };

export type SaveScenarioOutcome = { ok: true; scenario: SavedScenarioResult } | { ok: false; failure: SaveScenarioFailure };

export interface SaveScenarioPanelProps {
  roundId: string;
  /** the board's ordering in words (Manuell, Viktad poäng …) */
  modeLabel: string;
  mayEdit: boolean;
  onSave: (draft: ScenarioDraft) => Promise<SaveScenarioOutcome>;
  headingId: string;
}

const KNOWN_REASONS = ['REQUIRED', 'TOO_LONG'];

/**
 * Spara som scenario: a name and a description, and whether the board's ranking or the optimised
 * selection is saved. What the user typed stays when saving fails; the saved scenario's result (its
 * share of the optimum) is shown when it succeeds.
 */
export function SaveScenarioPanel({ roundId, modeLabel, mayEdit, onSave, headingId }: SaveScenarioPanelProps) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const [draft, setDraft] = useState<ScenarioDraft>({ name: '', description: '', source: 'BOARD' });
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavedScenarioResult | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  if (!mayEdit) {
    return (
      <Stack gap="xs">
        <Title order={2} id={headingId}>
          {t('save.title')}
        </Title>
        <Text>{t('save.readOnly')}</Text>
      </Stack>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    if (draft.name.trim() === '') {
      setNameError(t('save.errors.REQUIRED'));
      nameRef.current?.focus();
      return;
    }
    setNameError(null);
    setSaving(true);
    const outcome = await onSave(draft);
    setSaving(false);
    if (outcome.ok) {
      setSaved(outcome.scenario);
      setDraft((d) => ({ ...d, name: '', description: '' }));
      return;
    }
    const f = outcome.failure;
    if (f.kind === 'validation') {
      const name = f.fields.find((x) => x.field === 'name');
      if (name) {
        setNameError(t(`save.errors.${KNOWN_REASONS.includes(name.reason) ? name.reason : 'INVALID'}`));
        nameRef.current?.focus();
      }
      const other = f.fields.find((x) => x.field !== 'name');
      setFailure(other ? t('save.errors.settings', { field: other.field }) : t('save.errors.validation'));
      return;
    }
    setFailure(t(f.kind === 'not-found' ? 'save.errors.notFound' : `save.errors.${f.kind}`));
  };

  return (
    <form onSubmit={submit} noValidate style={{ maxWidth: 640 }}>
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {t('save.title')}
        </Title>
        <Text>{t('save.intro')}</Text>
        <TextInput
          ref={nameRef}
          label={t('save.name')}
          required
          value={draft.name}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setDraft((d) => ({ ...d, name }));
          }}
          error={nameError}
        />
        <Textarea
          label={t('save.description')}
          autosize
          minRows={2}
          value={draft.description}
          onChange={(event) => {
            const description = event.currentTarget.value;
            setDraft((d) => ({ ...d, description }));
          }}
        />
        <Radio.Group label={t('save.what')} value={draft.source} onChange={(value) => setDraft((d) => ({ ...d, source: value as ScenarioSource }))}>
          <Stack gap="xs" mt="xs">
            <Radio value="BOARD" label={t('save.whatBoard', { mode: modeLabel })} />
            <Radio value="OPTIMISED" label={t('save.whatOptimised')} />
          </Stack>
        </Radio.Group>
        <div>
          <Button type="submit" loading={saving} loaderProps={{ 'aria-hidden': true }}>
            {t('save.submit')}
          </Button>
        </div>
        <div role="status">
          {saving ? <Text size="sm">{t('save.saving')}</Text> : null}
          {saved ? (
            <Alert color="green" variant="light" title={t('save.saved', { name: saved.name })} data-testid="scenario-saved">
              <Stack gap={4}>
                <Text size="sm">{t('save.result', { count: saved.result.selected.length, amount: format.money(saved.result.totalCost) })}</Text>
                {saved.result.shareOfOptimum !== null ? <Text size="sm">{t('save.share', { share: format.percent(saved.result.shareOfOptimum) })}</Text> : null}
                <Anchor component={Link} to={PORTFOLIO_PATHS.scenarios(roundId)} size="sm">
                  {t('save.openScenarios')}
                </Anchor>
              </Stack>
            </Alert>
          ) : null}
        </div>
        {failure ? (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
