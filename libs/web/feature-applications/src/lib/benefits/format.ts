import { numberLocaleFor, useFormatMoney } from '@dp/web/ui';
import { fieldOfKey, limitsOf } from './sheet-model';
import { useBenefitsTranslation } from './i18n';

export interface FigureFormat {
  /** whole kronor: `1 234 567 kr` */
  money: (amount: number) => string;
  /** a ratio with two decimals: `1,23` */
  ratio: (value: number) => string;
  /** a share as a percentage: `45 %` */
  percent: (value: number) => string;
  /** a change as a signed percentage: `+30 %`, `−30 %` */
  signedPercent: (value: number) => string;
  /** a rate as a percentage with up to one decimal: `3 %`, `3,5 %` */
  rate: (value: number) => string;
  /** hours with up to one decimal: `1 400` */
  hours: (value: number) => string;
}

/** The number formats of the calculation in the UI language (money as elsewhere in the app). */
export function useFigureFormat(): FigureFormat {
  const { i18n } = useBenefitsTranslation();
  const money = useFormatMoney();
  const locale = numberLocaleFor(i18n.language);
  const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'always' });
  const rate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    money,
    ratio: (v) => ratio.format(v),
    percent: (v) => percent.format(v),
    signedPercent: (v) => signed.format(v),
    rate: (v) => rate.format(v),
    hours: (v) => hours.format(v),
  };
}

/** A validation code at an editor field in the UI language: the field's own text when there is one. */
export function useSheetMessage(): (key: string, code: string) => string {
  const { t } = useBenefitsTranslation();
  return (key, code) => {
    const field = fieldOfKey(key);
    return t([`validation.fields.${field}.${code}`, `validation.${code}`, 'validation.INVALID'], limitsOf(field));
  };
}
