import { useMemo } from 'react';
import { formatMoney } from '@dp/domain/money';
import { numberLocaleFor } from '@dp/web/ui';
import { criteriaFieldKind, limitsOf } from './criteria-model';
import { useAdminTranslation } from './i18n';

/** Numbers of the criteria page in the UI language: shares `20,0 %`, the consistency ratio `0,14`, kronor `1 234 567 kr`. */
export function useCriteriaFormat() {
  const { i18n } = useAdminTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
    const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return {
      locale,
      /** a share 0–1 as percent: `20,0 %` */
      percent: (share: number) => percent.format(share),
      /** the consistency ratio: `0,14` */
      ratio: (value: number) => ratio.format(value),
      number: (value: number) => plain.format(value),
      hours: (value: number) => hours.format(value),
      money: (amount: number) => formatMoney(amount, locale),
    };
  }, [locale]);
}

/** Translates a validation code at a field of the criteria form, with the field's limits. */
export function useCriteriaMessage(): (code: string, field: string) => string {
  const { t } = useAdminTranslation();
  return (code, field) => {
    const kind = criteriaFieldKind(field);
    return t([...(kind ? [`criteria.errors.${kind}.${code}`] : []), `criteria.errors.${code}`, 'criteria.errors.INVALID'], limitsOf(kind));
  };
}
