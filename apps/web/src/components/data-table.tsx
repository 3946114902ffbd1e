import { Checkbox, Group, Loader, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { ScrollRegion } from './scroll-region';

export interface DataTableProps<T> {
  /** Names the table for screen readers (rendered as a visually hidden caption). */
  caption: string;
  data: readonly T[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own ColumnDef<T, any>
  columns: ColumnDef<T, any>[];
  /** Stable row id (e.g. the GraphQL id); required with row selection. */
  getRowId?: (row: T) => string;
  /** Shows a loader instead of rows (first load); keep old rows with `loading` on refetch. */
  loading?: boolean;
  /** Shown when there are no rows (default: "Nothing here yet"). */
  empty?: ReactNode;
  /** Client-side sorting on (default). For server sorting pass `sorting` + `onSortingChange` + `manualSorting`. */
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  manualSorting?: boolean;
  /** Row selection: controlled state keyed by row id. */
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: OnChangeFn<RowSelectionState>;
  /** Which rows may be selected (default all, when selection is on). */
  canSelectRow?: (row: T) => boolean;
  /** Accessible label of a row's checkbox, e.g. row => `Select invoice ${row.number}`. */
  rowLabel?: (row: T) => string;
}

/**
 * Mantine Table rendered from TanStack Table: sortable headers (columns with
 * `enableSorting: false` are not), optional row selection, loading and empty states.
 */
export function DataTable<T>({
  caption,
  data,
  columns,
  getRowId,
  loading = false,
  empty,
  sorting: sortingProp,
  onSortingChange,
  manualSorting = false,
  rowSelection,
  onRowSelectionChange,
  canSelectRow,
  rowLabel,
}: DataTableProps<T>) {
  const [localSorting, setLocalSorting] = useState<SortingState>([]);
  const selectable = rowSelection !== undefined && onRowSelectionChange !== undefined;
  const table = useReactTable<T>({
    data: data as T[],
    columns,
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
    state: { sorting: sortingProp ?? localSorting, ...(selectable ? { rowSelection } : {}) },
    onSortingChange: onSortingChange ?? setLocalSorting,
    manualSorting,
    enableRowSelection: selectable ? (row) => (canSelectRow ? canSelectRow(row.original) : true) : false,
    onRowSelectionChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const columnCount = columns.length + (selectable ? 1 : 0);
  const rows = table.getRowModel().rows;

  return (
    // A focusable, named scroll region (axe: scrollable-region-focusable) instead of Table.ScrollContainer.
    <ScrollRegion label={caption}>
      <Table miw={600} striped highlightOnHover verticalSpacing="sm" aria-busy={loading || undefined}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {selectable && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="Select all rows"
                    checked={table.getIsAllRowsSelected()}
                    indeterminate={table.getIsSomeRowsSelected()}
                    onChange={table.getToggleAllRowsSelectedHandler()}
                  />
                </Table.Th>
              )}
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = header.isPlaceholder
                  ? null
                  : flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <Table.Th
                    key={header.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={700} fz="sm">
                        <Group gap={4} wrap="nowrap">
                          {label}
                          {sorted === 'asc' ? (
                            <IconArrowUp size={14} aria-hidden />
                          ) : sorted === 'desc' ? (
                            <IconArrowDown size={14} aria-hidden />
                          ) : (
                            <IconArrowsSort size={14} aria-hidden opacity={0.5} />
                          )}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {loading && rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>
                <Group justify="center" py="lg" role="status">
                  <Loader size="sm" aria-hidden />
                  <Text>Loading…</Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          ) : rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>{empty ?? <EmptyState title="Nothing here yet" />}</Table.Td>
            </Table.Tr>
          ) : (
            rows.map((row) => (
              <Table.Tr key={row.id} bg={row.getIsSelected() ? 'var(--mantine-color-blue-light)' : undefined}>
                {selectable && (
                  <Table.Td>
                    <Checkbox
                      aria-label={rowLabel ? rowLabel(row.original) : `Select row ${row.index + 1}`}
                      checked={row.getIsSelected()}
                      disabled={!row.getCanSelect()}
                      onChange={row.getToggleSelectedHandler()}
                    />
                  </Table.Td>
                )}
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
