// Prioritisation of a fund round (portfölj, rangordning, optimering, scenarier): issue 5.
export { PortfolioNav } from './lib/portfolio-nav';
export { PORTFOLIO_PATHS } from './lib/paths';
export { registerPortfolioTranslations, usePortfolioTranslation, portfolioResources, PORTFOLIO_NAMESPACE } from './lib/i18n';
export { portfolioRoutes } from './lib/routes';
export { mayViewPortfolio, mayEditScenarios, portfolioNavItems, PORTFOLIO_VIEWER_ROLES, type PortfolioNavItem } from './lib/access';
