import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = {
  DRAFT: 'gray',
};

export interface StatusBadgeProps {
  /** an initiative status code, e.g. `DRAFT` */
  status: string;
}

/** The initiative's status as a translated badge (light variant: dark text on a pale background). */
export function StatusBadge({ status }: StatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status] ?? 'blue'} radius="sm" tt="none">
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
