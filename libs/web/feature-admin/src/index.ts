export { UsersPage } from './lib/users-page';
export { CreateUserPage } from './lib/create-user-page';
export { EditUserPage } from './lib/edit-user-page';
export { AuditLogPage } from './lib/audit-log-page';
export { CalculationParametersPage } from './lib/calculation-parameters-page';
export { adminRoutes } from './lib/routes';
export { adminNavItems, mayManageUsers, mayReadAuditLog, mayEditCalculationParameters, ADMIN_PATHS, type AdminNavItem } from './lib/access';
export { auditCsvHref, toApiFilter, readAuditFilters, type AuditUrlFilters } from './lib/audit-filter';
export { registerAdminTranslations, useAdminTranslation, adminResources, ADMIN_NAMESPACE } from './lib/i18n';
