import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { PageStatus } from '../../../components/page-status';
import { graphql } from '../../../gql';
import type { PricelistRule_RuleFragment } from '../../../gql/graphql';
import { notify, notifySuccess } from '../../../lib/notify';
import { READABLE_LABEL } from '../../../components/status-badge';
import { RequirePermission } from '../../../viewer/require-permission';
import {
  NewPricelistDialog,
  PricelistRuleDialog,
  ruleInputOf,
  SavePricelistRulesDocument,
} from './pricelist-dialogs';
import { PriceSimulator } from './price-simulator';

export const PricelistRule_RuleFragmentDoc = graphql(`
  fragment PricelistRule_rule on PricelistRule {
    id
    scope
    category {
      id
      name
    }
    product {
      id
      sku
    }
    minQuantity
    validFrom
    validTo
    computation
    fixedPrice
    percentDiscount
    base
    basePricelist {
      id
    }
    formulaDiscountPercent
    formulaSurcharge
    formulaRounding
    formulaMinMargin
    formulaMaxMargin
    label
    customerText
  }
`);

export const PricelistsDocument = graphql(`
  query Pricelists {
    pricelists {
      id
      name
      currencyCode
      showsCatalogPrices
      rules {
        ...PricelistRule_rule
      }
    }
  }
`);

/** "12% off list price", "Fixed 0.45", "Cost + 18%". */
export function ruleSummary(rule: PricelistRule_RuleFragment): string {
  if (rule.computation === 'FIXED') return `Fixed ${rule.fixedPrice ?? '?'}`;
  if (rule.computation === 'PERCENT_DISCOUNT') return `${rule.percentDiscount ?? '?'}% off list price`;
  const base =
    rule.base === 'COST' ? 'cost' : rule.base === 'OTHER_PRICELIST' ? 'other pricelist' : 'list price';
  const parts = [`Formula on ${base}`];
  if (rule.formulaDiscountPercent) parts.push(`−${rule.formulaDiscountPercent}%`);
  if (rule.formulaSurcharge) parts.push(`+${rule.formulaSurcharge}`);
  return parts.join(' ');
}

function appliesTo(rule: PricelistRule_RuleFragment): string {
  if (rule.scope === 'PRODUCT') return rule.product?.sku ?? 'a product';
  if (rule.scope === 'CATEGORY') return `Category ${rule.category?.name ?? '?'}`;
  return 'All products';
}

const column = createColumnHelper<PricelistRule_RuleFragment>();

export function PricelistsRoute() {
  return (
    <RequirePermission anyOf="PRICING_MANAGE" staff>
      <Pricelists />
    </RequirePermission>
  );
}

/** Pricelists with their rules (add, remove) and the price simulator. */
function Pricelists() {
  const { data, error, refetch } = useQuery(PricelistsDocument, { fetchPolicy: 'cache-and-network' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [saveRules, { loading: removing }] = useMutation(SavePricelistRulesDocument);
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const pricelists = data.pricelists;
  const pricelist = pricelists.find((p) => p.id === selectedId) ?? pricelists[0];
  const rules = pricelist?.rules ?? [];

  const remove = async (rule: PricelistRule_RuleFragment) => {
    if (!pricelist) return;
    const input = {
      pricelistId: pricelist.id,
      rules: rules.filter((r) => r.id !== rule.id).map(ruleInputOf),
    };
    const payload = (await saveRules({ variables: { input } })).data?.savePricelist;
    if (payload && payload.userErrors.length === 0)
      notifySuccess(`Rule “${rule.label ?? appliesTo(rule)}” removed.`);
    else notify(payload?.userErrors[0]?.message ?? 'The rule could not be removed.', { color: 'red' });
  };

  const columns = [
    column.display({ id: 'label', header: 'Rule (staff only)', cell: (i) => i.row.original.label ?? '—' }),
    column.display({ id: 'applies', header: 'Applies to', cell: (i) => appliesTo(i.row.original) }),
    column.accessor('minQuantity', { header: 'From qty (base unit)' }),
    column.display({ id: 'price', header: 'Price', cell: (i) => ruleSummary(i.row.original) }),
    column.display({
      id: 'buyer',
      header: 'Buyers read',
      cell: (i) => i.row.original.customerText ?? '(neutral)',
    }),
    column.display({
      id: 'valid',
      header: 'Valid',
      cell: (i) =>
        i.row.original.validFrom || i.row.original.validTo
          ? `${i.row.original.validFrom ?? '…'} – ${i.row.original.validTo ?? '…'}`
          : 'Always',
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => (
        <Button
          size="xs"
          variant="default"
          color="red"
          loading={removing}
          onClick={() => void remove(i.row.original)}
          aria-label={`Remove rule ${i.row.original.label ?? appliesTo(i.row.original)}`}
        >
          Remove
        </Button>
      ),
    }),
  ];

  return (
    <>
      <PageHeader
        title="Pricelists"
        description="Contract prices: each company follows one pricelist; the most specific rule that applies sets the price."
        actions={<NewPricelistDialog onCreated={(id) => setSelectedId(id)} />}
      />
      <Stack>
        <PriceSimulator />
        <Card withBorder component="section" aria-labelledby="rules-title">
          <Group justify="space-between" align="flex-end" mb="sm">
            <Group align="flex-end">
              <Title order={2} size="h4" id="rules-title">
                Rules
              </Title>
              <Select
                label="Pricelist"
                data={pricelists.map((p) => ({ value: p.id, label: `${p.name} (${p.currencyCode})` }))}
                value={pricelist?.id ?? null}
                onChange={setSelectedId}
                allowDeselect={false}
                w={280}
              />
              {pricelist && (
                <Badge
                  variant="light"
                  styles={READABLE_LABEL}
                  color={pricelist.showsCatalogPrices ? 'blue' : 'gray'}
                >
                  {pricelist.showsCatalogPrices ? 'Shows list prices' : 'List prices hidden'}
                </Badge>
              )}
            </Group>
            {pricelist && <PricelistRuleDialog pricelistId={pricelist.id} rules={rules} />}
          </Group>
          {pricelist ? (
            <DataTable
              caption={`Rules of ${pricelist.name}`}
              data={rules}
              columns={columns}
              getRowId={(r) => r.id}
              empty={<EmptyState title="No rules" description="Buyers on this pricelist pay list prices." />}
            />
          ) : (
            <Text c="dimmed">No pricelists yet.</Text>
          )}
        </Card>
      </Stack>
    </>
  );
}
