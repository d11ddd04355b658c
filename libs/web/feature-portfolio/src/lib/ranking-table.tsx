import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { BudgetLine, BudgetLineRow } from '@dp/domain/prioritisation';
import { ScrollTable } from '@dp/web/ui';
import type { BoardItem, EligibilityStatus, Forced, YearAmount } from './board-model';
import { usePortfolioFormat } from './format';
import { usePortfolioTranslation } from './i18n';
import classes from './ranking-table.module.css';

export interface RankingTableProps {
  items: readonly BoardItem[];
  /** the ids in the order shown */
  order: readonly string[];
  /** the budget line along `order` */
  line: BudgetLine;
  /** the round's yearly budgets (a cumulative column per year when there are any) */
  yearlyBudgets: readonly YearAmount[];
  /** the name of the ordering, for the caption */
  modeLabel: string;
  /** a row was moved (by dragging, by keyboard or by the up and down buttons) */
  onMove: (from: number, to: number) => void;
  /** a polite announcement for the moves made with the up and down buttons */
  announce: (message: string) => void;
  /** the optimiser's forced choice per row; the column is left out without it */
  forced?: Readonly<Record<string, Forced>>;
  onForcedChange?: (id: string, forced: Forced) => void;
  /** the optimiser's selection; the column is left out without it */
  optimalSelection?: ReadonlySet<string> | null;
}

const ELIGIBILITY_COLOR: Record<EligibilityStatus, string> = { ELIGIBLE: 'teal', NOT_ELIGIBLE: 'red', INCOMPLETE: 'gray' };

/** Where the focus goes back to after a move with a button (the row's element moved in the DOM). */
interface FocusRequest {
  id: string;
  which: 'up' | 'down';
}

/**
 * The ranking board: a sortable table of the prepared initiatives with the cumulative requested amount
 * and the budget line drawn where the fund runs out. Rows move by their handle, with the mouse or the
 * keyboard (Space or Enter picks up, the arrows move, Space or Enter drops, Escape cancels; dnd-kit
 * announces each step in Swedish), or with the "Flytta upp" and "Flytta ned" buttons.
 */
