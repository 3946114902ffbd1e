import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/scroll-region';

/** Horizontal scrolling for a wide table in a narrow column (components/scroll-region.tsx). */
export function TableScroll({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label} minWidth={minWidth}>
      {children}
    </ScrollRegion>
  );
}
