import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from './i18n/i18n';

/** Svenska / English. The choice is stored in localStorage and sets `<html lang>` (see createI18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((lng) => (
        <Button
          key={lng}
          size="compact-sm"
          variant={current === lng ? 'filled' : 'subtle'}
          aria-pressed={current === lng}
          lang={lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </Button>
      ))}
    </Group>
  );
}
