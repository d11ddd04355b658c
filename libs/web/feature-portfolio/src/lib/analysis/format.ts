import { useMemo } from 'react';
import { formatMoney } from '@dp/domain/money';
import { numberLocaleFor } from '@dp/web/ui';
import { useScenariosTranslation } from './i18n';

export interface AnalysisFormat {
  locale: string;
  /** whole kronor: `1 234 567 kr` */
  money: (amount: number) => string;
  /** a weighted score or a sum of them, with up to one decimal: `1 234,5` */
  score: (value: number) => string;
  /** a share as a whole percentage: `87 %` */
  percent: (share: number) => string;
  /** a count, fractional counts with one decimal: `12`, `1,5` */
  count: (value: number) => string;
}

/** The number formats of the Scenarier and Analys pages in the UI language (sv-SE for Swedish). */
export function useAnalysisFormat(): AnalysisFormat {
  const { i18n } = useScenariosTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      locale,
      money: (amount) => formatMoney(amount, locale),
      score: (value) => score.format(value),
      percent: (share) => percent.format(share),
      count: (value) => count.format(value),
    };
  }, [locale]);
}
