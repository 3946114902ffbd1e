import { formatDecimal } from '@portal/domain';
import { Badge, Group, Text } from '@mantine/core';
import { graphql } from '../../gql';
import type { AvailabilityText_AvailabilityFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format-date';

export const AvailabilityText_AvailabilityFragmentDoc = graphql(`
  fragment AvailabilityText_availability on Availability {
    status
    quantityAvailable
    restockDate
    leadTimeDays
  }
`);

// Dot badges: the text keeps the body colour (WCAG AA), the dot carries the colour.
const COLORS = {
  IN_STOCK: 'green',
  LOW_STOCK: 'yellow',
  OUT_OF_STOCK: 'red',
  BACKORDER: 'orange',
  MADE_TO_ORDER: 'blue',
} as const;

const LABELS = {
  IN_STOCK: 'In stock',
  LOW_STOCK: 'Low stock',
  OUT_OF_STOCK: 'Out of stock',
  BACKORDER: 'Backorder',
  MADE_TO_ORDER: 'Made to order',
} as const;

/** The detail line under the availability badge: restock date, lead time, quantity left. */
export function availabilityDetail(
  availability: AvailabilityText_AvailabilityFragment,
  baseUnitSymbol: string,
): string | null {
  switch (availability.status) {
    case 'BACKORDER':
      return availability.restockDate
        ? `Restock expected ${formatDate(availability.restockDate)}`
        : 'Restock date not known yet';
    case 'MADE_TO_ORDER':
      return availability.leadTimeDays != null
        ? `Made for you: ships ${availability.leadTimeDays} days after ordering`
        : 'Made for you after ordering';
    case 'OUT_OF_STOCK':
      return availability.restockDate ? `Restock expected ${formatDate(availability.restockDate)}` : null;
    case 'LOW_STOCK':
    case 'IN_STOCK':
      return availability.quantityAvailable != null
        ? `${formatDecimal(availability.quantityAvailable)} ${baseUnitSymbol} available`
        : null;
  }
}

export function AvailabilityText({
  availability,
  baseUnitSymbol,
}: {
  availability: AvailabilityText_AvailabilityFragment;
  baseUnitSymbol: string;
}) {
  const detail = availabilityDetail(availability, baseUnitSymbol);
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={COLORS[availability.status]} variant="dot" radius="sm">
        {LABELS[availability.status]}
      </Badge>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Group>
  );
}
