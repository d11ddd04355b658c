import { Button } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PORTFOLIO_PATHS } from './paths';
import { usePortfolioTranslation } from './i18n';

/**
 * The sub-navigation of a fund round's prioritisation: Rangordning, Scenarier and Analys, the current
 * page marked with aria-current.
 */
export function PortfolioNav({ roundId }: { roundId: string }) {
  const { t } = usePortfolioTranslation();
  const { pathname } = useLocation();
  const items = [
    { to: PORTFOLIO_PATHS.board(roundId), label: t('nav.board') },
    { to: PORTFOLIO_PATHS.scenarios(roundId), label: t('nav.scenarios') },
    { to: PORTFOLIO_PATHS.analysis(roundId), label: t('nav.analysis') },
  ];
  const current = (to: string) => pathname.replace(/\/+$/, '') === to;
  return (
    <nav aria-label={t('nav.label')}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-xs)' }}>
        {items.map((item) => (
          <li key={item.to}>
            <Button
              component={Link}
              to={item.to}
              variant={current(item.to) ? 'light' : 'subtle'}
              size="compact-md"
              aria-current={current(item.to) ? 'page' : undefined}
            >
              {item.label}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
