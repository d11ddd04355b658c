import { useMemo } from 'react';
import { formatMoney } from '@dp/domain/money';
import { numberLocaleFor } from '@dp/web/ui';
import { usePortfolioTranslation } from './i18n';

export interface PortfolioFormat {
  /** whole kronor: `1 234 567 kr` */
  money: (amount: number) => string;
  /** a weighted score with one decimal: `72,5` */
  score: (value: number) => string;
  /** a share as a whole percentage: `87 %` */
  percent: (value: number) => string;
  /** a small share with one decimal: `0,4 %` */
  gap: (value: number) => string;
  /** a plain number with up to one decimal: `1 400`, `612,4` */
  number: (value: number) => string;
  /** a ratio with two decimals: `1,23` */
  ratio: (value: number) => string;
  /** a list of names: `A, B och C` */
  list: (names: readonly string[]) => string;
}

/** The number formats of the prioritisation pages in the UI language. */
export function usePortfolioFormat(): PortfolioFormat {
  const { i18n } = usePortfolioTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const gap = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      money: (amount) => formatMoney(amount, locale),
      score: (v) => score.format(v),
      percent: (v) => percent.format(v),
      gap: (v) => gap.format(v),
      number: (v) => number.format(v),
      ratio: (v) => ratio.format(v),
      list: (names) => list.format(names),
    };
  }, [locale]);
}
