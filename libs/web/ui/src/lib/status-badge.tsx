import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A colour per state, only from the theme's AA-checked light variants (blue, red, gray, teal, orange,
 * green). The text always names the status, so the colour is never the only cue.
 */
const colors: Record<string, string> = {
  DRAFT: 'gray',
  AWAITING_ANCHORING: 'orange',
  SUBMITTED: 'blue',
  IN_PREPARATION: 'blue',
  AWAITING_COMPLETION: 'orange',
  PREPARED: 'teal',
  GRANTED: 'green',
  REJECTED: 'red',
  DEFERRED: 'gray',
  IN_PROGRESS: 'blue',
  COMPLETED: 'teal',
  FOLLOWED_UP: 'green',
  WITHDRAWN: 'gray',
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
