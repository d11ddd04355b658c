import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useAssessmentTranslation } from './i18n';
import type { AssessmentFailure } from './errors';
import { useScoreFormat } from './format';
import { COMMENT_MAX } from './model';
import type { ServerFieldError } from '@dp/web/data-access';

export interface Difference {
  field: string;
  mine: string;
  saved: string;
}

export interface ConflictNoticeProps {
  /** the user asked for the latest version */
  requested: boolean;
  /** the latest version has arrived (the differences below are against it) */
  loaded: boolean;
  differences: readonly Difference[];
  onReload: () => void;
  onKeepMine: () => void;
  onUseLatest: () => void;
}

/**
 * A save met a newer version (CONFLICT). Nothing the user chose is lost: they load the latest version,
 * see what differs, and either keep their choices (the next save replaces it knowingly) or take it.
 */
export function ConflictNotice({ requested, loaded, differences, onReload, onKeepMine, onUseLatest }: ConflictNoticeProps) {
  const { t } = useAssessmentTranslation();
  return (
    <Alert color="orange" variant="light" title={t('conflict.title')} role="alert" data-testid="assessment-conflict">
      <Stack gap="sm" align="stretch">
        <Text size="sm">{t('conflict.body')}</Text>
        {!requested ? (
          <Group>
            <Button type="button" onClick={onReload}>{t('conflict.reload')}</Button>
          </Group>
        ) : !loaded ? (
          <Text size="sm" role="status">
            {t('conflict.loading')}
          </Text>
        ) : (
          <>
            {differences.length === 0 ? (
              <Text size="sm">{t('conflict.noDifferences')}</Text>
            ) : (
              <>
                <Text size="sm">{t('conflict.differences')}</Text>
                <Table withTableBorder withColumnBorders bg="white" aria-label={t('conflict.differences')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                      <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
                      <Table.Th scope="col">{t('conflict.saved')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {differences.map((d) => (
                      <Table.Tr key={d.field}>
                        <Table.Th scope="row">{d.field}</Table.Th>
                        <Table.Td>{d.mine}</Table.Td>
                        <Table.Td>{d.saved}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </>
            )}
            <Group gap="sm">
              <Button type="button" onClick={onKeepMine}>{t('conflict.keepMine')}</Button>
              <Button type="button" variant="default" onClick={onUseLatest}>
                {t('conflict.useLatest')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** Translates a validation code at a field of these forms. */
export function useAssessmentMessage(): (code: string) => string {
  const { t } = useAssessmentTranslation();
  const format = useScoreFormat();
  return (code) => t([`validation.${code}`, 'validation.INVALID'], { max: format.score(COMMENT_MAX) });
}

/**
 * A failed save that belongs to no field: a refusal with its reason, a validation error at a field the
 * form does not show, the network or the rest (with a retry where one makes sense). Conflicts have their
 * own notice; field errors are shown at their fields, with a summary here.
 */
export function SaveFailure({ failure, unplaced, onRetry }: { failure: AssessmentFailure | null; unplaced: readonly ServerFieldError[]; onRetry: () => void }) {
  const { t } = useAssessmentTranslation();
  const message = useAssessmentMessage();
  if (!failure || failure.kind === 'conflict') return null;
  if (failure.kind === 'validation') {
    return (
      <Alert color="red" variant="light" title={t('errors.invalidTitle')} role="alert" data-testid="assessment-invalid">
        <Stack gap={4}>
          <Text size="sm">{t('errors.invalid')}</Text>
          {unplaced.map((e) => (
            <Text size="sm" key={`${e.field}-${e.reason}`}>
              {t('errors.unplaced', { field: e.field, message: message(e.reason) })}
            </Text>
          ))}
        </Stack>
      </Alert>
    );
  }
  if (failure.kind === 'forbidden') {
    return (
      <Alert color="red" variant="light" title={t('errors.forbiddenTitle')} role="alert" data-testid="assessment-forbidden">
        <Text size="sm">{t([`forbidden.${failure.reason}`, 'forbidden.UNKNOWN'])}</Text>
      </Alert>
    );
  }
  const text = failure.kind === 'network' ? t('errors.networkError') : failure.kind === 'not-found' ? t('errors.notFound') : t('errors.unknown');
  return (
    <Alert color="red" variant="light" title={t('errors.invalidTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{text}</Text>
        {failure.kind === 'not-found' ? null : (
          <Button type="button" variant="filled" color="red.9" size="xs" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
