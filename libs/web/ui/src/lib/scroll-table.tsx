import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ScrollTableProps {
  minWidth: number;
  /** the id of the table's caption, which names the scrollable box */
  labelledBy?: string;
  /** the name of the scrollable box, when there is no caption id to point at */
  label?: string;
  /** false when the table has inputs of its own (they take the focus and scroll it) */
  focusable?: boolean;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens. Without inputs of its own the scrolling box takes the
 * keyboard focus itself (WCAG 2.1.1, axe's scrollable-region-focusable), named by the table's caption.
 */
export function ScrollTable({ minWidth, labelledBy, label, focusable = true, children }: ScrollTableProps) {
  const name = labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label };
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" {...(focusable ? { tabIndex: 0, role: 'group', ...name } : {})}>
      {children}
    </Table.ScrollContainer>
  );
}
