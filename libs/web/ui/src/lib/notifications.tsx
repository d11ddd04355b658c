import { Notification, Stack } from '@mantine/core';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NotifyOptions {
  message: string;
  title?: string;
  tone?: 'success' | 'info' | 'error';
}

interface ShownNotification extends Required<Pick<NotifyOptions, 'message' | 'tone'>> {
  id: number;
  title?: string;
}

const NotifyContext = createContext<((options: NotifyOptions) => void) | null>(null);

const AUTO_CLOSE_MS = 8000;
const toneColor = { success: 'teal.9', info: 'blue.8', error: 'red.9' } as const;

export interface NotificationsProviderProps {
  children: ReactNode;
  /** how long a message stays; `null`: until it is closed (component tests, whose machine may be slow) */
  autoCloseMs?: number | null;
}

/**
 * Short-lived messages ("Initiativet har skapats") that survive navigation. They are announced
 * through a polite live region and close by themselves or with their close button.
 */
export function NotificationsProvider({ children, autoCloseMs = AUTO_CLOSE_MS }: NotificationsProviderProps) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ShownNotification[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const close = useCallback((id: number) => {
    setItems((current) => current.filter((n) => n.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const notify = useCallback(
    ({ message, title, tone = 'success' }: NotifyOptions) => {
      const id = nextId.current++;
      setItems((current) => [...current, { id, message, tone, ...(title ? { title } : {}) }]);
      if (autoCloseMs !== null) {
        timers.current.set(
          id,
          setTimeout(() => close(id), autoCloseMs),
        );
      }
    },
    [close, autoCloseMs],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const value = useMemo(() => notify, [notify]);

  return (
    <NotifyContext value={value}>
      {children}
      <Stack
        gap="xs"
        role="status"
        aria-live="polite"
        aria-label={t('common.notifications')}
        style={{ position: 'fixed', top: 72, right: 16, zIndex: 1000, maxWidth: 420, width: 'calc(100% - 32px)' }}
      >
        {items.map((n) => (
          <Notification
            key={n.id}
            color={toneColor[n.tone]}
            title={n.title}
            withBorder
            onClose={() => close(n.id)}
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {n.message}
          </Notification>
        ))}
      </Stack>
    </NotifyContext>
  );
}

/** Shows a notification; needs a NotificationsProvider above. */
export function useNotify(): (options: NotifyOptions) => void {
  const notify = use(NotifyContext);
  if (!notify) throw new Error('useNotify needs a <NotificationsProvider> above it');
  return notify;
}
