import { useQuery } from '@apollo/client/react';
import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHome } from '@tabler/icons-react';
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useEffect } from 'react';
import { LiveServerClock } from '../clock/server-clock';
import { AppHeader } from '../components/app-header';
import { PageStatus } from '../components/page-status';
import { graphql } from '../gql';
import { useViewer, ViewerProvider } from '../viewer/viewer-context';
import type { SignInState } from './auth/sign-in-state';
import { visibleNavLinks } from './nav-links';

export const AppLayoutDocument = graphql(`
  query AppLayout {
    viewer {
      ...AppHeader_viewer
      ...ViewerContext_viewer
    }
    clock {
      now
      today
      timeZone
    }
  }
`);

/**
 * The signed-in frame and the one sign-in guard: every route below it may assume a viewer
 * (useViewer()). `viewer` is null without a session, so it sends the user to /sign-in and back.
 */
export function AppLayout() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(AppLayoutDocument);

  if (!data) {
    return (
      <main id="main">{error ? <PageStatus error onRetry={() => void refetch()} /> : <PageStatus />}</main>
    );
  }
  if (!data.viewer) {
    const state: SignInState = { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={state} />;
  }

  return (
    <ViewerProvider viewer={data.viewer}>
      <LiveServerClock initial={data.clock}>
        <Shell viewer={data.viewer} />
      </LiveServerClock>
    </ViewerProvider>
  );
}

function Shell({ viewer }: { viewer: Parameters<typeof AppHeader>[0]['viewer'] }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  // Close the burger menu after navigating.
  useEffect(() => close(), [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <AppHeader viewer={viewer} navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar id="app-navbar" p="xs" aria-label="Main">
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function AppNavbar() {
  const { canAny, isStaff } = useViewer();
  const links = visibleNavLinks(canAny, isStaff);
  const buyer = links.filter((l) => l.audience !== 'staff');
  const staff = links.filter((l) => l.audience === 'staff');
  return (
    <ScrollArea component="nav" aria-label="Main navigation">
      <NavItem to="/" label="Home" icon={<IconHome size={18} aria-hidden />} end />
      {buyer.map((l) => (
        <NavItem key={l.to} to={l.to} label={l.label} icon={<l.icon size={18} aria-hidden />} end={l.end} />
      ))}
      {staff.length > 0 && (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" component="h2">
          Back office
        </Text>
      )}
      {staff.map((l) => (
        <NavItem key={l.to} to={l.to} label={l.label} icon={<l.icon size={18} aria-hidden />} end={l.end} />
      ))}
    </ScrollArea>
  );
}

function NavItem({
  to,
  label,
  icon,
  end,
}: {
  to: string;
  label: string;
  icon: React.ReactNode;
  end?: boolean;
}) {
  const location = useLocation();
  const active = end
    ? location.pathname === to
    : location.pathname === to || location.pathname.startsWith(`${to}/`);
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={end}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}
