import { Department } from './department.entity.js';
import { FundRound } from './fund-round.entity.js';
import { GoalArea } from './goal-area.entity.js';
import { Comment, Initiative, StatusInterval } from './initiative.entity.js';
import { LoginAttempt, User, UserRole, UserSession } from './user.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { BenefitCalculation } from './benefit-calculation.entity.js';
import { AssessmentCriteria, AssessmentRecord, EligibilityReview, Scenario } from './prioritisation.entity.js';
import { DecisionRecord, Meeting, Notification } from './decision.entity.js';

export * from './base.entity.js';
export * from './department.entity.js';
export * from './fund-round.entity.js';
export * from './goal-area.entity.js';
export * from './initiative.entity.js';
export * from './user.entity.js';
export * from './audit-event.entity.js';
export * from './benefit-calculation.entity.js';
export * from './prioritisation.entity.js';
export * from './decision.entity.js';

/** Every entity of the application, for the ORM configuration. */
export const entities = [Department, GoalArea, FundRound, Initiative, StatusInterval, Comment, User, UserRole, UserSession, LoginAttempt, AuditEvent, BenefitCalculation, AssessmentCriteria, AssessmentRecord, EligibilityReview, Scenario, Meeting, DecisionRecord, Notification];
