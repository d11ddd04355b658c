import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The i18next namespace of the public portfolio page (offentlighetsprincipen). */
export const PUBLIC_NAMESPACE = 'public';

/** Swedish texts of the public page (the default language); klarspråk, terms from the glossary. */
export const publicSv = {
  title: 'Beviljade initiativ',
  intro:
    'Här redovisar kommunen besluten om digitaliseringspotten: vilka initiativ som har fått pengar, hur mycket och vad de ska leda till. Du behöver inte logga in för att se uppgifterna.',
  rounds: {
    label: 'Ansökningsomgång',
    option: '{{name}} ({{year}})',
    loading: 'Laddar ansökningsomgångarna …',
    error: 'Det gick inte att hämta ansökningsomgångarna. Försök igen om en stund.',
    none: 'Det finns inga beslut att visa ännu.',
    notFound: 'Ansökningsomgången ”{{code}}” finns inte.',
    showLatest: 'Visa den senaste ansökningsomgången',
  },
  decisions: {
    loading: 'Laddar besluten …',
    error: 'Det gick inte att hämta besluten. Försök igen om en stund.',
    none: 'Inga beslut är fattade i ansökningsomgången ännu.',
  },
  summary: {
    label: 'Sammanfattning av {{name}}',
    granted: 'Beviljat {{granted}} av budgeten {{budget}}.',
    remaining: 'Kvar att fördela: {{remaining}}.',
    over: 'Beviljat belopp är {{over}} högre än budgeten.',
    counts: 'Beviljade initiativ: {{granted}}. Övriga beslut: {{others}}.',
    share: 'Andel av budgeten som är beviljad',
    byYear: 'Beviljat per år: {{years}}.',
    yearAmount: '{{year}}: {{amount}}',
  },
  granted: {
    heading: 'Beviljade initiativ',
    caption: 'Beviljade initiativ i {{name}}',
    none: 'Inga initiativ är beviljade i ansökningsomgången ännu.',
  },
  others: {
    heading: 'Övriga beslut',
    intro: 'Ansökningar som har fått avslag eller har bordlagts. En ansökan som har återremitterats bereds på nytt och visas här när den har fått ett nytt beslut.',
    caption: 'Övriga beslut i {{name}}: avslag och bordlagda ansökningar',
    none: 'Det finns inga avslag eller bordlagda ansökningar i ansökningsomgången.',
  },
  columns: {
    title: 'Initiativ',
    department: 'Förvaltning',
    object: 'Förvaltningsobjekt',
    grantedAmount: 'Beviljat belopp',
    byYear: 'Per år',
    expectedEffects: 'Förväntade effekter',
    status: 'Status',
    outcome: 'Beslut',
    decidedOn: 'Beslutsdatum',
    registrationNumber: 'Diarienummer',
  },
  outcomes: {
    GRANTED: 'Beviljad',
    REJECTED: 'Avslag',
    DEFERRED: 'Bordlagd',
    RETURNED: 'Återremitterad',
  },
  none: '–',
  openData: {
    heading: 'Öppna data',
    body: 'Uppgifterna är allmänna handlingar och får återanvändas fritt. Inga personuppgifter ingår.',
    stable: 'Adresserna ändras inte, så du kan hämta uppgifterna automatiskt.',
    json: 'Besluten i {{name}} som JSON',
    csv: 'Besluten i {{name}} som CSV (öppnas i Excel)',
    rounds: 'Alla ansökningsomgångar som JSON',
  },
};

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of the public page. */
export const publicEn: Texts<typeof publicSv> = {
  title: 'Granted initiatives',
  intro:
    'The municipality publishes the decisions on the digitalisation fund here: which initiatives were granted money, how much, and what they are to achieve. You do not need to sign in to see them.',
  rounds: {
    label: 'Fund round',
    option: '{{name}} ({{year}})',
    loading: 'Loading the fund rounds …',
    error: 'The fund rounds could not be loaded. Try again in a while.',
    none: 'There are no decisions to show yet.',
    notFound: 'The fund round “{{code}}” does not exist.',
    showLatest: 'Show the latest fund round',
  },
  decisions: {
    loading: 'Loading the decisions …',
    error: 'The decisions could not be loaded. Try again in a while.',
    none: 'No decisions have been made in the fund round yet.',
  },
  summary: {
    label: 'Summary of {{name}}',
    granted: 'Granted {{granted}} of the budget of {{budget}}.',
    remaining: 'Left to distribute: {{remaining}}.',
    over: 'The granted amount is {{over}} above the budget.',
    counts: 'Granted initiatives: {{granted}}. Other decisions: {{others}}.',
    share: 'Share of the budget granted',
    byYear: 'Granted per year: {{years}}.',
    yearAmount: '{{year}}: {{amount}}',
  },
  granted: {
    heading: 'Granted initiatives',
    caption: 'Granted initiatives in {{name}}',
    none: 'No initiatives have been granted in the fund round yet.',
  },
  others: {
    heading: 'Other decisions',
    intro: 'Applications that were rejected or deferred. An application returned for further preparation is prepared again and shown here once it has a new decision.',
    caption: 'Other decisions in {{name}}: rejected and deferred applications',
    none: 'There are no rejected or deferred applications in the fund round.',
  },
  columns: {
    title: 'Initiative',
    department: 'Department',
    object: 'Management object',
    grantedAmount: 'Granted amount',
    byYear: 'Per year',
    expectedEffects: 'Expected effects',
    status: 'Status',
    outcome: 'Decision',
    decidedOn: 'Decision date',
    registrationNumber: 'Registration number',
  },
  outcomes: {
    GRANTED: 'Granted',
    REJECTED: 'Rejected',
    DEFERRED: 'Deferred',
    RETURNED: 'Returned',
  },
  none: '–',
  openData: {
    heading: 'Open data',
    body: 'The information is public record and may be reused freely. No personal data is included.',
    stable: 'The addresses do not change, so the data can be fetched automatically.',
    json: 'The decisions in {{name}} as JSON',
    csv: 'The decisions in {{name}} as CSV (opens in Excel)',
    rounds: 'All fund rounds as JSON',
  },
};

export const publicResources = { sv: publicSv, en: publicEn } as const;

/** Adds the `public` namespace (Swedish and English) to an i18next instance; does nothing when it is there already. */
export function registerPublicTranslations(i18n: I18n): void {
  for (const [language, bundle] of Object.entries(publicResources)) {
    if (!i18n.hasResourceBundle(language, PUBLIC_NAMESPACE)) i18n.addResourceBundle(language, PUBLIC_NAMESPACE, bundle, true, true);
  }
}

/** `useTranslation('public')`, with the namespace registered on the instance in use first. */
export function usePublicTranslation() {
  const { i18n } = useTranslation();
  registerPublicTranslations(i18n);
  return useTranslation(PUBLIC_NAMESPACE);
}
