import type { RouteObject } from 'react-router';
import { ADMIN_PATHS } from './access';
import { AuditLogPage } from './audit-log-page';
import { CalculationParametersPage } from './calculation-parameters-page';
import { CreateUserPage } from './create-user-page';
import { CriteriaPage } from './criteria-page';
import { EditUserPage } from './edit-user-page';
import { UsersPage } from './users-page';

/**
 * The administration routes, to be placed inside the signed-in part of the app (they need the
 * CurrentUserProvider). Each page checks the role itself and explains when the user may not use it.
 */
export const adminRoutes: RouteObject[] = [
  { path: ADMIN_PATHS.users, element: <UsersPage /> },
  { path: ADMIN_PATHS.newUser, element: <CreateUserPage /> },
  { path: '/admin/users/:id', element: <EditUserPage /> },
  { path: ADMIN_PATHS.audit, element: <AuditLogPage /> },
  { path: ADMIN_PATHS.calculationParameters, element: <CalculationParametersPage /> },
  { path: ADMIN_PATHS.criteria, element: <CriteriaPage /> },
];
