import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { LoadingState } from './states';

/** The texts of a conflict, in the UI language. */
export interface ReloadConflictTexts {
  title: string;
  body: string;
  /** the button that fetches the latest version */
  reload: string;
  /** while it is fetched */
  loading: string;
  /** once it has arrived */
  reloaded: string;
  keepMine: string;
  useLatest: string;
}

/** The texts of a conflict under a key prefix of the caller's namespace (`criteria.conflict`: `criteria.conflict.title`, …). */
export function reloadConflictTexts(t: TFunction, prefix: string): ReloadConflictTexts {
  return {
    title: t(`${prefix}.title`),
    body: t(`${prefix}.body`),
    reload: t(`${prefix}.reload`),
    loading: t(`${prefix}.loading`),
    reloaded: t(`${prefix}.reloaded`),
    keepMine: t(`${prefix}.keepMine`),
    useLatest: t(`${prefix}.useLatest`),
  };
}

export interface ReloadConflictAlertProps {
  texts: ReloadConflictTexts;
  'data-testid'?: string;
  /** the user asked for the latest version */
  reloadRequested: boolean;
  /** the latest version has arrived */
  latestLoaded: boolean;
  onReload: () => void;
  /** keep what the user typed: the next save replaces the latest version knowingly */
  onKeepMine: () => void;
  /** drop what the user typed and take the latest version */
  onUseLatest: () => void;
}

/**
 * Someone else saved meanwhile (CONFLICT): nothing was changed. The user fetches the latest version and
 * then keeps their own values (saving over it knowingly) or takes the latest; what they typed stays
 * until they choose.
 */
export function ReloadConflictAlert({ texts, reloadRequested, latestLoaded, onReload, onKeepMine, onUseLatest, 'data-testid': testId }: ReloadConflictAlertProps) {
  return (
    <Alert color="orange" variant="light" title={texts.title} role="alert" data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{texts.body}</Text>
        {!reloadRequested ? (
          <Button onClick={onReload}>{texts.reload}</Button>
        ) : !latestLoaded ? (
          <LoadingState label={texts.loading} />
        ) : (
          <>
            <Text size="sm">{texts.reloaded}</Text>
            <Group gap="sm">
              <Button onClick={onKeepMine}>{texts.keepMine}</Button>
              <Button variant="default" onClick={onUseLatest}>
                {texts.useLatest}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}
