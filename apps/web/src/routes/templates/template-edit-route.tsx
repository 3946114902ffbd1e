import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Card, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { QuantityInput, quantityUnitsOf, type QuantityUnit } from '../../components/quantity-input';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { TemplateEditor_OrderTemplateFragment } from '../../gql/graphql';
import { RequirePermission } from '../../viewer/require-permission';
import { TemplateRunButtons } from './template-run';
import { notifySuccess } from '../../lib/notify';

export const TemplateEditor_OrderTemplateFragmentDoc = graphql(`
  fragment TemplateEditor_orderTemplate on OrderTemplate {
    id
    name
    shared
    owner {
      id
      name
    }
    lines {
      quantity
      unit {
        id
        symbol
      }
      product {
        id
        sku
        name
        ...QuantityInput_product
      }
    }
  }
`);

export const TemplateEditDocument = graphql(`
  query TemplateEdit($id: ID!) {
    node(id: $id) {
      id
      ... on OrderTemplate {
        ...TemplateEditor_orderTemplate
      }
    }
  }
`);

export const SaveOrderTemplateDocument = graphql(`
  mutation SaveOrderTemplate($input: SaveOrderTemplateInput!) {
    saveOrderTemplate(input: $input) {
      template {
        id
        ...TemplateEditor_orderTemplate
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export function TemplateEditRoute() {
  return (
    <RequirePermission anyOf={['ORDERS_DRAFT', 'ORDERS_SUBMIT']}>
      <TemplateEditPage />
    </RequirePermission>
  );
}

function TemplateEditPage() {
  const { templateId = '' } = useParams();
  const { data, error, refetch } = useQuery(TemplateEditDocument, { variables: { id: templateId } });
  if (!data) return error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />;
  const node = data.node;
  if (!node || node.__typename !== 'OrderTemplate') {
    return (
      <EmptyState
        title="Template not found"
        action={
          <Anchor component={Link} to="/templates">
            Back to templates
          </Anchor>
        }
      />
    );
  }
  return <TemplateEditor template={node} />;
}

interface LineDraft {
  productId: string;
  sku: string;
  name: string;
  quantity: string;
  unitId: string;
  baseUnitSymbol: string;
  units: QuantityUnit[];
}

function toDrafts(template: TemplateEditor_OrderTemplateFragment): LineDraft[] {
  return template.lines.map((l) => ({
    productId: l.product.id,
    sku: l.product.sku,
    name: l.product.name,
    quantity: l.quantity,
    unitId: l.unit.id,
    baseUnitSymbol: l.product.baseUnit.symbol,
    units: quantityUnitsOf(l.product),
  }));
}

type Errors = { form: string[]; fields: Record<string, string | undefined> };

/** Rename, share, change quantities/units, remove lines; saved with saveOrderTemplate(templateId). */
export function TemplateEditor({ template }: { template: TemplateEditor_OrderTemplateFragment }) {
  const navigate = useNavigate();
  const [name, setName] = useState(template.name);
  const [shared, setShared] = useState(template.shared);
  const [lines, setLines] = useState<LineDraft[]>(() => toDrafts(template));
  const [errors, setErrors] = useState<Errors>({ form: [], fields: {} });
  const [save, { loading }] = useMutation(SaveOrderTemplateDocument, { refetchQueries: ['OrderTemplates'] });

  useEffect(() => {
    setName(template.name);
    setShared(template.shared);
    setLines(toDrafts(template));
  }, [template]);

  function update(index: number, change: Partial<LineDraft>) {
    setLines((ls) => ls.map((l, i) => (i === index ? { ...l, ...change } : l)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fieldNames = [
      'name',
      'shared',
      'lines',
      ...lines.flatMap((_, i) => [`lines.${i}.quantity`, `lines.${i}.unitId`]),
    ];
    if (lines.length === 0) {
      setErrors({ form: [], fields: { lines: 'Keep at least one line, or delete the template.' } });
      return;
    }
    try {
      const { data } = await save({
        variables: {
          input: {
            templateId: template.id,
            name: name.trim(),
            shared,
            lines: lines.map((l) => ({
              productId: l.productId,
              quantity: l.quantity.trim(),
              unitId: l.unitId,
            })),
          },
        },
      });
      const payload = data?.saveOrderTemplate;
      if (!payload?.template || payload.userErrors.length > 0) {
        const split = splitUserErrors(payload?.userErrors ?? [], fieldNames);
        setErrors({ form: split.form, fields: split.fields });
        return;
      }
      setErrors({ form: [], fields: {} });
      notifySuccess(`Template “${payload.template.name}” saved.`);
      void navigate('/templates');
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)], fields: {} });
    }
  }

  return (
    <Stack>
      <PageHeader
        title={`Edit template “${template.name}”`}
        documentTitle="Edit template"
        description={`Owner: ${template.owner.name}`}
        actions={<TemplateRunButtons templateId={template.id} templateName={template.name} />}
      />
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Edit template">
        <Stack>
          <UserErrorsAlert errors={errors.form} />
          <Card withBorder>
            <Stack>
              <TextInput
                label="Name"
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.fields.name}
                maw={420}
              />
              <Switch
                label="Shared with my company"
                checked={shared}
                onChange={(e) => setShared(e.currentTarget.checked)}
                error={errors.fields.shared}
              />
            </Stack>
          </Card>
          <Card withBorder>
            <Text fw={700} mb="sm" component="h2">
              Lines
            </Text>
            {errors.fields.lines && (
              <Text c="red.8" size="sm" role="alert" mb="sm">
                {errors.fields.lines}
              </Text>
            )}
            {lines.length === 0 ? (
              <Text c="dimmed">No lines left.</Text>
            ) : (
              <Stack gap="md">
                {lines.map((line, i) => (
                  <Group key={line.productId} align="flex-start" justify="space-between" wrap="wrap" gap="sm">
                    <div style={{ minWidth: 200, flex: 1 }}>
                      <Text fw={600}>{line.name}</Text>
                      <Text size="sm" c="dimmed">
                        {line.sku}
                      </Text>
                    </div>
                    <QuantityInput
                      label={`Quantity of ${line.sku}`}
                      value={line.quantity}
                      onChange={(quantity) => update(i, { quantity })}
                      units={line.units}
                      unitId={line.unitId}
                      onUnitChange={(unitId) => update(i, { unitId })}
                      baseUnitSymbol={line.baseUnitSymbol}
                      error={errors.fields[`lines.${i}.quantity`] ?? errors.fields[`lines.${i}.unitId`]}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red.8"
                      size="lg"
                      mt={24}
                      aria-label={`Remove ${line.sku}`}
                      onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/templates">
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save template
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
