import { Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useMutation, useQuery } from 'urql';
import type { ParameterSettings } from '@dp/domain/benefits';
import { useCurrentUser, useRoundFromAddress, type CalculationParameterRoundsQuery } from '@dp/web/data-access';
import { ErrorState, LoadingState, Page, numberLocaleFor, ReloadConflictAlert, reloadConflictTexts, useNotify } from '@dp/web/ui';
import { readAccountFailure, type AccountFailure, type AccountFieldFailure } from './account-errors';
import { mayEditCalculationParameters } from './access';
import {
  PARAMETER_UNITS,
  hourlyCostOf,
  isParameterField,
  limitsInFormUnits,
  parameterFormResolver,
  parseParameter,
  relocaliseFormValues,
  toParameterFormValues,
  type ParameterField,
  type ParameterFormValues,
} from './calculation-parameters-model';
import { useAdminTranslation } from './i18n';
import { CalculationParameterRoundsQuery as RoundsQuery, UpdateCalculationParametersMutation } from './operations';
import { FormSaveError, NotAllowedPage } from './shared';

type Round = CalculationParameterRoundsQuery['fundRounds'][number];

/**
 * Kalkylparametrar (the portfolio office and administrators): a fund round's kalkylperiod, kalkylränta,
 * påslag för optimism and the hourly-cost defaults, with the resulting timkostnad live. Saving sends the
 * version the form was opened on; the API then recalculates every calculation of the round that no
 * decision has frozen. Anybody else is told why there is nothing.
 */
export function CalculationParametersPage() {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  const title = t('parameters.title');
  if (!mayEditCalculationParameters(actor)) return <NotAllowedPage title={title} message={t('notAllowed.calculationParameters')} />;
  return <CalculationParameters title={title} />;
}

function CalculationParameters({ title }: { title: string }) {
  const { t } = useAdminTranslation();
  // another analyst may have changed the parameters meanwhile: show the cached ones at once, then the latest
  const [result, reexecute] = useQuery({ query: RoundsQuery, requestPolicy: 'cache-and-network' });
  const rounds = useMemo(() => result.data?.fundRounds ?? [], [result.data]);
  const { round, selectRound } = useRoundFromAddress(rounds);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  let content;
  if (result.error && !result.data) {
    content = <ErrorState onRetry={reload} />;
  } else if (!result.data) {
    content = <LoadingState label={t('parameters.loading')} />;
  } else if (!round) {
    content = <Text>{t('parameters.noRounds')}</Text>;
  } else {
    content = (
      <>
        <Select
          label={t('parameters.fundRound')}
          data={rounds.map((r) => ({
            value: r.id,
            label: t('parameters.fundRoundOption', { name: r.name, status: t(`translation:fundRoundStatus.${r.status}`) }),
          }))}
          value={round.id}
          onChange={selectRound}
          allowDeselect={false}
          maw={420}
        />
        <ParametersForm key={round.id} round={round} reload={reload} />
      </>
    );
  }

  return (
    <Page title={title}>
      <Text maw={760}>{t('parameters.intro')}</Text>
      {content}
    </Page>
  );
}

/** Numbers in the UI language: `10 000 000`, `3,5`. */
function useNumberFormat() {
  const { i18n } = useAdminTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 10 });
    const kronor = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return {
      locale,
      number: (value: number) => plain.format(value),
      /** kronor with öre, for the hourly cost: `379,58 kr` */
      kronorWithOre: (value: number) => `${kronor.format(value)}\u00a0kr`,
    };
  }, [locale]);
}

/** Translates a validation code at a field, with the field's limits in the form's units. */
function useParameterMessage(): (code: string, field: string) => string {
  const { t } = useAdminTranslation();
  const format = useNumberFormat();
  return (code, field) => {
    const limits = isParameterField(field) ? limitsInFormUnits(field) : null;
    return t([`parameters.errors.${field}.${code}`, `parameters.errors.${code}`, 'parameters.errors.INVALID'], {
      ...(limits ? { min: format.number(limits.min), max: format.number(limits.max) } : {}),
    });
  };
}

