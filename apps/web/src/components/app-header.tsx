import { Burger, VisuallyHidden, Group, Menu, Text, UnstyledButton, Anchor } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUser, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Walkthrough, WalkthroughMenuItem } from '../features/walkthrough/walkthrough';
import { graphql } from '../gql';
import type { AppHeader_ViewerFragment } from '../gql/graphql';
import { useSignOut } from './sign-out-button';

export const PORTAL_NAME = 'Buyer Portal';

export const AppHeader_ViewerFragmentDoc = graphql(`
  fragment AppHeader_viewer on Viewer {
    user {
      id
      name
      email
    }
    company {
      id
      name
    }
  }
`);

export interface AppHeaderProps {
  viewer: AppHeader_ViewerFragment;
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ viewer, navOpened, onToggleNav }: AppHeaderProps) {
  const { signOut, loading } = useSignOut();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
          aria-controls="app-navbar"
          aria-expanded={navOpened}
        />
        <Anchor component={Link} to="/" fw={700} size="lg" c="blue.9" underline="never">
          {PORTAL_NAME}
        </Anchor>
        {viewer.company && (
          <Text c="dimmed" visibleFrom="xs" truncate>
            {viewer.company.name}
          </Text>
        )}
      </Group>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton>
            <Group gap="xs" wrap="nowrap">
              <IconUserCircle size={24} aria-hidden />
              <Text size="sm" fw={500} visibleFrom="sm">
                {viewer.user.name}
              </Text>
              <VisuallyHidden>account menu</VisuallyHidden>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{viewer.user.email}</Menu.Label>
          <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} aria-hidden />}>
            Profile
          </Menu.Item>
          <WalkthroughMenuItem />
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void signOut()}
            disabled={loading}
          >
            {loading ? 'Signing out…' : 'Sign out'}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Walkthrough />
    </Group>
  );
}
