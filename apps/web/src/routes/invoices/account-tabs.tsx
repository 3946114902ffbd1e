import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../viewer/viewer-context';
import { AGING_READERS, INVOICE_READERS } from './invoice-permissions';

/** Links between the area's pages, each shown only when the viewer may open it. */
export function AccountTabs() {
  const { canAny, can } = useViewer();
  const { pathname } = useLocation();
  const tabs = [
    canAny(INVOICE_READERS) && { to: '/invoices', label: 'Invoices' },
    can('STATEMENT_READ') && { to: '/account/statement', label: 'Statement' },
    canAny(AGING_READERS) && { to: '/account/aging', label: 'Aging' },
  ].filter((t): t is { to: string; label: string } => Boolean(t));
  if (tabs.length < 2) return null;
  return (
    <Group component="nav" aria-label="Invoices and account" gap="xs" mb="md">
      {tabs.map((t) => {
        const current = pathname === t.to;
        return (
          <Button
            key={t.to}
            component={Link}
            to={t.to}
            variant={current ? 'filled' : 'default'}
            size="sm"
            aria-current={current ? 'page' : undefined}
          >
            {t.label}
          </Button>
        );
      })}
    </Group>
  );
}
