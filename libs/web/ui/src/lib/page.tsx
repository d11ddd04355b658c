import { Group, Stack, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageProps {
  /** the page's h1, also used in the document title */
  title: string;
  /** actions shown beside the heading */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page: its `<h1>`, the document title (`Initiativ – Digitaliseringsportföljen`) and its content. */
export function Page({ title, actions, children }: PageProps) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1}>{title}</Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
