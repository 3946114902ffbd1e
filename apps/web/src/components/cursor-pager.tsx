import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

/** Cursor paging state for a connection query: the `after` of the page shown and the way back. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  return {
    after,
    page: cursors.length,
    next: (endCursor: string | null | undefined) => endCursor && setCursors((c) => [...c, endCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    /** Back to the first page (after the search or a filter changed). */
    reset: () => setCursors([null]),
  };
}

/** "Page 2 · 51–100 of 430" with Previous and Next. */
export function CursorPager({
  pages,
  pageSize,
  shown,
  totalCount,
  hasNextPage,
  endCursor,
  noun,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  noun: string;
}) {
  const from = (pages.page - 1) * pageSize + (shown > 0 ? 1 : 0);
  const to = (pages.page - 1) * pageSize + shown;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {totalCount === 0 ? `No ${noun}` : `${from}–${to} of ${totalCount} ${noun}`}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pages.page === 1} onClick={pages.previous}>
          Previous page
        </Button>
        <Button variant="default" size="xs" disabled={!hasNextPage} onClick={() => pages.next(endCursor)}>
          Next page
        </Button>
      </Group>
    </Group>
  );
}
