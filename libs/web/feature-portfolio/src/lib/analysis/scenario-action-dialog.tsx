import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useScenariosTranslation } from './i18n';
import type { ScenarioAction } from './scenario-list';

export interface PendingAction {
  action: ScenarioAction;
  scenario: { id: string; name: string; version: number };
}

export interface ScenarioActionDialogProps {
  pending: PendingAction | null;
  /** the round's current proposal, if another scenario than the pending one */
  currentProposal: { id: string; name: string } | null;
  /** the round's current criteria set: proposing freezes it */
  criteriaSet: { number: number; status: 'DRAFT' | 'FROZEN' } | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a scenario is marked as the proposal (which freezes the round's criteria set), before the
 * proposal is withdrawn and before a scenario is deleted.
 */
export function ScenarioActionDialog({ pending, currentProposal, criteriaSet, busy, onConfirm, onCancel }: ScenarioActionDialogProps) {
  const { t } = useScenariosTranslation();
  const { t: tCommon } = useTranslation();
  const action = pending?.action;
  const name = pending?.scenario.name ?? '';
  const title = action === 'propose' ? t('actions.proposeTitle') : action === 'withdraw' ? t('actions.withdrawTitle') : t('actions.deleteTitle');
  const confirm = action === 'propose' ? t('actions.proposeConfirm') : action === 'withdraw' ? t('actions.withdrawConfirm') : t('actions.deleteConfirm');

  return (
    <Modal opened={pending !== null} onClose={onCancel} title={title} centered closeButtonProps={{ 'aria-label': tCommon('common.close') }}>
      <Stack gap="md" data-testid="scenario-action-dialog">
        {action === 'propose' ? (
          <>
            <Text size="sm">{t('actions.proposeBody', { name })}</Text>
            {currentProposal && currentProposal.id !== pending?.scenario.id ? <Text size="sm">{t('actions.proposeReplaces', { current: currentProposal.name })}</Text> : null}
            {criteriaSet ? (
              <Text size="sm" fw={600}>
                {criteriaSet.status === 'FROZEN' ? t('actions.proposeFrozen', { number: criteriaSet.number }) : t('actions.proposeFreezes', { number: criteriaSet.number })}
              </Text>
            ) : null}
          </>
        ) : action === 'withdraw' ? (
          <Text size="sm">{t('actions.withdrawBody', { name })}</Text>
        ) : (
          <Text size="sm">{t('actions.deleteBody', { name })}</Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('actions.cancel')}
          </Button>
          <Button color={action === 'delete' ? 'red.9' : undefined} loading={busy} onClick={onConfirm} data-autofocus>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