export function RankingTable({
  items,
  order,
  line,
  yearlyBudgets,
  modeLabel,
  onMove,
  announce,
  forced,
  onForcedChange,
  optimalSelection,
}: RankingTableProps) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const captionId = useId();
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const rowById = useMemo(() => new Map(line.rows.map((r) => [r.id, r])), [line]);
  const count = order.length;
  const titleOf = (id: UniqueIdentifier) => byId.get(String(id))?.title ?? String(id);
  const positionOf = (id: UniqueIdentifier) => order.indexOf(String(id)) + 1;
  const years = useMemo(() => [...yearlyBudgets].sort((a, b) => a.year - b.year).map((y) => y.year), [yearlyBudgets]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // dnd-kit reports "over" at once when a drag starts (over the item itself): announce only real moves
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t('announce.pickedUp', { title: titleOf(active.id), position: positionOf(active.id), count });
    },
    onDragOver: ({ active, over }) => {
      const overId = over?.id ?? null;
      if (overId === lastOver.current) return undefined;
      lastOver.current = overId;
      return over ? t('announce.over', { title: titleOf(active.id), position: positionOf(over.id), count }) : t('announce.outside', { title: titleOf(active.id) });
    },
    onDragEnd: ({ active, over }) =>
      over
        ? t('announce.dropped', { title: titleOf(active.id), position: positionOf(over.id), count })
        : t('announce.cancelled', { title: titleOf(active.id), position: positionOf(active.id), count }),
    onDragCancel: ({ active }) => t('announce.cancelled', { title: titleOf(active.id), position: positionOf(active.id), count }),
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = order.indexOf(String(active.id));
    const to = order.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onMove(from, to);
  };

  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    setFocusRequest(null);
    const wanted = document.getElementById(moveButtonId(focusRequest.id, focusRequest.which));
    const other = document.getElementById(moveButtonId(focusRequest.id, focusRequest.which === 'up' ? 'down' : 'up'));
    const target = wanted instanceof HTMLButtonElement && !wanted.disabled ? wanted : other;
    target?.focus();
  }, [focusRequest, order]);

  const moveBy = (id: string, delta: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= count) return;
    onMove(from, to);
    announce(t('announce.moved', { title: titleOf(id), position: to + 1, count }));
    setFocusRequest({ id, which: delta < 0 ? 'up' : 'down' });
  };

  const showOptimum = optimalSelection !== undefined && optimalSelection !== null;
  const showForced = forced !== undefined && onForcedChange !== undefined;
  const columnCount = 11 + years.length + (showOptimum ? 1 : 0) + (showForced ? 1 : 0);
  const lineText = (() => {
    const funded = format.money(line.fundedAmount);
    const budget = format.money(line.budget);
    if (line.lineIndex >= line.rows.length) return t('table.allFit', { funded, budget });
    const breaking = line.rows[line.lineIndex];
    const brokenYear = breaking?.withinTotal ? breaking.years.find((y) => !y.withinBudget) : undefined;
    return brokenYear ? t('table.lineYear', { funded, budget, year: brokenYear.year }) : t('table.line', { funded, budget });
  })();
  const lineRow = (
    <Table.Tr key="budget-line" className={classes.lineRow} data-testid="budget-line">
      <Table.Td colSpan={columnCount}>
        <Text fw={700} size="sm">
          {lineText}
        </Text>
      </Table.Td>
    </Table.Tr>
  );

  const rows = order.flatMap((id, index) => {
    const item = byId.get(id);
    const row = rowById.get(id);
    if (!item || !row) return [];
    const sortable = (
      <SortableRow
        key={id}
        item={item}
        row={row}
        index={index}
        count={count}
        below={index >= line.lineIndex}
        years={years}
        forced={showForced ? (forced[id] ?? 'AUTO') : null}
        onForcedChange={onForcedChange}
        optimal={showOptimum ? optimalSelection.has(id) : null}
        onMoveUp={() => moveBy(id, -1)}
        onMoveDown={() => moveBy(id, 1)}
      />
    );
    return index === line.lineIndex ? [lineRow, sortable] : [sortable];
  });
  if (line.lineIndex >= order.length) rows.push(lineRow);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={handleDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('announce.instructions') } }}
    >
      <SortableContext items={order as string[]} strategy={verticalListSortingStrategy}>
        <ScrollTable minWidth={1100 + years.length * 130} labelledBy={captionId} focusable={false}>
          <Table captionSide="top" verticalSpacing="xs" className={classes.table}>
            <Table.Caption id={captionId} className={classes.caption}>
              {t('table.caption', { mode: modeLabel })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('table.columns.move')}</Table.Th>
                <Table.Th scope="col">{t('table.columns.rank')}</Table.Th>
                <Table.Th scope="col">{t('table.columns.title')}</Table.Th>
                <Table.Th scope="col">{t('table.columns.department')}</Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('table.columns.amount')}
                </Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('table.columns.cumulative')}
                </Table.Th>
                {years.map((year) => (
                  <Table.Th key={year} scope="col" className={classes.number}>
                    {t('table.columns.cumulativeYear', { year })}
                  </Table.Th>
                ))}
                <Table.Th scope="col" className={classes.number}>
                  {t('table.columns.score')}
                </Table.Th>
                <Table.Th scope="col" className={classes.number}>
                  {t('table.columns.npv')}
                </Table.Th>
                <Table.Th scope="col">{t('table.columns.eligibility')}</Table.Th>
                <Table.Th scope="col">{t('table.columns.budget')}</Table.Th>
                {showOptimum ? <Table.Th scope="col">{t('table.columns.optimum')}</Table.Th> : null}
                {showForced ? <Table.Th scope="col">{t('table.columns.forced')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
        </ScrollTable>
      </SortableContext>
    </DndContext>
  );
}

const moveButtonId = (id: string, which: 'up' | 'down') => `move-${which}-${id}`;

interface SortableRowProps {
  item: BoardItem;
  row: BudgetLineRow;
  index: number;
  count: number;
  below: boolean;
  years: readonly number[];
  forced: Forced | null;
  onForcedChange: ((id: string, forced: Forced) => void) | undefined;
  optimal: boolean | null;
  onMoveUp: () => void;
  onMoveDown: () => void;
}

