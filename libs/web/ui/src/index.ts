export { theme, cssVariablesResolver } from './lib/theme';
export { TestUiProvider } from './lib/test-ui-provider';
export {
  createI18n,
  resources,
  SUPPORTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  numberLocaleFor,
  type Language,
} from './lib/i18n/i18n';
export type { Resources } from './lib/i18n/sv';
export { MoneyText, useFormatMoney, type MoneyTextProps } from './lib/money-text';
export { DateText, formatDate, formatDateTime, type DateTextProps } from './lib/date-text';
export { StatusBadge, type StatusBadgeProps } from './lib/status-badge';
export { Page, type PageProps } from './lib/page';
export { LoadingState, EmptyState, ErrorState, type ErrorStateProps } from './lib/states';
export { NotificationsProvider, useNotify, type NotifyOptions } from './lib/notifications';
export { LanguageSwitch } from './lib/language-switch';
export { AppLayout, MAIN_CONTENT_ID, type AppLayoutProps } from './lib/app-layout';
export { useValidationMessage, type ValidationMessageParams } from './lib/validation-message';
export { EChart, canvasAvailable, loadEchartsSetup, type EChartProps } from './lib/charts/echart';
export { CumulativeNetChart, type CumulativeNetChartProps } from './lib/charts/cumulative-net-chart';
export { ScrollTable, type ScrollTableProps } from './lib/scroll-table';
export { ReloadConflictAlert, reloadConflictTexts, type ReloadConflictAlertProps, type ReloadConflictTexts } from './lib/reload-conflict-alert';
