import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { LoginDocument, readGraphQLError, useSessionControl, type GraphQLFailure } from '@dp/web/data-access';
import { Page, formatDateTime } from '@dp/web/ui';
import { loginSchema, type LoginFormValues, type ValidLoginInput } from './login-form-model';
import { safeNextPath } from './next-path';

/** What a failed sign-in means for the user, in the UI language. */
export function signInErrorMessage(t: TFunction, failure: GraphQLFailure): string {
  switch (failure.kind) {
    case 'invalid-credentials':
      return t('login.errors.INVALID_CREDENTIALS');
    case 'account-locked':
      return failure.lockedUntil
        ? t('login.errors.ACCOUNT_LOCKED', { time: formatDateTime(failure.lockedUntil) })
        : t('login.errors.ACCOUNT_LOCKED_WITHOUT_TIME');
    case 'too-many-attempts':
      return failure.retryAfterSeconds
        ? t('login.errors.TOO_MANY_ATTEMPTS', { count: Math.ceil(failure.retryAfterSeconds / 60) })
        : t('login.errors.TOO_MANY_ATTEMPTS_WITHOUT_TIME');
    case 'network':
      return t('common.networkError');
    default:
      return t('common.genericError');
  }
}

/**
 * Logga in: e-mail address and password. A failed sign-in is summarised above the form (the focus moves
 * there, so screen readers read it) and the typed e-mail address stays; after signing in the user goes
 * on to the page they came from (`?next=`), else to the initiatives.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { resetClient, sessionExpired } = useSessionControl();
  const [, login] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<GraphQLFailure | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<LoginFormValues, unknown, ValidLoginInput>({
    defaultValues: { email: '', password: '' },
    resolver: zodResolver(loginSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);

  const signIn = async ({ email, password }: ValidLoginInput) => {
    setFailure(null);
    const result = await login({ email, password });
    if (result.data?.login && !result.error) {
      // a fresh client: nothing cached for an earlier user (or for nobody) survives the sign-in
      resetClient();
      void navigate(safeNextPath(params.get('next')), { replace: true });
      return;
    }
    setValue('password', '');
    setFailure(readGraphQLError(result.error) ?? { kind: 'unknown' });
  };

  const fieldError = (message: string | undefined) => (message ? t(`login.validation.${message}`) : undefined);

  return (
    <Page title={t('login.title')}>
      <Stack gap="md" maw={440}>
        {failure ? (
          <Alert ref={summary} tabIndex={-1} color="red" variant="light" title={t('login.errorTitle')} role="alert" data-testid="login-error">
            <Text size="sm">{signInErrorMessage(t, failure)}</Text>
          </Alert>
        ) : sessionExpired ? (
          <Alert color="blue" variant="light" title={t('login.sessionExpiredTitle')} role="status">
            <Text size="sm">{t('login.sessionExpired')}</Text>
          </Alert>
        ) : null}

        <form noValidate onSubmit={handleSubmit(signIn)} aria-describedby="login-intro">
          <Stack gap="md">
            <Text id="login-intro">{t('login.intro')}</Text>
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              required
              error={fieldError(errors.email?.message)}
              {...register('email')}
            />
            <PasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              error={fieldError(errors.password?.message)}
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
              {...register('password')}
            />
            <div>
              <Button type="submit" loading={isSubmitting}>
                {t('login.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Page>
  );
}
