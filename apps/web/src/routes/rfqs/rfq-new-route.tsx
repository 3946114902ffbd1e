import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { defaultUnitIdOf, QuantityInput, quantityUnitsOf } from '../../components/quantity-input';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { notifySuccess } from '../../lib/notify';
import type { RfqNewPageQuery } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { ProductPicker } from './product-picker';
import {
  newLine,
  rfqFieldNames,
  toSubmitRfqInput,
  validateRfq,
  type RfqDraft,
  type RfqLineDraft,
} from './rfq-form';

export const RfqNewPageDocument = graphql(`
  query RfqNewPage {
    unitsOfMeasure {
      id
      symbol
      name
    }
    viewer {
      company {
        id
        currencyCode
      }
    }
  }
`);

export const SubmitRfqDocument = graphql(`
  mutation SubmitRfq($input: SubmitRfqInput!) {
    submitRfq(input: $input) {
      rfq {
        id
        number
        status
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export function RfqNewRoute() {
  return (
    <RequirePermission anyOf="RFQ_SUBMIT" staff={false}>
      <RfqNewPage />
    </RequirePermission>
  );
}

function RfqNewPage() {
  const { data, error, refetch } = useQuery(RfqNewPageDocument);
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  return <RfqForm units={data.unitsOfMeasure} currencyCode={data.viewer?.company?.currencyCode ?? 'USD'} />;
}

export interface RfqFormProps {
  units: RfqNewPageQuery['unitsOfMeasure'];
  currencyCode: string;
}

export function RfqForm({ units, currencyCode }: RfqFormProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RfqDraft>(() => ({
    title: '',
    neededBy: '',
    notes: '',
    lines: [newLine('catalog')],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitRfq, { loading }] = useMutation(SubmitRfqDocument);

  function setLine(index: number, patch: Partial<RfqLineDraft>) {
    setDraft((d) => ({ ...d, lines: d.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const local = validateRfq(draft);
    setErrors(local);
    setFormErrors([]);
    if (Object.keys(local).length > 0) return;
    try {
      const result = await submitRfq({ variables: { input: toSubmitRfqInput(draft) } });
      const payload = result.data?.submitRfq;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0 || !payload.rfq) {
        const split = splitUserErrors(payload.userErrors, rfqFieldNames(draft.lines.length));
        setErrors(split.fields as Record<string, string>);
        setFormErrors(split.form);
        return;
      }
      notifySuccess(`RFQ ${payload.rfq.number} sent to our sales team.`);
      void navigate(`/rfqs/${payload.rfq.id}`);
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  const unitOptions = [
    { value: '', label: 'No unit' },
    ...units.map((u) => ({ value: u.id, label: `${u.name} (${u.symbol})` })),
  ];

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="New request for quotation">
      <PageHeader title="New request for quotation" documentTitle="New RFQ" />
      <UserErrorsAlert errors={formErrors} />
      <Stack gap="md" maw={960}>
        <TextInput
          label="Title"
          name="title"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          error={errors.title}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Needed by"
            name="neededBy"
            type="date"
            value={draft.neededBy}
            onChange={(e) => setDraft({ ...draft, neededBy: e.currentTarget.value })}
            error={errors.neededBy}
          />
        </SimpleGrid>
        <Textarea
          label="Notes for our sales team"
          name="notes"
          description="Becomes the first message of the conversation."
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
          error={errors.notes}
        />
        <Title order={2} size="h4">
          Lines
        </Title>
        {errors.lines && (
          <Text c="red.8" size="sm" role="alert">
            {errors.lines}
          </Text>
        )}
        {draft.lines.map((line, i) => (
          <Card key={line.key} withBorder padding="md" component="fieldset" aria-label={`Line ${i + 1}`}>
            <Group justify="space-between" mb="sm">
              <SegmentedControl
                aria-label={`Line ${i + 1} kind`}
                value={line.kind}
                onChange={(kind) =>
                  setLine(i, { kind: kind as RfqLineDraft['kind'], product: null, unitId: '' })
                }
                data={[
                  { value: 'catalog', label: 'Catalog product' },
                  { value: 'text', label: 'Other item' },
                ]}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove line ${i + 1}`}
                onClick={() => setDraft((d) => ({ ...d, lines: d.lines.filter((_, j) => j !== i) }))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {line.kind === 'catalog' ? (
                <ProductPicker
                  label={`Line ${i + 1} product`}
                  value={line.product}
                  onChange={(product) =>
                    setLine(i, {
                      product,
                      unitId: product ? defaultUnitIdOf(product) : '',
                    })
                  }
                  error={errors[`lines.${i}.productId`]}
                />
              ) : (
                <TextInput
                  label={`Line ${i + 1} description`}
                  value={line.description}
                  onChange={(e) => setLine(i, { description: e.currentTarget.value })}
                  error={errors[`lines.${i}.description`]}
                />
              )}
              {line.kind === 'catalog' && line.product ? (
                <QuantityInput
                  label={`Line ${i + 1} quantity`}
                  value={line.quantity}
                  onChange={(quantity) => setLine(i, { quantity })}
                  units={quantityUnitsOf(line.product)}
                  unitId={line.unitId}
                  onUnitChange={(unitId) => setLine(i, { unitId })}
                  baseUnitSymbol={line.product.baseUnit.symbol}
                  error={errors[`lines.${i}.quantity`] ?? errors[`lines.${i}.unitId`]}
                />
              ) : (
                <Group grow align="flex-start" gap="xs">
                  <TextInput
                    label={`Line ${i + 1} quantity`}
                    inputMode="decimal"
                    value={line.quantity}
                    onChange={(e) => setLine(i, { quantity: e.currentTarget.value })}
                    error={errors[`lines.${i}.quantity`]}
                  />
                  {line.kind === 'text' && (
                    <NativeSelect
                      label={`Line ${i + 1} unit`}
                      data={unitOptions}
                      value={line.unitId}
                      onChange={(e) => setLine(i, { unitId: e.currentTarget.value })}
                      error={errors[`lines.${i}.unitId`]}
                    />
                  )}
                </Group>
              )}
              {line.kind === 'catalog' && (
                <TextInput
                  label={`Line ${i + 1} notes (optional)`}
                  value={line.description}
                  onChange={(e) => setLine(i, { description: e.currentTarget.value })}
                  error={errors[`lines.${i}.description`]}
                />
              )}
              <TextInput
                label={`Line ${i + 1} target unit price (${currencyCode}, optional)`}
                inputMode="decimal"
                value={line.targetUnitPrice}
                onChange={(e) => setLine(i, { targetUnitPrice: e.currentTarget.value })}
                error={errors[`lines.${i}.targetUnitPrice`]}
              />
            </SimpleGrid>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDraft((d) => ({ ...d, lines: [...d.lines, newLine('catalog')] }))}
          >
            Add catalog line
          </Button>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDraft((d) => ({ ...d, lines: [...d.lines, newLine('text')] }))}
          >
            Add other item
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate('/rfqs')}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Send request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
