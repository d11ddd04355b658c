import { Button, Group, List, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { AuditLogQuery as AuditLogResult } from '@dp/web/data-access';
import { readGraphQLError, useCurrentUser } from '@dp/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page, ScrollTable, formatDateTime } from '@dp/web/ui';
import { mayReadAuditLog } from './access';
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_OPERATIONS,
  AUDIT_PARAMS,
  auditCsvHref,
  readAuditFilters,
  toApiFilter,
  type AuditUrlFilters,
} from './audit-filter';
import { useAdminTranslation } from './i18n';
import { AuditLogQuery } from './operations';
import { NotAllowedPage } from './shared';

type AuditEdge = AuditLogResult['auditLog']['edges'][number];
type AuditChange = AuditEdge['node']['changes'][number];

/** entries per page ("Visa fler" fetches the next page with the cursor) */
export const AUDIT_PAGE_SIZE = 50;
const ALL = 'ALL';
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Ändringslogg (auditors and administrators): who did what to which record and when, with before and
 * after per field. The filters stand in the URL; the CSV export takes the same selection.
 */
export function AuditLogPage() {
  const { t } = useAdminTranslation();
  const { actor } = useCurrentUser();
  const title = t('audit.title');
  if (!mayReadAuditLog(actor)) return <NotAllowedPage title={title} message={t('notAllowed.audit')} />;
  return <AuditLog title={title} />;
}

function AuditLog({ title }: { title: string }) {
  const { t } = useAdminTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readAuditFilters(params), [params]);
  const [searchText, setSearchText] = useState(filters.search ?? '');

  const setFilter = (name: keyof AuditUrlFilters, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '' || value === ALL) next.delete(AUDIT_PARAMS[name]);
        else next.set(AUDIT_PARAMS[name], value);
        return next;
      },
      { replace: true },
    );

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilter('search', searchText.trim());
  };

  const clear = () => {
    setSearchText('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const entityTypes = [...AUDIT_ENTITY_TYPES, ...(filters.entityType && !(AUDIT_ENTITY_TYPES as readonly string[]).includes(filters.entityType) ? [filters.entityType] : [])];
  const entityTypeName = (type: string) => t(`audit.entityTypes.${type}`, { defaultValue: type });

  const exportLink = (
    <Button component="a" href={auditCsvHref(filters)} download variant="default" aria-describedby="audit-export-help" data-testid="audit-export">
      {t('audit.export')}
    </Button>
  );

  return (
    <Page title={title} actions={exportLink}>
      <Text size="sm">{t('audit.intro')}</Text>
      <VisuallyHidden id="audit-export-help">{t('audit.exportHelp')}</VisuallyHidden>

      <form onSubmit={submitSearch} role="search" aria-label={t('audit.filters')}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('audit.entityType')}
            data={[{ value: ALL, label: t('audit.allEntityTypes') }, ...entityTypes.map((type) => ({ value: type, label: entityTypeName(type) }))]}
            value={filters.entityType ?? ALL}
            onChange={(value) => setFilter('entityType', value)}
            allowDeselect={false}
            w={220}
          />
          <Select
            label={t('audit.operation')}
            data={[{ value: ALL, label: t('audit.allOperations') }, ...AUDIT_OPERATIONS.map((op) => ({ value: op, label: t(`audit.operations.${op}`) }))]}
            value={filters.operation ?? ALL}
            onChange={(value) => setFilter('operation', value)}
            allowDeselect={false}
            w={180}
          />
          <TextInput
            type="date"
            label={t('audit.from')}
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            onChange={(event) => setFilter('from', event.currentTarget.value)}
            w={180}
          />
          <TextInput
            type="date"
            label={t('audit.to')}
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            onChange={(event) => setFilter('to', event.currentTarget.value)}
            w={180}
          />
          <TextInput
            type="search"
            label={t('audit.search')}
            description={t('audit.searchHelp')}
            value={searchText}
            onChange={(event) => setSearchText(event.currentTarget.value)}
            autoComplete="off"
            w={300}
          />
          <Button type="submit">{t('audit.searchSubmit')}</Button>
          <Button variant="subtle" onClick={clear}>
            {t('audit.clear')}
          </Button>
        </Group>
      </form>

      {/* a new selection starts again from the newest entries */}
      <AuditResults key={params.toString()} filters={filters} entityTypeName={entityTypeName} />
    </Page>
  );
}

