import { Box, Group, Text } from '@mantine/core';
import { IconArrowsHorizontal } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Whether the element's content is wider than the element (kept up to date as either resizes). */
function useOverflowsX<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

/**
 * Horizontal scrolling for a wide table in a narrow column (phones, tablets): the page itself
 * never scrolls sideways. Unlike Table.ScrollContainer it is focusable and named, so keyboard
 * users can scroll it (axe: scrollable-region-focusable), and it says so when it does scroll.
 */
export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  /** The region's accessible name, e.g. the table's caption. */
  label: string;
  /** The content's minimum width in px; below it the region scrolls. */
  minWidth?: number;
  children: ReactNode;
}) {
  const { ref, overflows } = useOverflowsX<HTMLDivElement>();
  return (
    <div>
      {overflows && (
        <Group gap={4} mb={4} wrap="nowrap" aria-hidden>
          <IconArrowsHorizontal size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            Scroll sideways to see every column
          </Text>
        </Group>
      )}
      {/* position: relative keeps absolutely positioned descendants (visually hidden text) inside the scroller. */}
      <Box
        ref={ref}
        role="region"
        aria-label={label}
        tabIndex={0}
        pos="relative"
        style={{ overflowX: 'auto' }}
      >
        {minWidth ? <Box miw={minWidth}>{children}</Box> : children}
      </Box>
    </div>
  );
}
