import { useMemo } from 'react';
import { formatMoney } from '@dp/domain/money';
import { numberLocaleFor } from '@dp/web/ui';
import { useDecisionsTranslation } from './i18n';

export interface DecisionsFormat {
  locale: string;
  /** whole kronor: `1 234 567 kr` (negative: `−500 000 kr`) */
  money: (amount: number) => string;
  /** an amount as typed in an input: `1 234 567` */
  amountInput: (amount: number) => string;
  /** a weighted score with one decimal: `72,5` */
  score: (value: number) => string;
  /** a ratio with two decimals: `1,23` */
  ratio: (value: number) => string;
  /** a list of names: `A, B och C` */
  list: (names: readonly string[]) => string;
}

/** The number formats of the meeting pages in the UI language. */
export function useDecisionsFormat(): DecisionsFormat {
  const { i18n } = useDecisionsTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      locale,
      money: (amount) => formatMoney(amount, locale),
      amountInput: (amount) => whole.format(amount),
      score: (v) => score.format(v),
      ratio: (v) => ratio.format(v),
      list: (names) => list.format(names),
    };
  }, [locale]);
}

/** Today in Swedish time as YYYY-MM-DD (the default decision date). */
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