function AuditResults({ filters, entityTypeName }: { filters: AuditUrlFilters; entityTypeName: (type: string) => string }) {
  const { t } = useAdminTranslation();
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  /** the pages shown before the one being fetched ("Visa fler") */
  const [earlier, setEarlier] = useState<AuditEdge[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: { filter, first: AUDIT_PAGE_SIZE, after },
    // the log grows all the time: always ask the server
    requestPolicy: 'network-only',
  });

  const page = result.data?.auditLog;
  const edges = useMemo(() => {
    const seen = new Set<string>();
    return [...earlier, ...(page?.edges ?? [])].filter((e) => (seen.has(e.node.id) ? false : (seen.add(e.node.id), true)));
  }, [earlier, page]);

  if (result.error && !page) {
    const failure = readGraphQLError(result.error);
    return failure?.kind === 'forbidden' ? (
      <ErrorState title={t('notAllowed.title')} message={t('notAllowed.audit')} />
    ) : (
      <ErrorState onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  }
  if (!page && earlier.length === 0) return <LoadingState label={t('audit.loading')} />;
  if (edges.length === 0) return <EmptyState message={t('audit.empty')} hint={t('audit.emptyHint')} />;

  const total = page?.totalCount ?? edges.length;
  const more = () => {
    if (!page?.pageInfo.endCursor) return;
    setEarlier(edges);
    setAfter(page.pageInfo.endCursor);
  };

  return (
    <Stack gap="sm">
      <Text fw={600} role="status" data-testid="audit-count">
        {t('audit.shown', { shown: edges.length, total })}
      </Text>
      <ScrollTable minWidth={960} label={t('audit.caption')}>
        <Table striped verticalSpacing="sm">
          <VisuallyHidden component="caption">{t('audit.caption')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.columns.occurredAt')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.entityType')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.entityId')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.operation')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {edges.map(({ node }) => (
              <Table.Tr key={node.id} data-testid={`audit-${node.id}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time>
                </Table.Td>
                <Table.Td>{node.actorName ?? t('audit.system')}</Table.Td>
                <Table.Td>{entityTypeName(node.entityType)}</Table.Td>
                <Table.Td>
                  <Text component="span" ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
                    {node.entityId}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`audit.operations.${node.operation}`, { defaultValue: node.operation })}</Table.Td>
                <Table.Td>
                  <Changes changes={node.changes} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {!page ? <LoadingState label={t('audit.loadingMore')} /> : null}
      {/* stays while the next page loads, so the focus stays on it */}
      {page?.pageInfo.hasNextPage || !page ? (
        <div>
          <Button variant="default" onClick={more}>
            {t('audit.more')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}

/** A value as the log stored it (JSON text), for reading: strings bare, times in Swedish time, nothing as "(tomt)". */
function useDisplayValue(): (json: string | null) => string {
  const { t } = useAdminTranslation();
  return (json) => {
    const empty = t('audit.emptyValue');
    if (json === null) return empty;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return json;
    }
    if (value === null || value === '') return empty;
    if (typeof value === 'string') return ISO_TIME.test(value) ? formatDateTime(value) || value : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
}

/** The changed fields of an entry: `field: before → after` (the arrow is read as "ändrades till"). */
function Changes({ changes }: { changes: AuditChange[] }) {
  const { t } = useAdminTranslation();
  const display = useDisplayValue();
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none" styles={{ item: { overflowWrap: 'anywhere' } }}>
      {changes.map((c) => (
        <List.Item key={c.field}>
          <Text component="span" fw={600} size="sm">
            {c.field}
          </Text>
          {': '}
          {display(c.before)}
          <span aria-hidden="true"> → </span>
          <VisuallyHidden> {t('audit.changedTo')} </VisuallyHidden>
          {display(c.after)}
        </List.Item>
      ))}
    </List>
  );
}
