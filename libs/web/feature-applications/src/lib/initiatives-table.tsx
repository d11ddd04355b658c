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
import { DateText, MoneyText, StatusBadge, numberLocaleFor } from '@dp/web/ui';
import type { InitiativeRow } from './use-all-initiatives';
import classes from './initiatives-table.module.css';

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

/** columns of figures: right-aligned, never wrapped */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['requestedAmount', 'npv', 'benefitCostRatio']);

/** A ratio with two decimals in the UI language: `1,25` in Swedish, `1.25` in English. */
function useFormatRatio(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = numberLocaleFor(i18n.language);
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (value) => format.format(value);
  }, [locale]);
}

/** A figure that is not there: an en dash on screen, the reason for screen readers (and as a tooltip). */
function Missing({ label }: { label: string }) {
  return (
    <Text component="span" c="dimmed" title={label}>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Text>
  );
}

export interface InitiativesTableProps {
  initiatives: InitiativeRow[];
  caption: string;
}

/**
 * The round's initiatives; every column sorts by a keyboard-operable button in its header. Nettonuvärde
 * and nyttokvot come from the calculation in force; initiatives without the figure come last in
 * both directions. On a narrow screen the table scrolls sideways (by keyboard too) with the title fixed.
 */
export function InitiativesTable({ initiatives, caption }: InitiativesTableProps) {
  const { t } = useTranslation();
  const formatRatio = useFormatRatio();
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
        // undefined (not null) for a missing figure: the table puts undefined last in both directions
        helper.accessor((row) => row.npv ?? undefined, {
          id: 'npv',
          header: () => t('initiatives.list.columns.npv'),
          sortFn: 'basic',
          sortUndefined: 'last',
          cell: (info) => {
            const npv = info.getValue();
            return npv === undefined ? (
              <Text component="span" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('initiatives.list.noCalculation')}
              </Text>
            ) : (
              <MoneyText amount={npv} />
            );
          },
        }),
        helper.accessor((row) => row.benefitCostRatio ?? undefined, {
          id: 'benefitCostRatio',
          header: () => t('initiatives.list.columns.benefitCostRatio'),
          sortFn: 'basic',
          sortUndefined: 'last',
          cell: (info) => {
            const ratio = info.getValue();
            if (ratio !== undefined) return formatRatio(ratio);
            // no calculation at all (said in words in the column before), or one without costs
            return <Missing label={info.row.original.npv == null ? t('initiatives.list.noCalculation') : t('initiatives.list.noRatio')} />;
          },
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
    [t, formatRatio],
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
    <Table.ScrollContainer
      minWidth={1100}
      type="native"
      // a keyboard user scrolls the region with the arrow keys once it has focus
      tabIndex={0}
      role="region"
      aria-label={caption}
      className={classes.scroll}
    >
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <Table.Th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={cellClass(header.column.id)}
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
                <Table.Td key={cell.id} className={cellClass(cell.column.id)}>
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

/** the title column stays in place when the table scrolls sideways; figures are right-aligned */
function cellClass(columnId: string): string | undefined {
  if (columnId === 'title') return classes.sticky;
  return NUMERIC_COLUMNS.has(columnId) ? classes.numeric : undefined;
}
