import { Button, Group, Menu, Modal, Stack, Stepper, Text } from '@mantine/core';
import {
  IconCompass,
  IconFileInvoice,
  IconListDetails,
  IconMessageQuestion,
  IconShoppingCart,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Permission } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import {
  closeWalkthrough,
  isWalkthroughDismissed,
  openWalkthrough,
  rememberWalkthroughDismissed,
  useWalkthroughReopened,
} from './walkthrough-store';

interface Step {
  label: string;
  title: string;
  body: ReactNode;
  icon: ReactNode;
  to: string;
  cta: string;
  /** Shown only to viewers with any of these. */
  anyOf: readonly Permission[];
}

export const WALKTHROUGH_STEPS: readonly Step[] = [
  {
    label: 'Order',
    title: 'Place an order',
    body: 'Find products in the Catalog (your contract prices, volume breaks and availability are shown), or paste SKUs and quantities in Quick order. Review the Cart, add your PO number and submit.',
    icon: <IconShoppingCart size={18} aria-hidden />,
    to: '/catalog',
    cta: 'Open the catalog',
    anyOf: ['ORDERS_DRAFT', 'ORDERS_SUBMIT'],
  },
  {
    label: 'Status',
    title: 'Check an order’s status',
    body: 'Orders lists everything you placed. Open an order to follow its timeline, track shipments and download its documents.',
    icon: <IconListDetails size={18} aria-hidden />,
    to: '/orders',
    cta: 'See your orders',
    anyOf: ['ORDERS_READ_OWN', 'ORDERS_READ_COMPANY'],
  },
  {
    label: 'Invoices',
    title: 'Download an invoice',
    body: 'Invoices & account shows what is open and due. Each invoice has a PDF to download, and you can pay one or several at once.',
    icon: <IconFileInvoice size={18} aria-hidden />,
    to: '/invoices',
    cta: 'See your invoices',
    anyOf: ['INVOICES_READ_OWN', 'INVOICES_READ_COMPANY', 'INVOICES_SUMMARY', 'STATEMENT_READ'],
  },
  {
    label: 'RFQ',
    title: 'Ask for a quotation',
    body: 'Need a special item or a large quantity? Submit a request for quotation (RFQ) with catalog or free-text lines; the sales team answers with a quote you can accept online.',
    icon: <IconMessageQuestion size={18} aria-hidden />,
    to: '/rfqs',
    cta: 'Open RFQs',
    anyOf: ['RFQ_SUBMIT'],
  },
];

/**
 * The first sign-in tour: opens by itself until the user dismisses or finishes it (remembered
 * per user in localStorage), and again from the user menu (<WalkthroughMenuItem />).
 * Rendered once by the app header; customers only (staff have the back office).
 */
export function Walkthrough() {
  const { viewer, canAny, isStaff } = useViewer();
  const userId = viewer.user.id;
  const reopened = useWalkthroughReopened();
  const [dismissed, setDismissed] = useState(() => isWalkthroughDismissed(userId));
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const steps = WALKTHROUGH_STEPS.filter((s) => canAny(s.anyOf));
  const opened = !isStaff && steps.length > 0 && (reopened || !dismissed);

  function close() {
    rememberWalkthroughDismissed(userId);
    setDismissed(true);
    closeWalkthrough();
    setActive(0);
  }

  const last = active >= steps.length - 1;
  const step = steps[Math.min(active, steps.length - 1)];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Welcome to the buyer portal"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close the tour' }}
    >
      <Stack gap="md">
        <Text size="sm">
          A quick tour of what you can do here ({steps.length} steps). You can reopen it from your account
          menu.
        </Text>
        <Stepper active={active} onStepClick={setActive} size="sm" allowNextStepsSelect>
          {steps.map((s) => (
            <Stepper.Step key={s.label} label={s.label} icon={s.icon} />
          ))}
        </Stepper>
        {step && (
          <Stack gap="xs" aria-live="polite">
            <Text fw={700} size="lg">
              {active + 1}. {step.title}
            </Text>
            <Text>{step.body}</Text>
            <Group>
              <Button
                variant="subtle"
                px={0}
                onClick={() => {
                  close();
                  void navigate(step.to);
                }}
              >
                {step.cta}
              </Button>
            </Group>
          </Stack>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={close}>
            Skip the tour
          </Button>
          <Group gap="xs">
            {active > 0 && (
              <Button variant="default" onClick={() => setActive((a) => a - 1)}>
                Back
              </Button>
            )}
            {last ? (
              <Button onClick={close}>Finish</Button>
            ) : (
              <Button onClick={() => setActive((a) => a + 1)}>Next</Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Take the tour" for the user menu; customers only. */
export function WalkthroughMenuItem() {
  const { isStaff } = useViewer();
  if (isStaff) return null;
  return (
    <Menu.Item leftSection={<IconCompass size={16} aria-hidden />} onClick={openWalkthrough}>
      Take the tour
    </Menu.Item>
  );
}
