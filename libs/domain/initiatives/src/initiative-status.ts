/**
 * Initiative states. The foundation knows only DRAFT; the workflow issue adds the rest
 * (submitted, in preparation, prepared, decided, …) in libs/domain/workflow.
 */
export const INITIATIVE_STATUSES = ['DRAFT'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
