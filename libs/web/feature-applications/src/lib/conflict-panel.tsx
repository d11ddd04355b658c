import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { parseMoneyInput } from '@dp/domain/money';
import { LoadingState, ErrorState, useFormatMoney } from '@dp/web/ui';
import type { InitiativeQuery as InitiativeResult } from '@dp/web/data-access';
import { InitiativeQuery } from './operations';
import { FORM_FIELDS, fieldLabelKey, toFormValues, type FormField, type InitiativeFormValues } from './form-model';
import type { ReferenceData } from './reference-data';

export type LatestInitiative = NonNullable<InitiativeResult['initiative']>;

export interface FieldDifference {
  field: FormField;
  mine: string;
  saved: string;
}

function comparable(field: FormField, values: InitiativeFormValues): string {
  switch (field) {
    case 'title':
    case 'description':
      return values[field].trim();
    case 'departmentId':
    case 'fundRoundId':
      return values[field] ?? '';
    case 'goalAreaIds':
      return [...values.goalAreaIds].sort().join(',');
    case 'requestedAmount':
    case 'coFinancing': {
      const typed = values[field].trim();
      const parsed = parseMoneyInput(typed);
      return typed !== '' && parsed.ok ? String(parsed.value) : typed;
    }
    case 'handlesPersonalData':
    case 'confidentialityLevel':
    case 'integrityLevel':
    case 'availabilityLevel':
    case 'dpiaStatus':
      return values[field] ?? '';
    default:
      return values[field].trim();
  }
}

/** The fields where the user's values and the latest saved values differ. */
export function differingFields(mine: InitiativeFormValues, saved: InitiativeFormValues): FormField[] {
  return FORM_FIELDS.filter((field) => comparable(field, mine) !== comparable(field, saved));
}

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface ConflictPanelProps {
  initiativeId: string;
  reference: ReferenceData;
  /** the user's current values */
  getValues: () => InitiativeFormValues;
  onKeepMine: (latest: LatestInitiative) => void;
  onUseLatest: (latest: LatestInitiative) => void;
}

/**
 * Shown when a save met a newer version (CONFLICT). Nothing the user typed is lost: they load the latest
 * version, see which fields differ, and either keep their values (saving again then replaces the latest
 * version knowingly) or take the saved version into the form.
 */
export function ConflictPanel({ initiativeId, reference, getValues, onKeepMine, onUseLatest }: ConflictPanelProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const [requested, setRequested] = useState(false);
  const [latestResult, reload] = useQuery({
    query: InitiativeQuery,
    variables: { id: initiativeId },
    pause: !requested,
    requestPolicy: 'network-only',
  });
  const latest = requested && !latestResult.fetching ? latestResult.data?.initiative : undefined;

  const display = (field: FormField, values: InitiativeFormValues): string => {
    const empty = t('initiatives.conflict.empty');
    switch (field) {
      case 'title':
      case 'description':
        return shorten(values[field].trim()) || empty;
      case 'departmentId':
        return reference.departments.find((d) => d.id === values.departmentId)?.name ?? empty;
      case 'fundRoundId':
        return reference.fundRounds.find((r) => r.id === values.fundRoundId)?.name ?? empty;
      case 'goalAreaIds':
        return (
          reference.goalAreas
            .filter((g) => values.goalAreaIds.includes(g.id))
            .map((g) => g.name)
            .join(', ') || empty
        );
      case 'requestedAmount':
      case 'coFinancing': {
        const typed = values[field].trim();
        const parsed = parseMoneyInput(typed);
        return typed !== '' && parsed.ok ? formatMoney(parsed.value) : typed || empty;
      }
      case 'handlesPersonalData':
        return values.handlesPersonalData ? t(`initiatives.form.${values.handlesPersonalData}`) : empty;
      case 'confidentialityLevel':
      case 'integrityLevel':
      case 'availabilityLevel': {
        const level = values[field];
        return level ? t(`initiatives.form.levels.${level}`) : empty;
      }
      case 'dpiaStatus':
        return values.dpiaStatus ? t(`initiatives.form.dpiaStatuses.${values.dpiaStatus}`) : empty;
      default:
        return shorten(values[field].trim()) || empty;
    }
  };

  let details = null;
  if (requested && latestResult.error) {
    details = <ErrorState onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  } else if (requested && !latest) {
    details = <LoadingState label={t('initiatives.conflict.loading')} />;
  } else if (latest) {
    const mine = getValues();
    const saved = toFormValues(latest);
    const fields = differingFields(mine, saved);
    details = (
      <Stack gap="sm">
        {fields.length === 0 ? (
          <Text size="sm">{t('initiatives.conflict.noDifferences')}</Text>
        ) : (
          <>
            <Text size="sm">{t('initiatives.conflict.changedFields')}</Text>
            <Table withTableBorder withColumnBorders bg="white" aria-label={t('initiatives.conflict.changedFields')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('initiatives.conflict.field')}</Table.Th>
                  <Table.Th scope="col">{t('initiatives.conflict.yourValue')}</Table.Th>
                  <Table.Th scope="col">{t('initiatives.conflict.savedValue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map((field) => (
                  <Table.Tr key={field}>
                    <Table.Th scope="row">{t(fieldLabelKey[field])}</Table.Th>
                    <Table.Td>{display(field, mine)}</Table.Td>
                    <Table.Td>{display(field, saved)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        <Group gap="sm">
          <Button variant="filled" onClick={() => onKeepMine(latest)}>
            {t('initiatives.conflict.keepMine')}
          </Button>
          <Button variant="default" onClick={() => onUseLatest(latest)}>
            {t('initiatives.conflict.useLatest')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Alert color="orange" variant="light" title={t('initiatives.conflict.title')} role="alert">
      <Stack gap="sm" align="stretch">
        <Text size="sm">{t('initiatives.conflict.body')}</Text>
        {!requested ? (
          <Group>
            <Button variant="filled" onClick={() => setRequested(true)}>
              {t('initiatives.conflict.reload')}
            </Button>
          </Group>
        ) : null}
        {details}
      </Stack>
    </Alert>
  );
}
