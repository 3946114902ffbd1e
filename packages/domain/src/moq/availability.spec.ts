import { describe, expect, it } from 'vitest';
import {
  AvailabilityPolicy as Policy,
  AvailabilityStatus as Status,
  availabilitySummary,
} from './availability';

const summary = (policy: Policy, stockOnHand: string, extra: object = {}, options = {}) =>
  availabilitySummary(
    { policy, stockOnHand, restockDate: '2026-04-15', leadTimeDays: 21, ...extra },
    options,
  );

describe('availability summary', () => {
  it('is in stock above the low-stock threshold, low at or below it', () => {
    expect(summary(Policy.SHOW_UNAVAILABLE, '500', {}, { lowStockThreshold: '20' })).toMatchObject({
      status: Status.IN_STOCK,
      visible: true,
      restockDate: null,
      leadTimeDays: null,
    });
    expect(summary(Policy.SHOW_UNAVAILABLE, '20', {}, { lowStockThreshold: '20' })).toMatchObject({
      status: Status.LOW_STOCK,
    });
    expect(summary(Policy.SHOW_UNAVAILABLE, '1')).toMatchObject({ status: Status.IN_STOCK });
    expect(summary(Policy.MADE_TO_ORDER, '5', {}, { lowStockThreshold: '10' })).toMatchObject({
      status: Status.LOW_STOCK,
      leadTimeDays: null,
    });
  });

  it('hides an out-of-stock product only under HIDE_WHEN_OUT_OF_STOCK', () => {
    expect(summary(Policy.HIDE_WHEN_OUT_OF_STOCK, '0')).toMatchObject({
      status: Status.OUT_OF_STOCK,
      visible: false,
    });
    expect(summary(Policy.SHOW_UNAVAILABLE, '0')).toMatchObject({
      status: Status.OUT_OF_STOCK,
      visible: true,
    });
  });

  it('shows a backorder with its restock date and a made-to-order product with its lead time', () => {
    const backorder = summary(Policy.ALLOW_BACKORDER, '-4');
    expect(backorder).toMatchObject({
      status: Status.BACKORDER,
      restockDate: '2026-04-15',
      leadTimeDays: null,
      visible: true,
    });
    expect(backorder.quantityAvailable?.toString()).toBe('0');
    expect(summary(Policy.MADE_TO_ORDER, '0')).toMatchObject({
      status: Status.MADE_TO_ORDER,
      leadTimeDays: 21,
      restockDate: null,
    });
    expect(summary(Policy.ALLOW_BACKORDER, '0', { restockDate: null })).toMatchObject({ restockDate: null });
    expect(summary(Policy.MADE_TO_ORDER, '0', { leadTimeDays: undefined })).toMatchObject({
      leadTimeDays: null,
    });
  });

  it('hides the stock level where the seller does not show it', () => {
    expect(
      summary(Policy.SHOW_UNAVAILABLE, '12', {}, { showStockLevels: false }).quantityAvailable,
    ).toBeNull();
  });
});
