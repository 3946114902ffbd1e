import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '../../components/confirm-button';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { OrderActions_OrderFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import { newIdempotencyKey } from '../../lib/idempotency-key';

export const OrderActions_OrderFragmentDoc = graphql(`
  fragment OrderActions_order on Order {
    id
    number
    status
    availableActions
    issues {
      code
      message
    }
    lines {
      id
      sku
      description
    }
  }
`);

export const OrderActionResult_OrderFragmentDoc = graphql(`
  fragment OrderActionResult_order on Order {
    id
    status
    availableActions
  }
`);

export const ReorderDocument = graphql(`
  mutation ReorderOrder($input: ReorderInput!) {
    reorder(input: $input) {
      order {
        id
        number
      }
      changes {
        kind
        sku
        message
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SaveOrderAsTemplateDocument = graphql(`
  mutation SaveOrderAsTemplate($input: SaveOrderTemplateInput!) {
    saveOrderTemplate(input: $input) {
      template {
        id
        name
        shared
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ConfirmReceiptDocument = graphql(`
  mutation ConfirmOrderReceipt($input: OrderActionInput!) {
    confirmReceipt(input: $input) {
      order {
        ...OrderActionResult_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CancelOrderDocument = graphql(`
  mutation CancelOrder($input: OrderActionInput!) {
    cancelOrder(input: $input) {
      order {
        ...OrderActionResult_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ReportDeliveryIssueDocument = graphql(`
  mutation ReportOrderDeliveryIssue($input: ReportIssueInput!) {
    reportDeliveryIssue(input: $input) {
      order {
        ...OrderActionResult_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ApproveOrderDocument = graphql(`
  mutation ApproveOrder($input: OrderActionInput!) {
    approveOrder(input: $input) {
      order {
        ...OrderActionResult_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RejectOrderDocument = graphql(`
  mutation RejectOrder($input: OrderActionInput!) {
    rejectOrder(input: $input) {
      order {
        ...OrderActionResult_order
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SubmitOrderFromPageDocument = graphql(`
  mutation SubmitOrderFromPage($input: SubmitOrderInput!) {
    submitOrder(input: $input) {
      order {
        ...OrderActionResult_order
        number
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const REFETCH = ['OrderPage'];

export interface OrderActionsProps {
  order: OrderActions_OrderFragment;
  /** Form-level errors of the simple actions go here (shown above the page). */
  onErrors: (messages: string[]) => void;
}

/** The buttons for what `availableActions` allows right now; nothing else is shown. */
export function OrderActions({ order, onErrors }: OrderActionsProps) {
  const actions = new Set(order.availableActions);
  const { can } = useViewer();
  const navigate = useNavigate();
  const [reorder] = useMutation(ReorderDocument);
  const [confirmReceipt] = useMutation(ConfirmReceiptDocument, { refetchQueries: REFETCH });
  const [cancelOrder] = useMutation(CancelOrderDocument, { refetchQueries: REFETCH });
  const [submitOrder] = useMutation(SubmitOrderFromPageDocument, { refetchQueries: REFETCH });
  // One key per order (the page mounts this per order id): a retried submit returns the first result.
  const [submitKey] = useState(newIdempotencyKey);

  async function run(
    action: () => Promise<{ data?: unknown }>,
    pick: (data: unknown) => { userErrors: readonly { message: string }[] } | undefined,
    success: string,
  ) {
    onErrors([]);
    try {
      const result = await action();
      const payload = pick(result.data);
      if (payload && payload.userErrors.length > 0) {
        onErrors(payload.userErrors.map((e) => e.message));
        return false;
      }
      notifications.show({ message: success, closeButtonProps: { 'aria-label': 'Dismiss' } });
      return true;
    } catch (error) {
      onErrors([unexpectedErrorMessage(error)]);
      return false;
    }
  }

  return (
    <Group gap="xs">
      {actions.has('SUBMIT') && (
        <ConfirmButton
          disabled={order.issues.length > 0}
          pendingLabel={can('ORDERS_SUBMIT') ? 'Submitting…' : 'Sending…'}
          onConfirm={() =>
            run(
              () => submitOrder({ variables: { input: { orderId: order.id, idempotencyKey: submitKey } } }),
              (d) => (d as { submitOrder?: { userErrors: [] } } | undefined)?.submitOrder,
              can('ORDERS_SUBMIT') ? 'Order submitted.' : 'Order sent for approval.',
            )
          }
        >
          {can('ORDERS_SUBMIT') ? 'Submit order' : 'Send for approval'}
        </ConfirmButton>
      )}
      {actions.has('APPROVE') && <DecisionButton order={order} decision="approve" onErrors={onErrors} />}
      {actions.has('REJECT') && <DecisionButton order={order} decision="reject" onErrors={onErrors} />}
      {actions.has('REORDER') && (
        <ConfirmButton
          variant="filled"
          pendingLabel="Reordering…"
          onConfirm={async () => {
            onErrors([]);
            try {
              const { data } = await reorder({ variables: { input: { orderId: order.id } } });
              const payload = data?.reorder;
              if (!payload?.order) {
                onErrors(payload?.userErrors.map((e) => e.message) ?? ['The order could not be copied.']);
                return;
              }
              void navigate(`/orders/${payload.order.id}`, {
                state: { reorderChanges: payload.changes, reorderedFrom: order.number },
              });
            } catch (error) {
              onErrors([unexpectedErrorMessage(error)]);
            }
          }}
        >
          Reorder
        </ConfirmButton>
      )}
      {actions.has('SAVE_AS_TEMPLATE') && <SaveAsTemplateButton order={order} />}
      {actions.has('CONFIRM_RECEIPT') && (
        <ConfirmButton
          variant="default"
          pendingLabel="Confirming…"
          confirmTitle="Confirm receipt"
          confirmMessage={`Confirm that order ${order.number} arrived?`}
          confirmLabel="Confirm receipt"
          onConfirm={() =>
            run(
              () => confirmReceipt({ variables: { input: { orderId: order.id } } }),
              (d) => (d as { confirmReceipt?: { userErrors: [] } } | undefined)?.confirmReceipt,
              'Receipt confirmed.',
            )
          }
        >
          Confirm receipt
        </ConfirmButton>
      )}
      {actions.has('REPORT_ISSUE') && <ReportIssueButton order={order} />}
      {actions.has('CANCEL') && (
        <ConfirmButton
          color="red.8"
          variant="outline"
          pendingLabel="Cancelling…"
          confirmTitle={`Cancel order ${order.number}?`}
          confirmMessage="The order will be cancelled. This cannot be undone."
          confirmLabel="Cancel order"
          onConfirm={() =>
            run(
              () => cancelOrder({ variables: { input: { orderId: order.id } } }),
              (d) => (d as { cancelOrder?: { userErrors: [] } } | undefined)?.cancelOrder,
              `Order ${order.number} cancelled.`,
            )
          }
        >
          Cancel order
        </ConfirmButton>
      )}
    </Group>
  );
}

function DecisionButton({
  order,
  decision,
  onErrors,
}: {
  order: OrderActions_OrderFragment;
  decision: 'approve' | 'reject';
  onErrors: (messages: string[]) => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ form: string[]; comment?: string }>({ form: [] });
  const [approve, approving] = useMutation(ApproveOrderDocument, { refetchQueries: REFETCH });
  const [reject, rejecting] = useMutation(RejectOrderDocument, { refetchQueries: REFETCH });
  const label = decision === 'approve' ? 'Approve' : 'Reject';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const variables = { input: { orderId: order.id, comment: comment.trim() || null } };
    try {
      const { data } = decision === 'approve' ? await approve({ variables }) : await reject({ variables });
      const payload =
        data &&
        ('approveOrder' in data ? data.approveOrder : 'rejectOrder' in data ? data.rejectOrder : null);
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.length > 0) {
        const split = splitUserErrors(userErrors, ['comment'] as const);
        if (userErrors.some((e) => e.code === 'INVALID_STATE')) {
          close();
          onErrors([
            `Someone else already decided on order ${order.number}; the page now shows its current state.`,
          ]);
          return;
        }
        setErrors({ form: split.form, comment: split.fields.comment });
        return;
      }
      close();
      notifications.show({
        message: `Order ${order.number} ${decision === 'approve' ? 'approved' : 'rejected'}.`,
        closeButtonProps: { 'aria-label': 'Dismiss' },
      });
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)] });
    }
  }

  return (
    <>
      <Button
        color={decision === 'approve' ? undefined : 'red.8'}
        variant={decision === 'approve' ? 'filled' : 'outline'}
        onClick={open}
      >
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`${label} order ${order.number}`}
        centered
      >
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <UserErrorsAlert errors={errors.form} />
            <Textarea
              label="Comment"
              description={decision === 'reject' ? 'Tell the author what to change.' : 'Optional'}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={errors.comment}
              rows={3}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Back
              </Button>
              <Button
                type="submit"
                loading={approving.loading || rejecting.loading}
                color={decision === 'approve' ? undefined : 'red.8'}
              >
                {label}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

const TEMPLATE_FIELDS = ['name', 'shared'] as const;

export function SaveAsTemplateButton({
  order,
}: {
  order: Pick<OrderActions_OrderFragment, 'id' | 'number'>;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<{ form: string[]; name?: string; shared?: string }>({ form: [] });
  const [save, { loading }] = useMutation(SaveOrderAsTemplateDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { data } = await save({
        variables: { input: { fromOrderId: order.id, name: name.trim(), shared } },
      });
      const payload = data?.saveOrderTemplate;
      if (!payload?.template) {
        const split = splitUserErrors(payload?.userErrors ?? [], TEMPLATE_FIELDS);
        setErrors({ form: split.form, ...split.fields });
        return;
      }
      close();
      setErrors({ form: [] });
      notifications.show({
        message: `Template “${payload.template.name}” saved.`,
        closeButtonProps: { 'aria-label': 'Dismiss' },
      });
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)] });
    }
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        Save as template
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Save order ${order.number} as a template`}
        centered
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <UserErrorsAlert errors={errors.form} />
            <TextInput
              label="Template name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              data-autofocus
            />
            <Switch
              label="Share with my company"
              description="Everyone in your company who may draft orders can use a shared template."
              checked={shared}
              onChange={(e) => setShared(e.currentTarget.checked)}
              error={errors.shared}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Back
              </Button>
              <Button type="submit" loading={loading}>
                Save template
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

const ISSUE_FIELDS = ['description', 'lineIds'] as const;

function ReportIssueButton({ order }: { order: OrderActions_OrderFragment }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [description, setDescription] = useState('');
  const [lineIds, setLineIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ form: string[]; description?: string; lineIds?: string }>({
    form: [],
  });
  const [report, { loading }] = useMutation(ReportDeliveryIssueDocument, { refetchQueries: REFETCH });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { data } = await report({
        variables: {
          input: {
            orderId: order.id,
            description: description.trim(),
            lineIds: lineIds.length ? lineIds : null,
          },
        },
      });
      const payload = data?.reportDeliveryIssue;
      if (payload && payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, ISSUE_FIELDS);
        setErrors({ form: split.form, ...split.fields });
        return;
      }
      close();
      setDescription('');
      setLineIds([]);
      setErrors({ form: [] });
      notifications.show({
        message: 'Issue reported. Our sales team will get back to you.',
        closeButtonProps: { 'aria-label': 'Dismiss' },
      });
    } catch (error) {
      setErrors({ form: [unexpectedErrorMessage(error)] });
    }
  }

  return (
    <>
      <Button variant="default" onClick={open}>
        Report an issue
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Report an issue with order ${order.number}`}
        centered
        size="lg"
      >
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            <UserErrorsAlert errors={errors.form} />
            <Textarea
              label="What went wrong?"
              required
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={errors.description}
              rows={3}
              data-autofocus
            />
            <Checkbox.Group
              label="Lines concerned (optional)"
              value={lineIds}
              onChange={setLineIds}
              error={errors.lineIds}
            >
              <Stack gap={6} mt={6}>
                {order.lines.map((line) => (
                  <Checkbox key={line.id} value={line.id} label={`${line.sku} · ${line.description}`} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Back
              </Button>
              <Button type="submit" loading={loading}>
                Report issue
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
