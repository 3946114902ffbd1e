import { Box, Center, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { PORTAL_NAME } from '../../components/app-header';

/** The signed-out frame: the portal's name and one centred card. */
export function AuthLayout() {
  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        px="md"
        py="sm"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text fw={700} size="lg" c="blue.9">
          {PORTAL_NAME}
        </Text>
      </Box>
      <Center component="main" id="main" p="md" pt="xl">
        <Outlet />
      </Center>
    </Box>
  );
}