const UNIT_SUFFIX: Record<ParameterField, string | null> = {
  horizonYears: null,
  discountRate: '%',
  optimismBias: '%',
  hoursPerMonth: null,
  overhead: '%',
  defaultMonthlySalary: 'kr',
};

interface ParametersFormProps {
  /** the latest version known to the client (it changes after a reload) */
  round: Round;
  reload: () => void;
}

function ParametersForm({ round, reload }: ParametersFormProps) {
  const { t } = useAdminTranslation();
  const notify = useNotify();
  const format = useNumberFormat();
  const message = useParameterMessage();
  const hourlyCostLabelId = useId();
  const [, update] = useMutation(UpdateCalculationParametersMutation);
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  /** the version this form's values are based on; after a conflict the user chooses to move to the latest */
  const [baseVersion, setBaseVersion] = useState(round.version);
  const [reloadRequested, setReloadRequested] = useState(false);

  const resolver = useMemo(() => parameterFormResolver(format.locale), [format.locale]);
  const form = useForm<ParameterFormValues, unknown, ParameterSettings>({
    defaultValues: toParameterFormValues(round.calculationParameters, format.locale),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  // a language switch changes how numbers are written: rewrite what was typed so it keeps its meaning
  const shownLocale = useRef(format.locale);
  useEffect(() => {
    if (shownLocale.current === format.locale) return;
    const from = shownLocale.current;
    shownLocale.current = format.locale;
    const current = form.getValues();
    const next = relocaliseFormValues(current, from, format.locale);
    for (const field of Object.keys(next) as ParameterField[]) {
      if (next[field] !== current[field]) form.setValue(field, next[field], { shouldDirty: true });
    }
  }, [format.locale, form]);
  const [salary, hoursPerMonth, overhead, horizon] = useWatch({ control, name: ['defaultMonthlySalary', 'hoursPerMonth', 'overhead', 'horizonYears'] });
  const hourlyCost = hourlyCostOf({ defaultMonthlySalary: salary, hoursPerMonth, overhead }, format.locale);
  const baseYear = round.calculationParameters.baseYear;
  const horizonYears = parseParameter('horizonYears', horizon, format.locale);
  const horizonLimits = limitsInFormUnits('horizonYears');
  const horizonValid =
    horizonYears.ok && Number.isInteger(horizonYears.value) && horizonYears.value >= horizonLimits.min && horizonYears.value <= horizonLimits.max;

  const save = async (values: ParameterSettings) => {
    setFailure(null);
    setUnplaced([]);
    const result = await update({ fundRoundId: round.id, version: baseVersion, input: values });
    const updated = result.data?.updateCalculationParameters;
    if (updated && !result.error) {
      setBaseVersion(updated.version);
      form.reset(toParameterFormValues(updated.calculationParameters, format.locale));
      notify({ message: t('parameters.saved', { round: round.name }) });
      return;
    }
    const f = readAccountFailure(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    setReloadRequested(false);
    if (f.kind === 'validation') {
      const rest: AccountFieldFailure[] = [];
      let focus = true;
      for (const e of f.fields) {
        if (isParameterField(e.field)) {
          form.setError(e.field, { type: 'server', message: e.reason }, { shouldFocus: focus });
          focus = false;
        } else {
          rest.push(e);
        }
      }
      setUnplaced(rest);
    }
  };

  const errorText = (field: ParameterField, error: FieldError | undefined) => (error?.message ? message(error.message, field) : undefined);

  const input = (field: ParameterField, description: string) => {
    const unit = PARAMETER_UNITS[field];
    const suffix = UNIT_SUFFIX[field];
    return (
      <TextInput
        label={t(`parameters.${field}`)}
        description={description}
        required
        autoComplete="off"
        inputMode={unit === 'kronor' || field === 'horizonYears' ? 'numeric' : 'decimal'}
        error={errorText(field, errors[field])}
        rightSection={suffix}
        rightSectionProps={{ 'aria-hidden': true }}
        rightSectionPointerEvents="none"
        // a short box for a short number; the label and help text keep the form's width
        styles={{ wrapper: { maxWidth: unit === 'kronor' ? 260 : 220 } }}
        {...register(field)}
      />
    );
  };

  const conflict = failure?.kind === 'conflict';
  // the latest version has arrived once the cached round is newer than the one the form was based on
  const latestLoaded = conflict && reloadRequested && round.version > baseVersion;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form noValidate onSubmit={handleSubmit(save)} aria-describedby="parameters-form-required">
      <Stack gap="lg" maw={760}>
        <Text id="parameters-form-required" size="sm" c="dimmed">
          {t('parameters.requiredNote')}
        </Text>

        <Fieldset legend={t('parameters.presentValue')}>
          <Stack gap="md">
            <TextInput
              label={t('parameters.baseYear')}
              description={t('parameters.baseYearHelp')}
              value={String(baseYear)}
              readOnly
              variant="filled"
              styles={{ wrapper: { maxWidth: 220 } }}
            />
            {input(
              'horizonYears',
              horizonValid
                ? t('parameters.horizonYearsHelp', { min: horizonLimits.min, max: horizonLimits.max, from: baseYear, to: baseYear + horizonYears.value })
                : t('parameters.horizonYearsHelpShort', { min: horizonLimits.min, max: horizonLimits.max }),
            )}
            {input('discountRate', t('parameters.discountRateHelp'))}
            {input('optimismBias', t('parameters.optimismBiasHelp'))}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('parameters.timeValue')}>
          <Stack gap="md">
            {input('defaultMonthlySalary', t('parameters.defaultMonthlySalaryHelp'))}
            {input('hoursPerMonth', t('parameters.hoursPerMonthHelp'))}
            {input('overhead', t('parameters.overheadHelp'))}
            <Stack gap={2}>
              <Text fw={600} size="sm" id={hourlyCostLabelId}>
                {t('parameters.hourlyCost')}
              </Text>
              <Text component="output" aria-labelledby={hourlyCostLabelId} aria-live="polite" fw={hourlyCost === null ? undefined : 700} data-testid="hourly-cost">
                {hourlyCost === null ? t('parameters.hourlyCostMissing') : t('parameters.hourlyCostValue', { cost: format.kronorWithOre(hourlyCost) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('parameters.hourlyCostFormula')}
              </Text>
            </Stack>
          </Stack>
        </Fieldset>

        {/* a standing note, not an alert (Mantine's Alert would announce it as one) */}
        <Alert color="blue" variant="light" title={t('parameters.recalculationTitle')} role="note" data-testid="recalculation-note">
          <Text size="sm">{t('parameters.recalculation')}</Text>
        </Alert>

        {conflict ? (
          <ReloadConflictAlert
            texts={reloadConflictTexts(t, 'parameters.conflict')}
            data-testid="parameters-conflict"
            reloadRequested={reloadRequested}
            latestLoaded={latestLoaded}
            onReload={() => {
              setReloadRequested(true);
              reload();
            }}
            onKeepMine={() => {
              // keep the typed values: the next save replaces the latest version knowingly
              setBaseVersion(round.version);
              setFailure(null);
            }}
            onUseLatest={() => {
              setBaseVersion(round.version);
              form.reset(toParameterFormValues(round.calculationParameters, format.locale));
              setFailure(null);
            }}
          />
        ) : null}

        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('parameters.invalid')}
          </Alert>
        ) : null}
        <FormSaveError prefix="parameters" failure={failure} unplaced={unplaced} message={message} onRetry={() => void handleSubmit(save)()} />

        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('parameters.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

