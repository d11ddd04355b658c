import type { AdminDepartmentsQuery, AdminUsersQuery, AuditLogQuery, SessionUser } from '@dp/web/data-access';

export const departments: AdminDepartmentsQuery['departments'] = [
  { id: 'd-buf', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' },
  { id: 'd-soc', code: 'SOC', name: 'Socialförvaltningen' },
];

type User = AdminUsersQuery['users'][number];

export const users: User[] = [
  {
    id: 'u-admin',
    email: 'admin@demo.example',
    displayName: 'Anna Administratör',
    active: true,
    version: 1,
    roles: [{ role: 'ADMINISTRATOR', department: null }],
    delegations: [],
  },
  {
    id: 'u-sara',
    email: 'sokande@demo.example',
    displayName: 'Sara Sökande',
    active: true,
    version: 4,
    roles: [
      { role: 'APPLICANT', department: { id: 'd-buf', name: 'Barn- och utbildningsförvaltningen' } },
      { role: 'DEPARTMENT_HEAD', department: { id: 'd-soc', name: 'Socialförvaltningen' } },
    ],
    delegations: [],
  },
  {
    id: 'u-rolf',
    email: 'revisor@demo.example',
    displayName: 'Rolf Revisor',
    active: false,
    version: 2,
    roles: [{ role: 'AUDITOR', department: null }],
    delegations: [],
  },
];

const session = (u: User): SessionUser => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  active: u.active,
  roles: u.roles.map((g) => ({ role: g.role, department: g.department && { ...g.department, code: 'X' } })),
});

export const adminUser = session(users[0]!);
export const auditorUser = session({ ...users[2]!, active: true });
export const applicantUser = session(users[1]!);
export const analystUser: SessionUser = {
  id: 'u-per',
  email: 'portfoljkontor@demo.example',
  displayName: 'Per Portföljkontor',
  active: true,
  roles: [{ role: 'PORTFOLIO_ANALYST', department: null }],
};

type Edge = AuditLogQuery['auditLog']['edges'][number];

export function auditEdge(id: string, node: Partial<Edge['node']> = {}): Edge {
  return {
    cursor: `c-${id}`,
    node: {
      id,
      occurredAt: '2026-11-22T09:15:00.000Z',
      actorId: 'u-sara',
      actorName: 'Sara Sökande',
      entityType: 'Initiative',
      entityId: 'i-1',
      operation: 'UPDATE',
      changes: [],
      ...node,
    },
  };
}

export function auditPage(edges: Edge[], { totalCount = edges.length, hasNextPage = false } = {}): AuditLogQuery {
  return {
    auditLog: {
      totalCount,
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
    },
  };
}
