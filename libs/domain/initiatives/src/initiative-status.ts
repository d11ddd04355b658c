import { STATUSES, type Status } from '@dp/domain/workflow';

/** Initiative states: those of the workflow (libs/domain/workflow). */
export const INITIATIVE_STATUSES = STATUSES;
export type InitiativeStatus = Status;
