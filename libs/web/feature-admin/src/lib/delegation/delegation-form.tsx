import { Alert, Button, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { DELEGATION_LIMITS } from '@dp/domain/decisions';
import { ReloadConflictAlert, reloadConflictTexts, ScrollTable, useNotify } from '@dp/web/ui';
import { useCriteriaFormat } from '../criteria-format';
import { useAdminTranslation } from '../i18n';
import { FormSaveError } from '../shared';
import { useVersionedForm } from '../versioned-form';
import {
  RULES_FIELD,
  buildDelegationInput,
  delegationRows,
  delegationSteps,
  emptyRow,
  outOfRangeKind,
  placeDelegationField,
  relocaliseDelegationRows,
  rowField,
  sameRows,
  type DelegationRow,
  type DelegationRuleData,
  type RowField,
} from './delegation-model';
import { UpdateDelegationMutation } from './operations';

export interface DelegationRound {
  id: string;
  name: string;
  version: number;
  delegation: readonly DelegationRuleData[];
}

export interface DelegationFormProps {
  round: DelegationRound;
  reload: () => void;
  /** administrators change the order; anybody else on the page reads it */
  mayEdit: boolean;
}

/** Translates a code at a field of the delegation form, with the rows as they stand for OUT_OF_RANGE. */
function useDelegationMessage(rows: readonly DelegationRow[]): (code: string, field: string) => string {
  const { t } = useAdminTranslation();
  return (code, field) => {
    const [name, index] = field.split('.');
    let key = code;
    if (code === 'OUT_OF_RANGE' && name === 'upTo' && index !== undefined) key = outOfRangeKind(rows, Number(index));
    const max = name === 'signatory' ? DELEGATION_LIMITS.signatoryMax : name === 'label' ? DELEGATION_LIMITS.labelMax : DELEGATION_LIMITS.rulesMax;
    return t([`delegation.errors.${key}`, `delegation.errors.${code}`, 'delegation.errors.INVALID'], { max });
  };
}

/** The steps of a valid order, as a reader checks them: "Upp till och med 500 000 kr: Digitaliseringschef". */
function DelegationSteps({ rules }: { rules: readonly DelegationRuleData[] | null }) {
  const { t } = useAdminTranslation();
  const format = useCriteriaFormat();
  const headingId = useId();
  return (
    <Stack gap={4} data-testid="delegation-steps" aria-labelledby={headingId} component="section">
      <Title order={3} id={headingId}>
        {t('delegation.stepsHeading')}
      </Title>
      {rules === null ? (
        <Text size="sm">{t('delegation.stepsInvalid')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {delegationSteps(rules).map((step, i) => (
            <List.Item key={i}>
              {t(`delegation.steps.${step.kind}`, {
                label: step.label,
                from: step.from === null ? '' : format.money(step.from),
                upTo: step.upTo === null ? '' : format.money(step.upTo),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The caption and the column headers of the order's table; the form's has a column for removing a level. */
function DelegationTableHead({ captionId, withActions = false }: { captionId: string; withActions?: boolean }) {
  const { t } = useAdminTranslation();
  return (
    <>
      <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
        {t('delegation.caption')}
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('delegation.columns.level')}</Table.Th>
          <Table.Th scope="col">{t('delegation.columns.upTo')}</Table.Th>
          <Table.Th scope="col">{t('delegation.columns.signatory')}</Table.Th>
          <Table.Th scope="col">{t('delegation.columns.label')}</Table.Th>
          {withActions ? <Table.Th scope="col">{t('delegation.columns.actions')}</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
    </>
  );
}

/**
 * Delegationsordning of a fund round: ordered levels, lowest first, each deciding up to and including
 * its amount (the last without an upper limit), with the level's id and name; rows can be added and
 * removed. Checked on the client with the domain's `validateDelegation` (the API's own rules and codes)
 * and saved on the round's version; a conflict keeps what was typed. Read-only for everybody but
 * administrators.
 */
export function DelegationForm({ round, reload, mayEdit }: DelegationFormProps) {
  const { t } = useAdminTranslation();
  const notify = useNotify();
  const format = useCriteriaFormat();
  const headingId = useId();
  const captionId = useId();
  const [, update] = useMutation(UpdateDelegationMutation);
  const form = useVersionedForm({
    version: round.version,
    valuesOf: (locale) => delegationRows(round.delegation, locale),
    locale: format.locale,
    same: sameRows,
    relocalise: relocaliseDelegationRows,
    check: buildDelegationInput,
    reload,
  });
  const { formRef, values: rows, setValues: setRows, checked } = form;
  const message = useDelegationMessage(rows);
  const errorAt = (field: string) => {
    const code = form.errors[field];
    return code ? message(code, field) : undefined;
  };

  const change = (index: number, field: RowField, text: string) => {
    setRows((current) => current.map((r, i) => (i === index ? { ...r, [field]: text } : r)));
    // a server error no longer holds once the field changes (an order error may move, so all of the row's go)
    form.clearServerErrors([rowField(field, index), RULES_FIELD]);
  };
  // adding or removing a row moves the indexes the server's errors point at: they are dropped
  const addRow = () => {
    setRows((current) => [...current, emptyRow()]);
    form.clearServerErrors();
  };
  const removeRow = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    form.clearServerErrors();
  };

  // a new row takes the focus on its amount field
  const rowCount = useRef(rows.length);
  useEffect(() => {
    if (rows.length > rowCount.current) formRef.current?.querySelector<HTMLElement>(`[data-row="${rows.length - 1}"] input`)?.focus();
    rowCount.current = rows.length;
  }, [rows.length, formRef]);

  const save = (event: FormEvent) =>
    form.submit(event, async (valid, version) => {
      const rules = valid.rules.map((r) => ({ upTo: r.upTo, signatory: r.signatory, label: r.label }));
      const result = await update({ fundRoundId: round.id, version, rules });
      const saved = result.data?.updateDelegation;
      if (saved && !result.error) {
        notify({ message: t('delegation.saved', { round: round.name }) });
        return { saved: delegationRows(saved.delegation, format.locale), version: saved.version };
      }
      return { error: result.error, place: (field) => placeDelegationField(field, rows.length) };
    });

  const rulesError = errorAt(RULES_FIELD);

  const header = (
    <>
      <Title order={2} id={headingId}>
        {t('delegation.heading')}
      </Title>
      <Text size="sm" maw={760}>
        {t('delegation.intro')}
      </Text>
    </>
  );

  if (!mayEdit) {
    return (
      <Stack gap="md" component="section" aria-labelledby={headingId} data-testid="delegation-read-only">
        {header}
        {round.delegation.length === 0 ? (
          <Text size="sm">{t('delegation.empty')}</Text>
        ) : (
          <ScrollTable minWidth={520} labelledBy={captionId}>
            <Table withTableBorder verticalSpacing={4}>
              <DelegationTableHead captionId={captionId} />
              <Table.Tbody>
                {round.delegation.map((r, i) => (
                  <Table.Tr key={r.signatory}>
                    <Table.Th scope="row" fw={400}>
                      {i + 1}
                    </Table.Th>
                    <Table.Td>{r.upTo === null ? t('delegation.noLimit') : format.money(r.upTo)}</Table.Td>
                    <Table.Td>{r.signatory}</Table.Td>
                    <Table.Td>{r.label ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {round.delegation.length > 0 ? <DelegationSteps rules={round.delegation} /> : null}
        <Text size="sm" c="dimmed">
          {t('delegation.readOnly')}
        </Text>
      </Stack>
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={(e) => void save(e)} aria-labelledby={headingId} data-testid="delegation-form">
      <Stack gap="md">
        {header}
        <Text size="sm" c="dimmed" maw={760} id={`${headingId}-help`}>
          {t('delegation.help')}
        </Text>
        <ScrollTable minWidth={760} focusable={false}>
          <Table withTableBorder verticalSpacing={4} data-testid="delegation-table">
            <DelegationTableHead captionId={captionId} withActions />
            <Table.Tbody>
              {rows.map((row, index) => {
                const number = index + 1;
                const last = index === rows.length - 1;
                return (
                  <Table.Tr key={row.key} data-row={index}>
                    <Table.Th scope="row" fw={400}>
                      {number}
                    </Table.Th>
                    <Table.Td>
                      <TextInput
                        aria-label={t('delegation.upToLabel', { number })}
                        inputMode="numeric"
                        autoComplete="off"
                        placeholder={last ? t('delegation.noLimit') : undefined}
                        rightSection="kr"
                        rightSectionProps={{ 'aria-hidden': true }}
                        rightSectionPointerEvents="none"
                        value={row.upTo}
                        error={errorAt(rowField('upTo', index))}
                        onChange={(e) => change(index, 'upTo', e.currentTarget.value)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('delegation.signatoryLabel', { number })}
                        aria-describedby={`${headingId}-help`}
                        autoComplete="off"
                        spellCheck={false}
                        maxLength={DELEGATION_LIMITS.signatoryMax}
                        value={row.signatory}
                        error={errorAt(rowField('signatory', index))}
                        onChange={(e) => change(index, 'signatory', e.currentTarget.value)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('delegation.labelLabel', { number })}
                        autoComplete="off"
                        maxLength={DELEGATION_LIMITS.labelMax}
                        value={row.label}
                        error={errorAt(rowField('label', index))}
                        onChange={(e) => change(index, 'label', e.currentTarget.value)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Button variant="subtle" color="red" c="red.9" onClick={() => removeRow(index)} aria-label={t('delegation.removeLevel', { number })}>
                        {t('delegation.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {rulesError ? (
          <Text c="red.9" size="sm" role="alert" data-testid="delegation-rules-error">
            {rulesError}
          </Text>
        ) : null}
        <div>
          <Button variant="default" onClick={addRow} disabled={rows.length >= DELEGATION_LIMITS.rulesMax}>
            {t('delegation.add')}
          </Button>
        </div>

        <DelegationSteps rules={checked.ok ? checked.rules : null} />

        {form.conflict ? <ReloadConflictAlert texts={reloadConflictTexts(t, 'delegation.conflict')} data-testid="delegation-conflict" {...form.conflict} /> : null}

        {form.hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('delegation.invalid')}
          </Alert>
        ) : null}
        <FormSaveError prefix="delegation" failure={form.failure} unplaced={form.unplaced} message={message} onRetry={form.retry} />

        <Group>
          <Button type="submit" loading={form.saving}>
            {t('delegation.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
