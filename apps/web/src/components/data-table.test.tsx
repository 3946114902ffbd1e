import { fireEvent, screen, within } from '@testing-library/react';
import type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render-app';
import { DataTable } from './data-table';

interface Row {
  id: string;
  number: string;
  total: number;
}
const rows: Row[] = [
  { id: 'a', number: 'SO-2', total: 2 },
  { id: 'b', number: 'SO-1', total: 1 },
];
const columns: ColumnDef<Row>[] = [
  { accessorKey: 'number', header: 'Number' },
  { accessorKey: 'total', header: 'Total', enableSorting: false },
];

function Selectable() {
  const [selection, setSelection] = useState<RowSelectionState>({});
  return (
    <>
      <DataTable
        caption="Orders"
        data={rows}
        columns={columns}
        getRowId={(r) => r.id}
        rowSelection={selection}
        onRowSelectionChange={setSelection}
        rowLabel={(r) => `Select ${r.number}`}
      />
      <p>selected: {Object.keys(selection).join(',')}</p>
    </>
  );
}

describe('DataTable', () => {
  it('sorts by a column header', async () => {
    renderWithProviders(<DataTable caption="Orders" data={rows} columns={columns} />);
    const table = await screen.findByRole('table', { name: 'Orders' });
    fireEvent.click(within(table).getByRole('button', { name: 'Number' }));
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(cells).toEqual(['SO-1', 'SO-2']);
    expect(within(table).getByRole('columnheader', { name: 'Number' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('selects rows by id', async () => {
    renderWithProviders(<Selectable />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select SO-1' }));
    expect(screen.getByText('selected: b')).toBeTruthy();
  });

  it('shows the empty state and the loading state', async () => {
    const { rerender } = renderWithProviders(
      <DataTable caption="Orders" data={[]} columns={columns} empty="No orders yet" />,
    );
    expect(await screen.findByText('No orders yet')).toBeTruthy();
    rerender(<DataTable caption="Orders" data={[]} columns={columns} loading />);
    expect((await screen.findByRole('status')).textContent).toBe('Loading…');
  });
});
