import { Accordion, Alert, Badge, Button, Fieldset, Group, List, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { PlanField } from '@dp/domain/benefits';
import { useBenefitsTranslation } from './i18n';
import { fieldId, useLineName } from './lines-table';
import { followUpKey, planKey, tidyNumberInput, type DraftBenefit, type DraftPlan } from './sheet-model';

export interface RealisationPlanProps {
  benefits: readonly DraftBenefit[];
  /** what each benefit's plan lacks (missingPlanFields), by line id */
  gaps: Readonly<Record<string, readonly PlanField[]>>;
  readOnly: boolean;
  idPrefix: string;
  errorAt: (key: string) => string | undefined;
  onPlanChange: (lineId: string, patch: Partial<DraftPlan>, key: string) => void;
  onBlur: (key: string) => void;
  /** the open panels (line ids) */
  open: string[];
  onOpenChange: (open: string[]) => void;
}

type TextField = 'owner' | 'indicator' | 'unit' | 'baselineValue' | 'baselineDate' | 'targetValue' | 'targetDate';

/**
 * The nyttorealiseringsplan: one expandable panel per benefit with its owner, indicator, method,
 * baseline, target and follow-up dates, what is still missing, and the rule that it is needed before
 * the application can be marked as prepared.
 */
export function RealisationPlanPanels({ benefits, gaps, readOnly, idPrefix, errorAt, onPlanChange, onBlur, open, onOpenChange }: RealisationPlanProps) {
  const { t } = useBenefitsTranslation();
  const lineName = useLineName('benefits');
  const id = (key: string) => fieldId(idPrefix, key);
  const missingTotal = benefits.reduce((n, b) => n + (gaps[b.id]?.length ?? 0), 0);

  if (benefits.length === 0) {
    return (
      <Alert color="orange" variant="light" data-testid={`${idPrefix}-plan-summary`}>
        <Text size="sm">{t('plan.noBenefits')}</Text>
        <Text size="sm">{t('plan.required')}</Text>
      </Alert>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('plan.intro')}</Text>
      <Text size="sm" fw={600} data-testid={`${idPrefix}-plan-summary`}>
        {missingTotal === 0 ? t('plan.summaryComplete') : `${t('plan.summaryMissing', { count: missingTotal })} ${t('plan.required')}`}
      </Text>
      <Accordion multiple value={open} onChange={onOpenChange} variant="separated" order={5} chevronPosition="left">
        {benefits.map((benefit, index) => {
          const missing = gaps[benefit.id] ?? [];
          const name = lineName(benefit, index);
          const plan = benefit.plan;
          const text = (field: TextField, label: string, help?: string, numeric = false) => {
            const key = planKey(benefit.id, field);
            return (
              <TextInput
                id={id(key)}
                label={label}
                description={help}
                value={plan[field]}
                inputMode={numeric ? 'decimal' : undefined}
                autoComplete="off"
                error={errorAt(key)}
                onChange={(event) => onPlanChange(benefit.id, { [field]: event.currentTarget.value }, key)}
                onBlur={() => {
                  if (numeric) {
                    const tidy = tidyNumberInput(plan[field]);
                    if (tidy !== plan[field]) onPlanChange(benefit.id, { [field]: tidy }, key);
                  }
                  onBlur(key);
                }}
              />
            );
          };
          const methodKey = planKey(benefit.id, 'method');
          const followUpsKey = planKey(benefit.id, 'followUpDates');
          return (
            <Accordion.Item key={benefit.id} value={benefit.id} data-testid={`${idPrefix}-plan-${benefit.id}`}>
              <Accordion.Control>
                <Group gap="sm" wrap="wrap">
                  <span>{t('plan.panel', { line: name })}</span>
                  {missing.length === 0 ? (
                    <Badge color="green" variant="light">
                      {t('plan.complete')}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      {t('plan.missingCount', { count: missing.length })}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {missing.length > 0 ? (
                    <Alert color="orange" variant="light" data-testid="plan-missing">
                      <Text size="sm" fw={600}>
                        {t('plan.required')}
                      </Text>
                      <Text size="sm">{t('plan.missing')}</Text>
                      <List size="sm" spacing={2}>
                        {missing.map((field) => (
                          <List.Item key={field}>{t(`plan.fields.${field}`)}</List.Item>
                        ))}
                      </List>
                    </Alert>
                  ) : null}
                  {readOnly ? (
                    <PlanText plan={plan} />
                  ) : (
                    <>
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>
                        {text('owner', t('plan.owner'), t('plan.ownerHelp'))}
                        {text('indicator', t('plan.indicator'), t('plan.indicatorHelp'))}
                      </SimpleGrid>
                      <Textarea
                        id={id(methodKey)}
                        label={t('plan.method')}
                        description={t('plan.methodHelp')}
                        autosize
                        minRows={2}
                        maxRows={6}
                        value={plan.method}
                        error={errorAt(methodKey)}
                        onChange={(event) => onPlanChange(benefit.id, { method: event.currentTarget.value }, methodKey)}
                        onBlur={() => onBlur(methodKey)}
                      />
                      <SimpleGrid cols={{ base: 1, sm: 2 }}>{text('unit', t('plan.unit'), t('plan.unitHelp'))}</SimpleGrid>
                      <SimpleGrid cols={{ base: 1, md: 2 }}>
                        <Fieldset legend={t('plan.baseline')} variant="filled">
                          <SimpleGrid cols={{ base: 1, sm: 2 }}>
                            {text('baselineValue', t('plan.baselineValue'), t('plan.valueHelp'), true)}
                            {text('baselineDate', t('plan.baselineDate'), t('plan.dateHelp'))}
                          </SimpleGrid>
                        </Fieldset>
                        <Fieldset legend={t('plan.target')} variant="filled">
                          <SimpleGrid cols={{ base: 1, sm: 2 }}>
                            {text('targetValue', t('plan.targetValue'), t('plan.valueHelp'), true)}
                            {text('targetDate', t('plan.targetDate'), t('plan.dateHelp'))}
                          </SimpleGrid>
                        </Fieldset>
                      </SimpleGrid>
                      <Fieldset legend={t('plan.followUpDates')} variant="filled" id={id(followUpsKey)} tabIndex={-1}>
                        <Stack gap="xs">
                          {plan.followUpDates.length === 0 ? <Text size="sm">{t('plan.noFollowUps')}</Text> : null}
                          {plan.followUpDates.map((date, i) => {
                            const key = followUpKey(benefit.id, i);
                            return (
                              <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                                <TextInput
                                  id={id(key)}
                                  label={t('plan.followUpDate', { number: i + 1 })}
                                  description={t('plan.dateHelp')}
                                  value={date}
                                  autoComplete="off"
                                  error={errorAt(key)}
                                  onChange={(event) => {
                                    const value = event.currentTarget.value;
                                    onPlanChange(benefit.id, { followUpDates: plan.followUpDates.map((d, j) => (j === i ? value : d)) }, key);
                                  }}
                                  onBlur={() => onBlur(key)}
                                />
                                <Button
                                  variant="subtle"
                                  color="red"
                                  size="xs"
                                  mt={46}
                                  onClick={() => onPlanChange(benefit.id, { followUpDates: plan.followUpDates.filter((_, j) => j !== i) }, followUpsKey)}
                                >
                                  {t('plan.removeFollowUp', { number: i + 1 })}
                                </Button>
                              </Group>
                            );
                          })}
                          {errorAt(followUpsKey) ? (
                            <Text size="sm" c="var(--mantine-color-error)">
                              {errorAt(followUpsKey)}
                            </Text>
                          ) : null}
                          <Group>
                            <Button
                              variant="default"
                              size="xs"
                              onClick={() => onPlanChange(benefit.id, { followUpDates: [...plan.followUpDates, ''] }, followUpsKey)}
                            >
                              {t('plan.addFollowUp')}
                            </Button>
                          </Group>
                        </Stack>
                      </Fieldset>
                    </>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}

/** A plan as text, for those who may only read it. */
function PlanText({ plan }: { plan: DraftPlan }) {
  const { t } = useBenefitsTranslation();
  const withUnit = (value: string) => (value && plan.unit ? `${value} ${plan.unit}` : value);
  const rows: Array<[string, string]> = [
    [t('plan.owner'), plan.owner],
    [t('plan.indicator'), plan.indicator],
    [t('plan.method'), plan.method],
    [t('plan.baseline'), [withUnit(plan.baselineValue), plan.baselineDate].filter(Boolean).join(', ')],
    [t('plan.target'), [withUnit(plan.targetValue), plan.targetDate].filter(Boolean).join(', ')],
    [t('plan.followUpDates'), plan.followUpDates.join(', ')],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4} m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" fw={600}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {value || t('diff.none')}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