function SortableRow({ item, row, index, count, below, years, forced, onForcedChange, optimal, onMoveUp, onMoveDown }: SortableRowProps) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    attributes: { roleDescription: t('announce.roleDescription') },
  });
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  const position = index + 1;
  const brokenYears = row.years.filter((y) => !y.withinBudget).map((y) => y.year);
  const className = [classes.row, below ? classes.below : '', isDragging ? classes.dragging : ''].filter(Boolean).join(' ');

  return (
    <Table.Tr ref={setNodeRef} style={style} className={className} data-testid="ranking-row" data-id={item.id}>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <UnstyledButton
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            className={classes.handle}
            aria-label={t('table.handle', { title: item.title, position, count })}
          >
            <span aria-hidden="true">≡</span>
          </UnstyledButton>
          <UnstyledButton
            id={moveButtonId(item.id, 'up')}
            className={classes.step}
            onClick={onMoveUp}
            disabled={index === 0}
            aria-label={t('table.moveUp', { title: item.title })}
          >
            <span aria-hidden="true">↑</span>
          </UnstyledButton>
          <UnstyledButton
            id={moveButtonId(item.id, 'down')}
            className={classes.step}
            onClick={onMoveDown}
            disabled={index === count - 1}
            aria-label={t('table.moveDown', { title: item.title })}
          >
            <span aria-hidden="true">↓</span>
          </UnstyledButton>
        </Group>
      </Table.Td>
      <Table.Td className={classes.number}>{position}</Table.Td>
      <Table.Th scope="row" fw={400}>
        <Anchor component={Link} to={`/initiatives/${encodeURIComponent(item.id)}`}>
          {item.title}
        </Anchor>
      </Table.Th>
      <Table.Td>{item.departmentName ?? '–'}</Table.Td>
      <Table.Td className={classes.number}>{format.money(item.requestedAmount)}</Table.Td>
      <Table.Td className={classes.number}>{format.money(row.cumulative)}</Table.Td>
      {years.map((year) => {
        const cell = row.years.find((y) => y.year === year);
        return (
          <Table.Td key={year} className={classes.number}>
            {cell ? format.money(cell.cumulative) : '–'}
          </Table.Td>
        );
      })}
      <Table.Td className={classes.number}>{item.score === null ? t('table.missing') : format.score(item.score)}</Table.Td>
      <Table.Td className={classes.number}>{item.npv === null ? t('table.missing') : format.money(item.npv)}</Table.Td>
      <Table.Td>
        <EligibilityCell item={item} />
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" fw={below ? 700 : 400}>
            {below ? t('table.belowLine') : t('table.aboveLine')}
          </Text>
          {brokenYears.map((year) => (
            <Text key={year} size="xs">
              {t('table.yearOver', { year })}
            </Text>
          ))}
          {row.yearlySplitMissing ? <Text size="xs">{t('table.splitMissing')}</Text> : null}
        </Stack>
      </Table.Td>
      {optimal !== null ? (
        <Table.Td>
          {optimal ? (
            <Badge variant="light" color="green" radius="sm" tt="none">
              {t('table.selected')}
            </Badge>
          ) : (
            <Text size="sm">{t('table.notSelected')}</Text>
          )}
        </Table.Td>
      ) : null}
      {forced !== null && onForcedChange ? (
        <Table.Td>
          <NativeSelect
            size="xs"
            aria-label={t('table.forcedLabel', { title: item.title })}
            value={forced}
            onChange={(event) => onForcedChange(item.id, event.currentTarget.value as Forced)}
            data={(['AUTO', 'IN', 'OUT'] as const).map((value) => ({ value, label: t(`table.forced.${value}`) }))}
          />
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** The must-requirements badge, with what is not met or not answered in words. */
function EligibilityCell({ item }: { item: BoardItem }) {
  const { t } = usePortfolioTranslation();
  const format = usePortfolioFormat();
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" color={ELIGIBILITY_COLOR[item.eligibility]} radius="sm" tt="none">
        {t(`eligibility.${item.eligibility}`)}
      </Badge>
      {item.eligibility !== 'ELIGIBLE' && item.failedRequirements.length > 0 ? (
        <Text size="xs">{t('eligibility.failed', { names: format.list(item.failedRequirements) })}</Text>
      ) : null}
      {item.eligibility !== 'ELIGIBLE' && item.unansweredRequirements.length > 0 ? (
        <Text size="xs">{t('eligibility.unanswered', { names: format.list(item.unansweredRequirements) })}</Text>
      ) : null}
    </Stack>
  );
}
