import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useDecisionsTranslation } from './i18n';
import type { MeetingField, MeetingFieldError, MeetingFormErrors, MeetingFormValues } from './meeting-model';

/** Translates a meeting field's error: the field's own text when there is one, else the code's. */
export function useMeetingMessage(): (field: string, error: MeetingFieldError) => string {
  const { t } = useDecisionsTranslation();
  return (field, error) =>
    t([`meetingForm.errors.${field}.${error.code}`, `meetingForm.errors.${error.code}`, 'meetingForm.errors.INVALID'], error.max !== undefined ? { max: error.max } : {});
}

export interface MeetingFieldsProps {
  /** prefix of the inputs' ids (two forms may be on one page) */
  idPrefix: string;
  values: MeetingFormValues;
  errors: MeetingFormErrors;
  onChange: (field: MeetingField, value: string) => void;
  disabled?: boolean;
}

/** Rubrik, datum, deltagare (one per line), diarienummer and anteckningar of a meeting. */
export function MeetingFields({ idPrefix, values, errors, onChange, disabled = false }: MeetingFieldsProps) {
  const { t } = useDecisionsTranslation();
  const message = useMeetingMessage();
  const errorAt = (field: MeetingField) => {
    const e = errors[field];
    return e ? message(field, e) : undefined;
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          id={`${idPrefix}-title`}
          label={t('meetingForm.title')}
          required
          value={values.title}
          error={errorAt('title')}
          disabled={disabled}
          onChange={(e) => onChange('title', e.currentTarget.value)}
        />
        <TextInput
          id={`${idPrefix}-heldOn`}
          label={t('meetingForm.heldOn')}
          description={t('meetingForm.heldOnHelp')}
          required
          inputMode="numeric"
          autoComplete="off"
          value={values.heldOn}
          error={errorAt('heldOn')}
          disabled={disabled}
          onChange={(e) => onChange('heldOn', e.currentTarget.value)}
        />
      </SimpleGrid>
      <Textarea
        id={`${idPrefix}-participants`}
        label={t('meetingForm.participants')}
        description={t('meetingForm.participantsHelp')}
        autosize
        minRows={3}
        value={values.participants}
        error={errorAt('participants')}
        disabled={disabled}
        onChange={(e) => onChange('participants', e.currentTarget.value)}
      />
      <TextInput
        id={`${idPrefix}-registrationNumber`}
        label={t('meetingForm.registrationNumber')}
        description={t('meetingForm.registrationNumberHelp')}
        autoComplete="off"
        maw={420}
        value={values.registrationNumber}
        error={errorAt('registrationNumber')}
        disabled={disabled}
        onChange={(e) => onChange('registrationNumber', e.currentTarget.value)}
      />
      <Textarea
        id={`${idPrefix}-notes`}
        label={t('meetingForm.notes')}
        autosize
        minRows={3}
        value={values.notes}
        error={errorAt('notes')}
        disabled={disabled}
        onChange={(e) => onChange('notes', e.currentTarget.value)}
      />
    </Stack>
  );
}
