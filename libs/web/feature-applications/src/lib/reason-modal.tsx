import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Action } from '@dp/domain/workflow';

/** The longest reason accepted (a few paragraphs). */
export const REASON_MAX_LENGTH = 5000;

/** The reason a step needs: required (not only spaces), at most REASON_MAX_LENGTH characters. Messages are codes. */
const reasonSchema = z.object({
  reason: z.string().trim().min(1, 'REQUIRED').max(REASON_MAX_LENGTH, 'TOO_LONG'),
});
type ReasonValues = z.input<typeof reasonSchema>;
type ValidReason = z.output<typeof reasonSchema>;

export interface ReasonModalProps {
  /** the step that asks for a reason; the modal is open while it is set */
  action: Action | null;
  busy: boolean;
  onClose: () => void;
  onSubmit: (action: Action, reason: string) => void;
  /** what went wrong with the last attempt (shown inside the modal, above the buttons) */
  error?: ReactNode;
}

/**
 * Asks for the reason of a step (completion request, rejection, withdrawal, …) in a Mantine Modal: a
 * dialog with its title as name, the focus on the text field when it opens and back where it was when
 * it closes, Escape closes it. The reason is required; the validation text is translated.
 */
export function ReasonModal({ action, busy, onClose, onSubmit, error }: ReasonModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={action !== null} onClose={onClose} title={action ? t(`workflow.actions.${action}`) : ''} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {action ? <ReasonForm key={action} action={action} busy={busy} onClose={onClose} onSubmit={onSubmit} error={error} /> : null}
    </Modal>
  );
}

function ReasonForm({ action, busy, onClose, onSubmit, error }: Omit<ReasonModalProps, 'action'> & { action: Action }) {
  const { t } = useTranslation();
  const form = useForm<ReasonValues, unknown, ValidReason>({ resolver: zodResolver(reasonSchema), defaultValues: { reason: '' } });
  const code = form.formState.errors.reason?.message;
  const message = code === 'TOO_LONG' ? t('workflow.reasonModal.tooLong', { max: REASON_MAX_LENGTH.toLocaleString('sv-SE') }) : code ? t('workflow.reasonModal.required') : undefined;
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit((values) => onSubmit(action, values.reason))(event)}>
      <Stack gap="md">
        <Textarea
          {...form.register('reason')}
          label={t([`workflow.reasonModal.labels.${action}`, 'workflow.reasonModal.label'])}
          description={t('workflow.reasonModal.help')}
          withAsterisk
          required
          autosize
          minRows={4}
          data-autofocus
          error={message}
        />
        {error}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t(`workflow.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
