/** migrated, empty */
export const TEMPLATE_DATABASE = 'dp_template';
/** migrated, with the demo municipality */
export const TEMPLATE_DATABASE_DEMO = 'dp_template_demo';
