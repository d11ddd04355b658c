import { Anchor, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortFn,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText, MoneyText, StatusBadge } from '@dp/web/ui';
import type { InitiativeRow } from './use-all-initiatives';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
});

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
/** Swedish alphabetical order (… x y z å ä ö) */
const swedishText: SortFn<typeof features, InitiativeRow> = (a, b, columnId) =>
  collator.compare(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));

const helper = createColumnHelper<typeof features, InitiativeRow>();

export interface InitiativesTableProps {
  initiatives: InitiativeRow[];
  caption: string;
}

/** The round's initiatives; every column sorts by a keyboard-operable button in its header. */
export function InitiativesTable({ initiatives, caption }: InitiativesTableProps) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('title', {
          header: () => t('initiatives.list.columns.title'),
          sortFn: swedishText,
          cell: (info) => (
            <Anchor component={Link} to={`/initiatives/${info.row.original.id}`} fw={600}>
              {info.getValue()}
            </Anchor>
          ),
        }),
        helper.accessor((row) => row.department.name, {
          id: 'department',
          header: () => t('initiatives.list.columns.department'),
          sortFn: swedishText,
        }),
        helper.accessor((row) => row.goalAreas.map((g) => g.name).join(', '), {
          id: 'goalAreas',
          header: () => t('initiatives.list.columns.goalAreas'),
          sortFn: swedishText,
        }),
        helper.accessor('requestedAmount', {
          header: () => t('initiatives.list.columns.requestedAmount'),
          sortFn: 'basic',
          cell: (info) => <MoneyText amount={info.getValue()} />,
        }),
        helper.accessor('status', {
          header: () => t('initiatives.list.columns.status'),
          sortFn: (a, b, id) => collator.compare(t(`status.${String(a.getValue(id))}`), t(`status.${String(b.getValue(id))}`)),
          cell: (info) => <StatusBadge status={info.getValue()} />,
        }),
        helper.accessor('updatedAt', {
          header: () => t('initiatives.list.columns.updatedAt'),
          sortFn: 'basic',
          cell: (info) => <DateText value={info.getValue()} />,
        }),
      ]),
    [t],
  );

  const table = useTable({
    features,
    columns,
    data: initiatives,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => row.id,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
  });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = header.column.id === 'requestedAmount';
                return (
                  <Table.Th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    style={numeric ? { textAlign: 'right' } : undefined}
                  >
                    <UnstyledButton
                      onClick={header.column.getToggleSortingHandler()}
                      fw={700}
                      fz="sm"
                      style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
                    >
                      <table.FlexRender header={header} />
                      <Text component="span" aria-hidden="true" fz="xs">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </Text>
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <Table.Td key={cell.id} style={cell.column.id === 'requestedAmount' ? { textAlign: 'right' } : undefined}>
                  <table.FlexRender cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
