import { formatDecimal, toBaseQuantity } from '@portal/domain';
import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../gql';
import type { QuantityInput_ProductFragment } from '../gql/graphql';
import { QUANTITY_SCALE, canonicalDecimal } from '../lib/decimal-input';

/** What QuantityInput needs of a product: its base unit and the units it is sold in. */
export const QuantityInput_ProductFragmentDoc = graphql(`
  fragment QuantityInput_product on Product {
    baseUnit {
      id
      symbol
    }
    units {
      factor
      isDefault
      unit {
        id
        symbol
        name
      }
    }
  }
`);

/** A unit the product is sold in (ProductUnit: factor base units in one of it). */
export interface QuantityUnit {
  id: string;
  symbol: string;
  name?: string;
  /** Decimal string: base units in one of this unit, e.g. "24" for a case of 24. */
  factor: string;
}

/** The units a product is sold in, as QuantityInput takes them. */
export function quantityUnitsOf(product: QuantityInput_ProductFragment): QuantityUnit[] {
  return product.units.map((u) => ({
    id: u.unit.id,
    symbol: u.unit.symbol,
    name: u.unit.name,
    factor: u.factor,
  }));
}

/** The unit a product is ordered in unless the buyer picks another: its default, else its first, else the base. */
export function defaultUnitIdOf(product: QuantityInput_ProductFragment): string {
  return (product.units.find((u) => u.isDefault) ?? product.units[0])?.unit.id ?? product.baseUnit.id;
}

/**
 * "5 cs = 120 ea", or null when the text is not a positive decimal or the unit is the base.
 * Exact decimal arithmetic (@portal/domain toBaseQuantity), never floats.
 */
export function baseQuantityText(
  quantity: string,
  unit: QuantityUnit,
  baseUnitSymbol: string,
): string | null {
  const q = canonicalDecimal(quantity, { maxScale: QUANTITY_SCALE });
  if (q === null || unit.symbol === baseUnitSymbol) return null;
  const base = toBaseQuantity(q, unit.factor);
  return `${formatDecimal(q)} ${unit.symbol} = ${formatDecimal(base)} ${baseUnitSymbol}`;
}

export interface BaseQuantityHintProps {
  quantity: string;
  unit: QuantityUnit;
  baseUnitSymbol: string;
  id?: string;
}

/** Shows the quantity in base units as the user types; announced politely. */
export function BaseQuantityHint({ quantity, unit, baseUnitSymbol, id }: BaseQuantityHintProps) {
  const text = baseQuantityText(quantity, unit, baseUnitSymbol);
  return (
    <Text id={id} size="sm" c="dimmed" aria-live="polite" mih="1.4em">
      {text ?? ''}
    </Text>
  );
}

export interface QuantityInputProps {
  label: string;
  /** The typed quantity, a decimal string. */
  value: string;
  onChange: (value: string) => void;
  units: readonly QuantityUnit[];
  unitId: string;
  onUnitChange: (unitId: string) => void;
  baseUnitSymbol: string;
  /** e.g. "Minimum 2 cs, in multiples of 1" */
  hint?: string;
  error?: string;
  disabled?: boolean;
  /** Labels for assistive technology only, unit symbols and a narrower quantity (a row of a compact list). */
  compact?: boolean;
}

/** Quantity + unit selector with the live base-quantity hint ("5 cs = 120 ea"). */
export function QuantityInput({
  label,
  value,
  onChange,
  units,
  unitId,
  onUnitChange,
  baseUnitSymbol,
  hint,
  error,
  disabled,
  compact = false,
}: QuantityInputProps) {
  const id = useId();
  const unit = units.find((u) => u.id === unitId) ?? units[0];
  return (
    <div>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          id={`${id}-qty`}
          label={compact ? undefined : label}
          aria-label={compact ? label : undefined}
          description={hint}
          error={error}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          w={compact ? 88 : 120}
          aria-describedby={`${id}-base`}
        />
        <NativeSelect
          label={compact ? undefined : 'Unit'}
          aria-label={compact ? 'Unit' : undefined}
          value={unit?.id}
          onChange={(e) => onUnitChange(e.currentTarget.value)}
          data={units.map((u) => ({
            value: u.id,
            label: u.name && !compact ? `${u.name} (${u.symbol})` : u.symbol,
          }))}
          disabled={disabled || units.length < 2}
        />
      </Group>
      {unit && (
        <BaseQuantityHint id={`${id}-base`} quantity={value} unit={unit} baseUnitSymbol={baseUnitSymbol} />
      )}
    </div>
  );
}
