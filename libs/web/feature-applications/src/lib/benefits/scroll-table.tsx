import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ScrollTableProps {
  minWidth: number;
  /** the id of the table's caption, which names the scrollable box */
  labelledBy: string;
  /** false when the table has inputs of its own (they take the focus and scroll it) */
  focusable?: boolean;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens. Without inputs of its own the scrolling box takes the
 * keyboard focus itself (WCAG 2.1.1), named by the table's caption.
 */
export function ScrollTable({ minWidth, labelledBy, focusable = true, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" {...(focusable ? { tabIndex: 0, role: 'group', 'aria-labelledby': labelledBy } : {})}>
      {children}
    </Table.ScrollContainer>
  );
}
