import { formatMoney } from '@dp/domain/money';
import { useTranslation } from 'react-i18next';
import { numberLocaleFor } from './i18n/i18n';

/** Formats whole kronor in the UI language: `1 234 567 kr` in Swedish. */
export function useFormatMoney(): (amount: number) => string {
  const { i18n } = useTranslation();
  const locale = numberLocaleFor(i18n.language);
  return (amount) => formatMoney(amount, locale);
}

export interface MoneyTextProps {
  /** whole kronor */
  amount: number;
}

/** An amount of money, formatted for the UI language, never wrapped between digits and `kr`. */
export function MoneyText({ amount }: MoneyTextProps) {
  const format = useFormatMoney();
  return <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{format(amount)}</span>;
}
