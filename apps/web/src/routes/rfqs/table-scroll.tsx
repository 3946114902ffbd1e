import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Horizontal scrolling for a wide table in a narrow column (tablets). Unlike
 * Table.ScrollContainer it is focusable and named, so keyboard users can scroll it
 * (axe: scrollable-region-focusable).
 */
export function TableScroll({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
