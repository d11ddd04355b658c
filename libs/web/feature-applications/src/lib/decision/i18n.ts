import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The i18next namespace of the decision (beslut) on the initiative page. */
export const INITIATIVE_DECISION_NAMESPACE = 'initiativeDecision';

/** Swedish texts of the decision panel (the default language); terms from the glossary, klarspråk. */
export const initiativeDecisionSv = {
  title: 'Beslut',
  headline: {
    GRANTED: 'Ansökan är beviljad med {{amount}}.',
    GRANTED_lower: 'Ansökan är beviljad med {{amount}}, lägre än de {{requested}} som söktes.',
    REJECTED: 'Ansökan har fått avslag.',
    DEFERRED: 'Ansökan är bordlagd.',
    RETURNED: 'Ansökan är återremitterad för mer beredning.',
  },
  next: {
    GRANTED: 'Pengarna är reserverade i digitaliseringspotten. Följ villkoren nedan och starta genomförandet när ni är redo.',
    REJECTED: 'Ansökan får inga pengar ur digitaliseringspotten. Motiveringen står nedan.',
    DEFERRED: 'Beslutet skjuts upp. Ansökan kan tas upp igen vid ett senare tillfälle.',
    RETURNED: 'Portföljkontoret bereder ansökan vidare. Ni kan bli ombedda att komplettera den.',
  },
  fields: {
    outcome: 'Beslut',
    grantedAmount: 'Beviljat belopp',
    byYear: 'Beviljat per år',
    conditions: 'Villkor',
    reason: 'Motivering',
    decidedOn: 'Beslutsdatum',
    registrationNumber: 'Diarienummer',
    decidedBy: 'Beslutat av',
    meeting: 'Ledningsgruppsmöte',
  },
  outcomes: {
    GRANTED: 'Beviljad',
    REJECTED: 'Avslag',
    DEFERRED: 'Bordlagd',
    RETURNED: 'Återremitterad',
  },
  yearAmount: '{{year}}: {{amount}}',
  decidedByValue: '{{name}} ({{level}}, enligt delegationsordningen)',
  meetingValue: '{{title}}, {{date}}',
  overcommitted: {
    title: 'Beviljat över budget',
    body: 'Beslutet gör att mer än budgeten är beviljat. Skälet som angavs: {{reason}}',
    bodyNoReason: 'Beslutet gör att mer än budgeten är beviljat.',
  },
  snapshot: {
    locked: 'Beslutsunderlaget är låst (kontrollsumma {{fingerprint}}).',
    help: 'Nyttokalkylen, bedömningen och scenariot som beslutet fattades på sparades när beslutet registrerades.',
    intact: 'Underlaget är oförändrat sedan beslutet.',
    changedTitle: 'Underlaget stämmer inte',
    changed: 'Det sparade beslutsunderlaget stämmer inte längre med kontrollsumman. Kontakta portföljkontoret.',
  },
};

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts of the decision panel. */
export const initiativeDecisionEn: Texts<typeof initiativeDecisionSv> = {
  title: 'Decision',
  headline: {
    GRANTED: 'The application is granted {{amount}}.',
    GRANTED_lower: 'The application is granted {{amount}}, less than the {{requested}} requested.',
    REJECTED: 'The application is rejected.',
    DEFERRED: 'The application is deferred.',
    RETURNED: 'The application is returned for further preparation.',
  },
  next: {
    GRANTED: 'The money is committed in the digitalisation fund. Follow the conditions below and start the delivery when you are ready.',
    REJECTED: 'The application gets no money from the digitalisation fund. The reason is given below.',
    DEFERRED: 'The decision is postponed. The application may be taken up again later.',
    RETURNED: 'The portfolio office prepares the application further. You may be asked to complete it.',
  },
  fields: {
    outcome: 'Decision',
    grantedAmount: 'Granted amount',
    byYear: 'Granted per year',
    conditions: 'Conditions',
    reason: 'Reason',
    decidedOn: 'Decision date',
    registrationNumber: 'Registration number',
    decidedBy: 'Decided by',
    meeting: 'Management group meeting',
  },
  outcomes: {
    GRANTED: 'Granted',
    REJECTED: 'Rejected',
    DEFERRED: 'Deferred',
    RETURNED: 'Returned',
  },
  yearAmount: '{{year}}: {{amount}}',
  decidedByValue: '{{name}} ({{level}}, under the delegation order)',
  meetingValue: '{{title}}, {{date}}',
  overcommitted: {
    title: 'Granted over the budget',
    body: 'With this decision more than the budget is granted. The reason given: {{reason}}',
    bodyNoReason: 'With this decision more than the budget is granted.',
  },
  snapshot: {
    locked: 'The decision basis is locked (checksum {{fingerprint}}).',
    help: 'The benefit calculation, the assessment and the scenario the decision was taken on were saved when the decision was recorded.',
    intact: 'The basis is unchanged since the decision.',
    changedTitle: 'The basis does not match',
    changed: 'The saved decision basis no longer matches its checksum. Contact the portfolio office.',
  },
};

export const initiativeDecisionResources = { sv: initiativeDecisionSv, en: initiativeDecisionEn } as const;

/** Adds the `initiativeDecision` namespace (Swedish and English) to an i18next instance, once. */
export function registerInitiativeDecisionTranslations(i18n: I18n): void {
  for (const [language, bundle] of Object.entries(initiativeDecisionResources)) {
    if (!i18n.hasResourceBundle(language, INITIATIVE_DECISION_NAMESPACE)) i18n.addResourceBundle(language, INITIATIVE_DECISION_NAMESPACE, bundle, true, true);
  }
}

/** `useTranslation('initiativeDecision')`, with the namespace registered on the instance in use first. */
export function useInitiativeDecisionTranslation() {
  const { i18n } = useTranslation();
  registerInitiativeDecisionTranslations(i18n);
  return useTranslation(INITIATIVE_DECISION_NAMESPACE);
}
