import { Box, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LogoutDocument, useCurrentUser, useSessionControl, type SessionUser } from '@dp/web/data-access';
import { useNotify } from '@dp/web/ui';
import { LOGIN_PATH } from './next-path';

/** The user's roles in the UI language: `Sökande (Barn- och utbildningsförvaltningen), Revisor`. */
export function useRoleNames(): (user: SessionUser) => string {
  const { t } = useTranslation();
  return (user) =>
    user.roles
      .map((g) =>
        g.department ? t('session.roleInDepartment', { role: t(`roles.${g.role}`), department: g.department.name }) : t(`roles.${g.role}`),
      )
      .join(', ');
}

/** In the header: who is signed in, with which roles, and the sign-out button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const roleNames = useRoleNames();
  const { resetClient } = useSessionControl();
  const navigate = useNavigate();
  const notify = useNotify();
  const [{ fetching }, logout] = useMutation(LogoutDocument);

  const signOut = async () => {
    const result = await logout({});
    if (result.error) {
      // the session may still be alive: say so rather than pretend it ended
      notify({ message: t('session.signOutFailed'), tone: 'error' });
      return;
    }
    // a fresh client: nothing of this user's data stays cached
    resetClient();
    void navigate(LOGIN_PATH, { replace: true });
  };

  return (
    <Group gap="sm" wrap="nowrap">
      <Box data-testid="current-user" maw={320} miw={0}>
        <Text size="sm" fw={600} lh={1.3}>
          <VisuallyHidden>{t('session.signedInAs')} </VisuallyHidden>
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed" lh={1.3}>
          <VisuallyHidden>{t('session.roles')}: </VisuallyHidden>
          {roleNames(user)}
        </Text>
      </Box>
      <Button variant="default" size="compact-sm" onClick={() => void signOut()} loading={fetching} style={{ flexShrink: 0 }}>
        {t('session.signOut')}
      </Button>
    </Group>
  );
}
