import { describe, expect, it } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditLogQuery, SessionUser } from '@dp/web/data-access';
import { renderAdmin } from '../testing/render';
import { analystUser, applicantUser, auditEdge, auditPage, auditorUser } from '../testing/fixtures';
import { AuditLogPage } from './audit-log-page';

const entries = [
  auditEdge('e-3', {
    occurredAt: '2026-11-22T09:15:00.000Z',
    changes: [
      { field: 'status', before: '"DRAFT"', after: '"AWAITING_ANCHORING"' },
      { field: 'requestedAmount', before: '450000', after: '500000' },
    ],
  }),
  auditEdge('e-2', {
    occurredAt: '2026-06-01T12:00:00.000Z',
    actorId: null,
    actorName: null,
    entityType: 'Department',
    entityId: 'd-buf',
    operation: 'CREATE',
    changes: [{ field: 'name', before: null, after: '"Barn- och utbildningsförvaltningen"' }],
  }),
];

function renderAudit({ route = '/audit', user = auditorUser, pages }: { route?: string; user?: SessionUser; pages?: (after: unknown) => AuditLogQuery } = {}) {
  return renderAdmin(<AuditLogPage />, {
    path: '/audit',
    route,
    user,
    query: (name, variables) => (name === 'AuditLog' ? { data: pages ? pages(variables['after']) : auditPage(entries) } : undefined),
  });
}

describe('AuditLogPage', () => {
  it('lists the entries: Swedish time, the user or System, record type, id, operation and each change', async () => {
    const { calls } = renderAudit();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ändringslogg' })).toBeInTheDocument();
    expect(document.title).toBe('Ändringslogg – Digitaliseringsportföljen');
    const table = screen.getByRole('table', { name: 'Händelser i ändringsloggen, nyast först' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Tid',
      'Användare',
      'Posttyp',
      'Post-id',
      'Åtgärd',
      'Ändringar (fält: före → efter)',
    ]);

    const update = within(screen.getByTestId('audit-e-3'));
    expect(update.getByText('2026-11-22 10:15')).toHaveAttribute('datetime', '2026-11-22T09:15:00.000Z');
    expect(update.getByText('Sara Sökande')).toBeInTheDocument();
    expect(update.getByText('Initiativ')).toBeInTheDocument();
    expect(update.getByText('Ändrad')).toBeInTheDocument();
    const changes = update.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(changes).toEqual(['status: DRAFT → ändrades till AWAITING_ANCHORING', 'requestedAmount: 450000 → ändrades till 500000']);

    const created = within(screen.getByTestId('audit-e-2'));
    expect(created.getByText('2026-06-01 14:00')).toBeInTheDocument();
    expect(created.getByText('System')).toBeInTheDocument();
    expect(created.getByText('Förvaltning')).toBeInTheDocument();
    expect(created.getByText('Skapad')).toBeInTheDocument();
    expect(created.getByRole('listitem')).toHaveTextContent('name: (tomt) → ändrades till Barn- och utbildningsförvaltningen');

    expect(screen.getByTestId('audit-count')).toHaveTextContent('Visar 2 av 2 händelser');
    expect(calls[0]).toMatchObject({ operationName: 'AuditLog', variables: { filter: {}, first: 50, after: null } });
    expect(screen.getByRole('link', { name: 'Exportera CSV' })).toHaveAttribute('href', '/api/audit-log.csv');
  });

  it('takes the filters from the address and builds the CSV link from the same filters', async () => {
    const { calls } = renderAudit({ route: '/audit?type=Initiative&operation=UPDATE&from=2026-11-01&to=2026-11-30&q=sara' });
    await screen.findByRole('table');
    expect(calls[0]?.variables).toEqual({
      filter: { entityType: 'Initiative', operation: 'UPDATE', from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T22:59:59.999Z', search: 'sara' },
      first: 50,
      after: null,
    });
    expect(screen.getByRole('combobox', { name: 'Posttyp' })).toHaveValue('Initiativ');
    expect(screen.getByRole('combobox', { name: 'Åtgärd' })).toHaveValue('Ändrad');
    expect(screen.getByLabelText('Från och med datum')).toHaveValue('2026-11-01');
    expect(screen.getByRole('searchbox', { name: /Fritext/ })).toHaveValue('sara');
    const href = screen.getByRole('link', { name: 'Exportera CSV' }).getAttribute('href') ?? '';
    const [path, query] = href.split('?');
    expect(path).toBe('/api/audit-log.csv');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      entityType: 'Initiative',
      operation: 'UPDATE',
      from: '2026-10-31T23:00:00.000Z',
      to: '2026-11-30T22:59:59.999Z',
      search: 'sara',
    });
  });

  it('puts a changed filter and the searched text into the address and the CSV link', async () => {
    const user = userEvent.setup();
    renderAudit();
    await screen.findByRole('table');
    await user.click(screen.getByRole('combobox', { name: 'Åtgärd' }));
    await user.click(await screen.findByRole('option', { name: 'Borttagen' }));
    await user.type(screen.getByRole('searchbox', { name: /Fritext/ }), 'i-1');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/audit?operation=DELETE&q=i-1'));
    expect(await screen.findByRole('link', { name: 'Exportera CSV' })).toHaveAttribute('href', '/api/audit-log.csv?operation=DELETE&search=i-1');

    await user.click(screen.getByRole('button', { name: 'Rensa urvalet' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/audit$/));
    expect(screen.getByRole('searchbox', { name: /Fritext/ })).toHaveValue('');
  });

  it('shows more entries with the cursor when "Visa fler" is pressed', async () => {
    const user = userEvent.setup();
    const { calls } = renderAudit({
      pages: (after) =>
        after === 'c-e-2' ? auditPage([auditEdge('e-1', { entityId: 'i-9' })], { totalCount: 3 }) : auditPage(entries, { totalCount: 3, hasNextPage: true }),
    });
    await screen.findByRole('table');
    expect(screen.getByTestId('audit-count')).toHaveTextContent('Visar 2 av 3 händelser');
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByTestId('audit-e-1')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.getByTestId('audit-count')).toHaveTextContent('Visar 3 av 3 händelser');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.operationName === 'AuditLog').map((c) => c.variables['after'])).toEqual([null, 'c-e-2']);
  });

  it('is in English too', async () => {
    renderAdmin(<AuditLogPage />, {
      path: '/audit',
      route: '/audit',
      user: auditorUser,
      language: 'en',
      query: () => ({ data: auditPage(entries) }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(within(screen.getByTestId('audit-e-3')).getByText('Changed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toBeInTheDocument();
  });

  it.each([
    ['an applicant', applicantUser],
    ['an analyst', analystUser],
  ])('explains to %s that only auditors and administrators read the log', (_who, who) => {
    const { calls } = renderAudit({ user: who });
    expect(screen.getByRole('heading', { level: 1, name: 'Ändringslogg' })).toBeInTheDocument();
    expect(screen.getByTestId('not-allowed')).toHaveTextContent('Bara revisorer och administratörer kan läsa ändringsloggen.');
    expect(screen.queryByRole('link', { name: 'Exportera CSV' })).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
