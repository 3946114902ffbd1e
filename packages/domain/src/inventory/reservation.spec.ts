import { describe, expect, it } from 'vitest';
import { dec } from '../money';
import { AvailabilityPolicy as Policy } from '../moq/availability';
import { OrderStatus as S } from '../orders/order-status';
import { holdsReservation, planReservation, totalAvailable, totalFigures } from './reservation';

const level = (location: string, onHand: string, reserved = '0') => ({
  location,
  figures: { onHand: dec(onHand), reserved: dec(reserved) },
});
const product = (policy: Policy) => ({ sku: 'GLV-NIT-M', policy, unit: 'ea' });
const plan = (levels: ReturnType<typeof level>[], quantity: string, policy = Policy.SHOW_UNAVAILABLE) => {
  const result = planReservation(levels, quantity, product(policy));
  return result.ok
    ? {
        allocations: result.plan.allocations.map((a) => [a.location, a.quantity.toString()]),
        backordered: result.plan.backordered.toString(),
      }
    : { refused: result.message, available: result.available.toString() };
};

describe('reservations', () => {
  it('reserves from the preferred location first, then the next', () => {
    expect(plan([level('main', '30', '10'), level('east', '50')], '40')).toEqual({
      allocations: [
        ['main', '20'],
        ['east', '20'],
      ],
      backordered: '0',
    });
  });

  it('refuses more than is available net of reservations, saying how much is', () => {
    expect(plan([level('main', '30', '10')], '30')).toEqual({
      refused: 'GLV-NIT-M: only 20 ea available, this order has 30 ea of it',
      available: '20',
    });
    expect(plan([level('main', '30', '30')], '1')).toEqual({
      refused: 'GLV-NIT-M is out of stock',
      available: '0',
    });
  });

  it('places the rest as a backorder at the first location where the policy allows it', () => {
    expect(plan([level('main', '10'), level('east', '5')], '40', Policy.ALLOW_BACKORDER)).toEqual({
      allocations: [
        ['main', '35'],
        ['east', '5'],
      ],
      backordered: '25',
    });
    expect(plan([level('main', '0', '4')], '6', Policy.MADE_TO_ORDER)).toEqual({
      allocations: [['main', '6']],
      backordered: '6',
    });
  });

  it('needs a location and a positive quantity', () => {
    expect(() => planReservation([], '1', product(Policy.SHOW_UNAVAILABLE))).toThrow(RangeError);
    expect(() => planReservation([level('main', '1')], '0', product(Policy.SHOW_UNAVAILABLE))).toThrow(
      RangeError,
    );
  });

  it('is held from placing until shipping, pending approval included', () => {
    expect([S.PENDING_APPROVAL, S.SALES_ORDER, S.IN_PROGRESS].every(holdsReservation)).toBe(true);
    expect([S.DRAFT, S.QUOTATION, S.CANCELLED, S.SHIPPED, S.DELIVERED].some(holdsReservation)).toBe(false);
  });

  it('adds figures up over locations', () => {
    const levels = [level('main', '10', '25').figures, level('east', '5').figures];
    expect(totalAvailable(levels).toString()).toBe('-10');
    const total = totalFigures(levels);
    expect([total.onHand.toString(), total.reserved.toString()]).toEqual(['15', '25']);
  });
});
