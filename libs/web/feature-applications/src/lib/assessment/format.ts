import { useMemo } from 'react';
import { numberLocaleFor } from '@dp/web/ui';
import { useAssessmentTranslation } from './i18n';

export interface ScoreFormat {
  /** a weighted score or its points, with up to one decimal: `72`, `72,5` */
  score: (value: number) => string;
  /** a mean, a standard deviation or a level on a scale, with up to one decimal: `2,7` */
  decimal: (value: number) => string;
  /** a share (0–1) as a percentage with up to one decimal: `20 %`, `16,7 %` */
  percent: (value: number) => string;
}

/** The number formats of the assessment in the UI language. */
export function useScoreFormat(): ScoreFormat {
  const { i18n } = useAssessmentTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      score: (v) => one.format(v),
      decimal: (v) => one.format(v),
      percent: (v) => percent.format(v),
    };
  }, [locale]);
}
