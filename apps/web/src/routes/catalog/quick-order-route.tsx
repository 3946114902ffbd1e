import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatDecimal } from '@portal/domain';
import { Alert, Anchor, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { baseQuantityText } from '../../components/quantity-input';
import { PageHeader } from '../../components/page-header';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';
import { RequirePermission } from '../../viewer/require-permission';
import {
  matchQuickOrder,
  parseQuickOrder,
  type RecognisedLine,
  type UnrecognisedLine,
} from './parse-quick-order';
import { CartIdDocument, useAddToCart } from './use-add-to-cart';
import { ScrollRegion } from '../../components/scroll-region';

export const QuickOrderProductsDocument = graphql(`
  query QuickOrderProducts($skus: [String!]!, $first: Int!) {
    products(first: $first, filter: { skus: $skus }) {
      edges {
        node {
          id
          sku
          name
          ...QuantityInput_product
        }
      }
    }
  }
`);

export function QuickOrderRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_DRAFT', 'ORDERS_SUBMIT']} staff={false}>
      <QuickOrder />
    </RequirePermission>
  );
}

interface Checked {
  recognised: RecognisedLine[];
  unrecognised: UnrecognisedLine[];
}

export function QuickOrder() {
  const client = useApolloClient();
  const cart = useQuery(CartIdDocument);
  const { add, loading: adding } = useAddToCart(cart.data?.viewer?.cart?.id);
  const [text, setText] = useState('');
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [textError, setTextError] = useState<string | undefined>();
  const [lineErrors, setLineErrors] = useState<Map<number, string>>(new Map());
  const [formErrors, setFormErrors] = useState<string[]>([]);

  async function onCheck(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    setLineErrors(new Map());
    const lines = parseQuickOrder(text);
    if (lines.length === 0) {
      setTextError('Paste or type at least one line: SKU, quantity and (optionally) the unit.');
      setChecked(null);
      return;
    }
    setTextError(undefined);
    setChecking(true);
    try {
      const skus = [...new Set(lines.filter((l) => l.sku).map((l) => l.sku))].slice(0, 100);
      const { data } = await client.query({
        query: QuickOrderProductsDocument,
        variables: { skus, first: 100 },
        fetchPolicy: 'network-only',
      });
      setChecked(matchQuickOrder(lines, data?.products.edges.map((e) => e.node) ?? []));
    } catch (error) {
      setFormErrors([unexpectedErrorMessage(error)]);
    } finally {
      setChecking(false);
    }
  }

  async function onAdd() {
    if (!checked || checked.recognised.length === 0) return;
    setFormErrors([]);
    setLineErrors(new Map());
    try {
      const result = await add(
        checked.recognised.map((l) => ({ productId: l.product.id, quantity: l.quantity, unitId: l.unit.id })),
      );
      if (result.ok) {
        notifySuccess(
          `Added ${checked.recognised.length} ${checked.recognised.length === 1 ? 'line' : 'lines'} to the cart.`,
        );
        setText(checked.unrecognised.map((l) => l.raw).join('\n'));
        setChecked(null);
        return;
      }
      // ["input", "lines", "<i>", ...] names the i-th line we sent: map it back to the pasted line.
      const byLine = new Map<number, string>();
      const rest: string[] = [];
      for (const e of result.userErrors) {
        const path = e.field?.[0] === 'input' ? e.field.slice(1) : (e.field ?? []);
        const index = path[0] === 'lines' ? Number(path[1]) : NaN;
        const line = Number.isInteger(index) ? checked.recognised[index] : undefined;
        if (line && !byLine.has(line.lineNumber)) byLine.set(line.lineNumber, e.message);
        else rest.push(e.message);
      }
      setLineErrors(byLine);
      setFormErrors(
        rest.length ? rest : byLine.size ? ['Nothing was added: fix the lines marked below.'] : [],
      );
    } catch (error) {
      setFormErrors([unexpectedErrorMessage(error)]);
    }
  }

  return (
    <Stack maw={960}>
      <PageHeader
        title="Quick order"
        description="Paste lines from a spreadsheet or type them: SKU, quantity and (optionally) the unit, one per line."
        actions={
          <Button component={Link} to="/cart" variant="default">
            Go to cart
          </Button>
        }
      />
      <form onSubmit={(e) => void onCheck(e)}>
        <Stack gap="sm">
          <Textarea
            label="Order lines"
            description="e.g. “GLV-NIT-M 5 bx” or “NAP-DIN-WHT, 2, cs”; tabs and commas work too."
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setChecked(null);
            }}
            error={textError}
            rows={8}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Group>
            <Button type="submit" loading={checking}>
              Check lines
            </Button>
          </Group>
        </Stack>
      </form>
      {formErrors.length > 0 && <UserErrorsAlert errors={formErrors} />}
      {checked && (
        <Stack gap="md" aria-live="polite">
          <section aria-labelledby="recognised-heading">
            <Title order={2} size="h4" id="recognised-heading" mb="xs">
              Recognised ({checked.recognised.length})
            </Title>
            {checked.recognised.length === 0 ? (
              <Text>No line matched a product in your catalog.</Text>
            ) : (
              <ScrollRegion label="Recognised lines" minWidth={520}>
                <Table withTableBorder striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Line</Table.Th>
                      <Table.Th scope="col">Product</Table.Th>
                      <Table.Th scope="col" ta="right">
                        Quantity
                      </Table.Th>
                      <Table.Th scope="col">In base units</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {checked.recognised.map((l) => {
                      const error = lineErrors.get(l.lineNumber);
                      return (
                        <Table.Tr key={l.lineNumber}>
                          <Table.Td>{l.lineNumber}</Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {l.product.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {l.product.sku}
                            </Text>
                            {error && (
                              <Text size="sm" c="red.8" role="alert">
                                <IconAlertTriangle size={14} aria-hidden /> {error}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td ta="right">
                            {formatDecimal(l.quantity)} {l.unit.symbol}
                          </Table.Td>
                          <Table.Td>
                            {baseQuantityText(l.quantity, l.unit, l.product.baseUnit.symbol) ??
                              `${formatDecimal(l.quantity)} ${l.product.baseUnit.symbol}`}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </ScrollRegion>
            )}
          </section>
          {checked.unrecognised.length > 0 && (
            <section aria-labelledby="unrecognised-heading">
              <Title order={2} size="h4" id="unrecognised-heading" mb="xs">
                Not recognised ({checked.unrecognised.length})
              </Title>
              <Alert
                color="orange"
                icon={<IconAlertTriangle aria-hidden />}
                title="These lines will not be added"
                styles={{ title: { color: 'var(--mantine-color-text)' } }}
              >
                <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: '1rem' }}>
                  {checked.unrecognised.map((l) => (
                    <li key={l.lineNumber}>
                      <Text size="sm">
                        Line {l.lineNumber} <code>{l.raw}</code>: {l.problem}
                      </Text>
                    </li>
                  ))}
                </Stack>
              </Alert>
            </section>
          )}
          {checked.recognised.length > 0 && (
            <Group>
              <Button
                onClick={() => void onAdd()}
                loading={adding}
                leftSection={<IconCheck size={18} aria-hidden />}
              >
                Add {checked.recognised.length} {checked.recognised.length === 1 ? 'line' : 'lines'} to cart
              </Button>
              <Anchor component={Link} to="/cart">
                View cart
              </Anchor>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
