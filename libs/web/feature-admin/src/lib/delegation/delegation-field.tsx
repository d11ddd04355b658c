import { Checkbox, Stack, Text } from '@mantine/core';
import { useAdminTranslation } from '../i18n';
import type { DelegationLevel } from './delegation-levels';

export interface DelegationFieldProps {
  /** the choices: the order's levels and those the user holds already */
  levels: readonly DelegationLevel[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** a translated error, if any */
  error?: string | undefined;
}

/**
 * "Delegation" of the user form: the levels of the delegation order the user holds, as check boxes (a
 * multi-select that works with the keyboard and a screen reader without a popup).
 */
export function DelegationField({ levels, value, onChange, error }: DelegationFieldProps) {
  const { t } = useAdminTranslation();
  return (
    <Checkbox.Group label={t('delegation.user.label')} description={t('delegation.user.help')} value={[...value]} onChange={onChange} error={error} data-testid="user-delegations">
      <Stack gap={6} mt="xs">
        {levels.length === 0 ? <Text size="sm">{t('delegation.user.none')}</Text> : null}
        {levels.map((level) => (
          <Checkbox
            key={level.signatory}
            value={level.signatory}
            label={level.known ? level.label : t('delegation.user.unknownLevel', { id: level.label })}
            description={level.known && level.label !== level.signatory ? level.signatory : undefined}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
