import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import { useViewer } from '../../viewer/viewer-context';
import { newIdempotencyKey } from '../../lib/idempotency-key';

export const OrderFromTemplateDocument = graphql(`
  mutation OrderFromTemplate($input: OrderFromTemplateInput!) {
    orderFromTemplate(input: $input) {
      order {
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

interface Outcome {
  order?: { id: string; number: string; status: string };
  submitted: boolean;
  errors: string[];
}

/** One-click "Place order" (submit: true, idempotent) and "Make a draft" for a template. */
export function TemplateRunButtons({
  templateId,
  templateName,
}: {
  templateId: string;
  templateName: string;
}) {
  const { can } = useViewer();
  const [run] = useMutation(OrderFromTemplateDocument, { refetchQueries: ['OrderTemplates'] });
  // One key per attempt: a retry after a network error reuses it and never places a second order.
  const [key, setKey] = useState(newIdempotencyKey);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function go(submit: boolean) {
    setOutcome(null);
    try {
      const { data } = await run({
        variables: { input: { templateId, submit, idempotencyKey: submit ? key : null } },
      });
      const payload = data?.orderFromTemplate;
      if (payload?.order && payload.userErrors.length === 0) setKey(newIdempotencyKey());
      setOutcome({
        order: payload?.order ?? undefined,
        submitted: submit,
        errors: payload?.userErrors.map((e) => e.message) ?? [],
      });
    } catch (error) {
      setOutcome({ submitted: submit, errors: [unexpectedErrorMessage(error)] });
    }
  }

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {can('ORDERS_SUBMIT') && (
          <ConfirmButton
            size="xs"
            pendingLabel="Placing…"
            onConfirm={() => go(true)}
            aria-label={`Place order from ${templateName}`}
          >
            Place order
          </ConfirmButton>
        )}
        {can('ORDERS_DRAFT') && (
          <ConfirmButton
            size="xs"
            variant="default"
            pendingLabel="Drafting…"
            onConfirm={() => go(false)}
            aria-label={`Make a draft from ${templateName}`}
          >
            Make a draft
          </ConfirmButton>
        )}
      </Group>
      {outcome && (
        <div role="status" style={{ marginTop: 8 }}>
          {outcome.errors.length > 0 ? (
            <UserErrorsAlert
              errors={outcome.errors}
              title={outcome.order ? 'Created with problems' : 'Not created'}
            />
          ) : null}
          {outcome.order && (
            <Alert color="teal" variant="outline" p="xs">
              {outcome.submitted && outcome.order.status !== 'DRAFT' ? 'Placed ' : 'Draft '}
              <Anchor component={Link} to={`/orders/${outcome.order.id}`}>
                {outcome.order.number}
              </Anchor>
              {outcome.order.status === 'PENDING_APPROVAL' ? ' (sent for approval)' : ''}
            </Alert>
          )}
          {!outcome.order && outcome.errors.length === 0 && (
            <Button size="xs" variant="subtle" onClick={() => setOutcome(null)}>
              Dismiss
            </Button>
          )}
        </div>
      )}
    </>
  );
}
