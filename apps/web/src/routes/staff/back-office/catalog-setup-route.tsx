import { useMutation, useQuery } from '@apollo/client/react';
import {
  Autocomplete,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { UOM_CATEGORIES } from '@portal/domain';
import type { ReactNode } from 'react';
import { MutationFormModal } from '../../../components/mutation-form-modal';
import { PageHeader } from '../../../components/page-header';
import { PageStatus } from '../../../components/page-status';
import { graphql } from '../../../gql';
import { RequirePermission } from '../../../viewer/require-permission';

export const CatalogSetupDocument = graphql(`
  query CatalogSetup {
    categories {
      id
      name
      parent {
        id
        name
      }
    }
    unitsOfMeasure {
      id
      name
      symbol
      category
      ratio
      rounding
    }
    paymentTerms {
      id
      name
      netDays
      earlyPaymentDiscountDays
      earlyPaymentDiscountPercent
    }
  }
`);

export const SaveCategoryDocument = graphql(`
  mutation SaveCategory($input: SaveCategoryInput!) {
    saveCategory(input: $input) {
      category {
        id
        name
        parent {
          id
          name
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const SaveUnitDocument = graphql(`
  mutation SaveUnit($input: SaveUnitOfMeasureInput!) {
    saveUnitOfMeasure(input: $input) {
      unit {
        id
        name
        symbol
        category
        ratio
        rounding
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const SavePaymentTermDocument = graphql(`
  mutation SavePaymentTerm($input: SavePaymentTermInput!) {
    savePaymentTerm(input: $input) {
      paymentTerm {
        id
        name
        netDays
        earlyPaymentDiscountDays
        earlyPaymentDiscountPercent
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export function CatalogSetupRoute() {
  return (
    <RequirePermission anyOf={['CATALOG_MANAGE', 'CREDIT_MANAGE']} staff>
      <CatalogSetup />
    </RequirePermission>
  );
}

function Section({ title, action, children }: { title: string; action: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      <div role="region" aria-label={`${title} table`} tabIndex={0} style={{ overflowX: 'auto' }}>
        {children}
      </div>
    </Card>
  );
}

/** Categories, units of measure (open categories: area, the seller's own) and payment terms. */
function CatalogSetup() {
  const { data, error, refetch } = useQuery(CatalogSetupDocument, { fetchPolicy: 'cache-and-network' });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const done = () => void refetch();
  const uomCategories = [...new Set([...UOM_CATEGORIES, ...data.unitsOfMeasure.map((u) => u.category)])];
  const units = [...data.unitsOfMeasure].sort(
    (a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name),
  );
  return (
    <>
      <PageHeader
        title="Catalog setup"
        description="Product categories, units of measure and payment terms."
      />
      <Stack>
        <Section title="Units of measure" action={<UnitDialog categories={uomCategories} onDone={done} />}>
          <Table miw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Unit</Table.Th>
                <Table.Th>Symbol</Table.Th>
                <Table.Th>Category</Table.Th>
                <Table.Th>Ratio to reference</Table.Th>
                <Table.Th>Rounding</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td>{u.symbol}</Table.Td>
                  <Table.Td>{u.category}</Table.Td>
                  <Table.Td>{u.ratio}</Table.Td>
                  <Table.Td>{u.rounding}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Section title="Categories" action={<CategoryDialog categories={data.categories} onDone={done} />}>
            <Table>
              <Table.Tbody>
                {data.categories.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.parent ? `${c.parent.name} › ${c.name}` : c.name}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title="Payment terms" action={<PaymentTermDialog onDone={done} />}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Net days</Table.Th>
                  <Table.Th>Early payment</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.paymentTerms.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>{t.name}</Table.Td>
                    <Table.Td>{t.netDays}</Table.Td>
                    <Table.Td>
                      {t.earlyPaymentDiscountPercent
                        ? `${t.earlyPaymentDiscountPercent}% within ${t.earlyPaymentDiscountDays} days`
                        : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        </SimpleGrid>
      </Stack>
    </>
  );
}

function UnitDialog({ categories, onDone }: { categories: string[]; onDone: () => void }) {
  const [save] = useMutation(SaveUnitDocument);
  return (
    <MutationFormModal
      button={{ label: 'Add unit', size: 'xs' }}
      title="New unit of measure"
      submitLabel="Add unit"
      fields={['name', 'symbol', 'category', 'ratio', 'rounding']}
      initialValues={() => ({ name: '', symbol: '', category: '', ratio: '1', rounding: '0.01' })}
      validate={(v) => ({
        name: v.name.trim() ? null : 'Enter the name.',
        symbol: v.symbol.trim() ? null : 'Enter the symbol.',
        category: v.category.trim() ? null : 'Pick or type a category.',
      })}
      mutate={async (v) => {
        const input = {
          name: v.name.trim(),
          symbol: v.symbol.trim(),
          category: v.category.trim(),
          ratio: v.ratio.trim(),
          rounding: v.rounding.trim(),
        };
        return (await save({ variables: { input } })).data?.saveUnitOfMeasure;
      }}
      onSuccess={(_, v) => {
        onDone();
        return `Unit ${v.symbol.trim()} added.`;
      }}
    >
      {(form) => (
        <>
          <SimpleGrid cols={2}>
            <TextInput label="Name" data-autofocus {...form.field('name')} />
            <TextInput label="Symbol" description="e.g. m², ft², kWh" {...form.field('symbol')} />
          </SimpleGrid>
          <Autocomplete
            label="Category"
            description="Units convert only within a category; type a new one to start it (e.g. energy)."
            data={categories}
            {...form.field('category')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label="Ratio"
              description="How many reference units one is (ft² = 0.09290304 m²)."
              inputMode="decimal"
              {...form.field('ratio')}
            />
            <TextInput
              label="Rounding"
              description="Quantities are multiples of it."
              inputMode="decimal"
              {...form.field('rounding')}
            />
          </SimpleGrid>
        </>
      )}
    </MutationFormModal>
  );
}

function CategoryDialog({
  categories,
  onDone,
}: {
  categories: readonly { id: string; name: string }[];
  onDone: () => void;
}) {
  const [save] = useMutation(SaveCategoryDocument);
  return (
    <MutationFormModal
      button={{ label: 'Add category', size: 'xs' }}
      title="New category"
      submitLabel="Add category"
      fields={['name', 'parentId']}
      initialValues={() => ({ name: '', parentId: null as string | null })}
      validate={(v) => ({ name: v.name.trim() ? null : 'Enter the name.' })}
      mutate={async (v) =>
        (await save({ variables: { input: { name: v.name.trim(), parentId: v.parentId } } })).data
          ?.saveCategory
      }
      onSuccess={(_, v) => {
        onDone();
        return `Category ${v.name.trim()} added.`;
      }}
    >
      {(form) => (
        <>
          <TextInput label="Name" data-autofocus {...form.field('name')} />
          <Select
            label="Inside"
            placeholder="Top level"
            data={categories.map((c) => ({ value: c.id, label: c.name }))}
            clearable
            searchable
            {...form.field('parentId')}
          />
        </>
      )}
    </MutationFormModal>
  );
}

function PaymentTermDialog({ onDone }: { onDone: () => void }) {
  const [save] = useMutation(SavePaymentTermDocument);
  return (
    <MutationFormModal
      button={{ label: 'Add payment term', size: 'xs' }}
      title="New payment term"
      submitLabel="Add payment term"
      fields={['name', 'netDays', 'earlyPaymentDiscountPercent', 'earlyPaymentDiscountDays']}
      initialValues={() => ({
        name: '',
        netDays: '30',
        earlyPaymentDiscountPercent: '',
        earlyPaymentDiscountDays: '',
      })}
      validate={(v) => ({
        name: v.name.trim() ? null : 'Enter the name, e.g. 2/10 Net 30.',
        netDays: /^\d+$/.test(v.netDays.trim()) ? null : 'Enter whole days.',
      })}
      mutate={async (v) => {
        const input = {
          name: v.name.trim(),
          netDays: Number(v.netDays.trim()),
          earlyPaymentDiscountPercent: v.earlyPaymentDiscountPercent.trim() || null,
          earlyPaymentDiscountDays: v.earlyPaymentDiscountDays.trim()
            ? Number(v.earlyPaymentDiscountDays.trim())
            : null,
        };
        return (await save({ variables: { input } })).data?.savePaymentTerm;
      }}
      onSuccess={(_, v) => {
        onDone();
        return `Payment term ${v.name.trim()} added.`;
      }}
    >
      {(form) => (
        <>
          <TextInput label="Name" data-autofocus {...form.field('name')} />
          <TextInput label="Net days" inputMode="numeric" {...form.field('netDays')} />
          <SimpleGrid cols={2}>
            <TextInput
              label="Early payment discount %"
              inputMode="decimal"
              {...form.field('earlyPaymentDiscountPercent')}
            />
            <TextInput label="Within days" inputMode="numeric" {...form.field('earlyPaymentDiscountDays')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Installment plans are set through the API.
          </Text>
        </>
      )}
    </MutationFormModal>
  );
}
