import { Alert, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { GraphQLFailure } from '@dp/web/data-access';
import { Page, type ErrorStateProps } from '@dp/web/ui';
import { useScenariosTranslation } from './i18n';

/** The page's heading and why the signed-in user cannot see it (the API refuses too). */
export function NotAllowed({ title }: { title: string }) {
  const { t } = useScenariosTranslation();
  return (
    <Page title={title}>
      <Alert color="blue" variant="light" title={t('notAllowed.title')} data-testid="not-allowed">
        <Text size="sm">{t('notAllowed.body')}</Text>
      </Alert>
    </Page>
  );
}

/** The text of a failed load: the network, a refusal, a round that does not exist, or the generic text. */
export function loadFailureText(t: TFunction, failure: GraphQLFailure | null): Pick<ErrorStateProps, 'title' | 'message'> {
  if (failure?.kind === 'network') return { message: t('errors.network') };
  if (failure?.kind === 'forbidden') return { title: t('notAllowed.title'), message: t('notAllowed.body') };
  if (failure?.kind === 'not-found') return { message: t('load.notFound') };
  return {};
}
