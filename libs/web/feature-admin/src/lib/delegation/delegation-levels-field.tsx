import { Button, Group, Stack, Text } from '@mantine/core';
import { LoadingState } from '@dp/web/ui';
import { useAdminTranslation } from '../i18n';
import { DelegationField } from './delegation-field';
import { levelChoices, type DelegationLevel } from './delegation-levels';

/** The levels to choose from as they load (useDelegationLevels). */
export interface DelegationLevelsState {
  data?: readonly DelegationLevel[] | undefined;
  error?: unknown;
  retry?: () => void;
}

export interface DelegationLevelsFieldProps {
  levels: DelegationLevelsState;
  /** the levels the user held when the form was opened: they stay choices even if the order no longer names them */
  held: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** a validation code, if any (the API's or the form's) */
  errorCode?: string | undefined;
}

/**
 * The user form's "Delegation": the levels of the default round's delegation order plus those the user
 * holds. While the order loads, or if it cannot be loaded, the levels the user holds are still shown
 * (and kept), so the rest of the form is never held up.
 */
export function DelegationLevelsField({ levels, held, value, onChange, errorCode }: DelegationLevelsFieldProps) {
  const { t } = useAdminTranslation();
  // until the order is known a held level is not called unknown
  const choices = levelChoices(levels.data ?? [], [...held, ...value]).map((c) => (levels.data ? c : { ...c, known: true }));
  const error = errorCode ? t([`delegation.errors.${errorCode}`, 'delegation.errors.INVALID']) : undefined;
  return (
    <Stack gap="xs">
      {levels.data || levels.error || choices.length > 0 ? <DelegationField levels={choices} value={value} onChange={onChange} error={error} /> : null}
      {levels.error ? (
        <Group gap="sm">
          <Text size="sm" c="red.9" role="alert">
            {t('delegation.user.loadError')}
          </Text>
          {levels.retry ? (
            <Button variant="default" size="xs" onClick={levels.retry}>
              {t('common.retry', { ns: 'translation' })}
            </Button>
          ) : null}
        </Group>
      ) : !levels.data ? (
        <LoadingState />
      ) : null}
    </Stack>
  );
}
