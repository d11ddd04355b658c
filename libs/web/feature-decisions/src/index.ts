// The management group meeting, presentation mode and the decisions (ledningsgruppsmöte, beslut): issue 6.
export { decisionsRoutes } from './lib/routes';
export { DECISIONS_PATHS, DECISIONS_DOWNLOADS } from './lib/paths';
export { registerDecisionsTranslations, useDecisionsTranslation, decisionsResources, DECISIONS_NAMESPACE } from './lib/i18n';
export { mayViewMeetings, mayCreateMeetings, decisionsNavItems, type DecisionsNavItem } from './lib/access';
