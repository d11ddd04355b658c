import { Alert, Button, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { DELEGATION_LIMITS } from '@dp/domain/decisions';
import { ScrollTable, useNotify } from '@dp/web/ui';
import { placeFieldErrors, readAccountFailure, type AccountFailure, type AccountFieldFailure } from '../account-errors';
import { useCriteriaFormat } from '../criteria-format';
import { useAdminTranslation } from '../i18n';
import { FormSaveError, ReloadConflictAlert } from '../shared';
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
  type DelegationErrors,
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
  const formRef = useRef<HTMLFormElement>(null);
  const [, update] = useMutation(UpdateDelegationMutation);

  const [rows, setRows] = useState(() => delegationRows(round.delegation, format.locale));
  const [pristine, setPristine] = useState(rows);
  const [baseVersion, setBaseVersion] = useState(round.version);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<DelegationErrors>({});
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  const [reloadRequested, setReloadRequested] = useState(false);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const dirty = !sameRows(rows, pristine);
  const message = useDelegationMessage(rows);

  // the round changed elsewhere (its capacity, say) while nothing is changed here: show the latest
  const [seenVersion, setSeenVersion] = useState(round.version);
  if (seenVersion !== round.version) {
    setSeenVersion(round.version);
    if (!dirty && failure === null) {
      const next = delegationRows(round.delegation, format.locale);
      setRows(next);
      setPristine(next);
      setBaseVersion(round.version);
    }
  }

  const [shownLocale, setShownLocale] = useState(format.locale);
  if (shownLocale !== format.locale) {
    setShownLocale(format.locale);
    setRows(relocaliseDelegationRows(rows, shownLocale, format.locale));
    setPristine(relocaliseDelegationRows(pristine, shownLocale, format.locale));
  }

  const checked = useMemo(() => buildDelegationInput(rows, format.locale), [rows, format.locale]);
  const errors: DelegationErrors = { ...serverErrors, ...(submitted && !checked.ok ? checked.errors : {}) };
  const errorAt = (field: string) => {
    const code = errors[field];
    return code ? message(code, field) : undefined;
  };

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const change = (index: number, field: RowField, text: string) => {
    setRows((current) => current.map((r, i) => (i === index ? { ...r, [field]: text } : r)));
    // a server error no longer holds once the field changes (an order error may move, so all of the row's go)
    setServerErrors((e) => {
      const key = rowField(field, index);
      if (!(key in e) && !(RULES_FIELD in e)) return e;
      const rest = { ...e };
      delete rest[key];
      delete rest[RULES_FIELD];
      return rest;
    });
  };
  // adding or removing a row moves the indexes the server's errors point at: they are dropped
  const addRow = () => {
    setRows((current) => [...current, emptyRow()]);
    setServerErrors({});
  };
  const removeRow = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    setServerErrors({});
  };

  // a new row takes the focus on its amount field
  const rowCount = useRef(rows.length);
  useEffect(() => {
    if (rows.length > rowCount.current) formRef.current?.querySelector<HTMLElement>(`[data-row="${rows.length - 1}"] input`)?.focus();
    rowCount.current = rows.length;
  }, [rows.length]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setUnplaced([]);
    setServerErrors({});
    if (!checked.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    const rules = checked.rules.map((r) => ({ upTo: r.upTo, signatory: r.signatory, label: r.label }));
    setSaving(true);
    const result = await update({ fundRoundId: round.id, version: baseVersion, rules });
    setSaving(false);
    const saved = result.data?.updateDelegation;
    if (saved && !result.error) {
      const next = delegationRows(saved.delegation, format.locale);
      setRows(next);
      setPristine(next);
      setBaseVersion(saved.version);
      setSubmitted(false);
      notify({ message: t('delegation.saved', { round: round.name }) });
      return;
    }
    const f = readAccountFailure(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    setReloadRequested(false);
    if (f.kind === 'validation') {
      const { placed, unplaced: rest } = placeFieldErrors(f.fields, (field) => placeDelegationField(field, rows.length));
      setServerErrors(placed);
      setUnplaced(rest);
      setFocusRequest((n) => n + 1);
    }
  };

  const conflict = failure?.kind === 'conflict';
  const latestLoaded = conflict && reloadRequested && round.version > baseVersion;
  const hasErrors = Object.keys(errors).length > 0;
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
              <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
                {t('delegation.caption')}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('delegation.columns.level')}</Table.Th>
                  <Table.Th scope="col">{t('delegation.columns.upTo')}</Table.Th>
                  <Table.Th scope="col">{t('delegation.columns.signatory')}</Table.Th>
                  <Table.Th scope="col">{t('delegation.columns.label')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
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
            <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
              {t('delegation.caption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('delegation.columns.level')}</Table.Th>
                <Table.Th scope="col">{t('delegation.columns.upTo')}</Table.Th>
                <Table.Th scope="col">{t('delegation.columns.signatory')}</Table.Th>
                <Table.Th scope="col">{t('delegation.columns.label')}</Table.Th>
                <Table.Th scope="col">{t('delegation.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
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

        {conflict ? (
          <ReloadConflictAlert
            prefix="delegation.conflict"
            data-testid="delegation-conflict"
            reloadRequested={reloadRequested}
            latestLoaded={latestLoaded}
            onReload={() => {
              setReloadRequested(true);
              reload();
            }}
            onKeepMine={() => {
              setBaseVersion(round.version);
              setPristine(delegationRows(round.delegation, format.locale));
              setFailure(null);
            }}
            onUseLatest={() => {
              const latest = delegationRows(round.delegation, format.locale);
              setBaseVersion(round.version);
              setRows(latest);
              setPristine(latest);
              setSubmitted(false);
              setFailure(null);
            }}
          />
        ) : null}

        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('delegation.invalid')}
          </Alert>
        ) : null}
        <FormSaveError prefix="delegation" failure={failure} unplaced={unplaced} message={message} onRetry={() => formRef.current?.requestSubmit()} />

        <Group>
          <Button type="submit" loading={saving}>
            {t('delegation.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
