import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner with a text for screen readers and sighted users alike. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

/** Nothing to show, said plainly, with an optional hint of what to do. */
export function EmptyState({ message, hint }: { message: string; hint?: string }) {
  return (
    <Stack gap={4} py="lg" role="status">
      <Text fw={600}>{message}</Text>
      {hint ? <Text c="dimmed">{hint}</Text> : null}
    </Stack>
  );
}

export interface ErrorStateProps {
  /** the heading, in the UI language; "Något gick fel" when omitted */
  title?: string;
  /** what happened, in the UI language; a generic text when omitted */
  message?: string;
  onRetry?: () => void;
}

/** An error that says what happened and offers to try again. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? t('common.genericError')}</Text>
        {onRetry ? (
          <Button variant="filled" color="red.9" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
