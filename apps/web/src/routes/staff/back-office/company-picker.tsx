import { useQuery } from '@apollo/client/react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { graphql } from '../../../gql';

export const CompanyPickerSearchDocument = graphql(`
  query CompanyPickerSearch($search: String) {
    companies(first: 25, search: $search) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface PickedCompany {
  id: string;
  name: string;
}

/** Searchable customer company picker; searches the server as you type. */
export function CompanyPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(CompanyPickerSearchDocument, {
    variables: { search: debounced && debounced !== value?.name ? debounced : undefined },
  });
  const found = useMemo(() => data?.companies.edges.map((e) => e.node) ?? [], [data]);
  const options = useMemo(() => {
    const all = value && !found.some((c) => c.id === value.id) ? [value, ...found] : found;
    return all.map((c) => ({ value: c.id, label: c.name }));
  }, [found, value]);
  return (
    <Select
      label={label}
      placeholder="Search companies"
      searchable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange([value, ...found].find((c) => c?.id === id) ?? null)}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Searching…' : 'No companies found'}
      rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : undefined}
    />
  );
}
