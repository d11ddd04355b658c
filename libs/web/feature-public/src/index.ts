// The public portfolio page (offentlighetsprincipen): granted initiatives per fund round without sign-in: issue 6.
export { publicRoutes } from './lib/routes';
export { PUBLIC_PATHS } from './lib/paths';
export { usePublicTranslation, registerPublicTranslations, publicResources, PUBLIC_NAMESPACE } from './lib/i18n';
export { OPEN_DATA_PATHS, readRounds, readRoundDecisions, type PublicRound, type PublicDecision, type PublicRoundDecisions } from './lib/open-data';
