import { describe, expect, it } from 'vitest';
import { AvailabilityPolicy } from './availability';
import { OrderableProduct, checkOrderLine } from './line-rules';
import { UserErrorCode } from './order-issue';

const solvent: OrderableProduct = {
  sku: 'SOLV-55',
  published: true,
  baseUnitSymbol: 'gal',
  units: [{ symbol: 'dr', factor: '55' }],
  minimumOrderQuantity: '55',
  orderMultiple: '55',
  stock: { policy: AvailabilityPolicy.ALLOW_BACKORDER, stockOnHand: '0' },
};

const gloves: OrderableProduct = {
  sku: 'GLOVE-M',
  published: true,
  baseUnitSymbol: 'ea',
  units: [{ symbol: 'cs', factor: '24' }],
  minimumOrderQuantity: '48',
  orderMultiple: null,
  stock: { policy: AvailabilityPolicy.SHOW_UNAVAILABLE, stockOnHand: '100' },
};

const messages = (issues: { message: string }[]) => issues.map((i) => i.message);

describe('order line rules', () => {
  it('accepts a line at the minimum and on the multiple', () => {
    expect(checkOrderLine({ sku: 'SOLV-55', quantity: '110', unitSymbol: 'gal' }, solvent)).toEqual([]);
    expect(checkOrderLine({ sku: 'SOLV-55', quantity: '2', unitSymbol: 'dr' }, solvent)).toEqual([]);
  });

  it('reports a line below the minimum, in base units', () => {
    const issues = checkOrderLine(
      { ref: '3', sku: 'SOLV-55', quantity: '40', unitSymbol: 'gal' },
      { ...solvent, orderMultiple: null },
    );
    expect(issues).toEqual([
      {
        code: UserErrorCode.BELOW_MINIMUM_QUANTITY,
        message: 'SOLV-55: minimum 55 gal, this line has 40 gal',
        lineRef: '3',
        details: {
          sku: 'SOLV-55',
          quantity: '40',
          unit: 'gal',
          baseQuantity: '40',
          baseUnit: 'gal',
          orderBaseQuantity: '40',
          minimum: '55',
        },
      },
    ]);
  });

  it("counts the product's whole quantity on the order for the minimum and the stock", () => {
    // Two lines of GLOVE-M: 1 cs (24 ea) and 30 ea: 54 ea meet the minimum of 48 together.
    expect(
      checkOrderLine({ sku: 'GLOVE-M', quantity: '1', unitSymbol: 'cs', orderBaseQuantity: '54' }, gloves),
    ).toEqual([]);
    expect(
      messages(
        checkOrderLine({ sku: 'GLOVE-M', quantity: '20', unitSymbol: 'ea', orderBaseQuantity: '44' }, gloves),
      ),
    ).toEqual(['GLOVE-M: minimum 48 ea, this order has 44 ea of it']);
    expect(
      messages(
        checkOrderLine({ sku: 'GLOVE-M', quantity: '3', unitSymbol: 'cs', orderBaseQuantity: '120' }, gloves),
      ),
    ).toEqual(['GLOVE-M: only 100 ea available, this order has 120 ea of it']);
  });

  it('checks the minimum in base units whatever unit the line uses: 2 cases of 24 are 48', () => {
    expect(checkOrderLine({ sku: 'GLOVE-M', quantity: '2', unitSymbol: 'cs' }, gloves)).toEqual([]);
    expect(messages(checkOrderLine({ sku: 'GLOVE-M', quantity: '1', unitSymbol: 'cs' }, gloves))).toEqual([
      'GLOVE-M: minimum 48 ea, this line has 24 ea (1 cs)',
    ]);
  });

  it('reports a quantity below the order multiple, suggesting the nearest valid quantities', () => {
    const issues = checkOrderLine(
      { sku: 'SOLV-55', quantity: '40' },
      { ...solvent, minimumOrderQuantity: null },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: UserErrorCode.NOT_A_MULTIPLE,
      message: 'SOLV-55 is sold in multiples of 55 gal; 40 gal is not enough, order 55 or 110 gal',
      details: { multiple: '55', suggestedQuantities: ['55', '110'] },
    });
    expect(issues[0]).not.toHaveProperty('lineRef');
  });

  it('suggests the valid quantities either side of one between multiples', () => {
    expect(messages(checkOrderLine({ sku: 'SOLV-55', quantity: '70', unitSymbol: 'gal' }, solvent))).toEqual([
      'SOLV-55 is sold in multiples of 55 gal; 70 gal is not a multiple, order 55 or 110 gal',
    ]);
  });

  it('reports both the minimum and the multiple when both are broken', () => {
    expect(checkOrderLine({ sku: 'SOLV-55', quantity: '40' }, solvent).map((i) => i.code)).toEqual([
      UserErrorCode.BELOW_MINIMUM_QUANTITY,
      UserErrorCode.NOT_A_MULTIPLE,
    ]);
  });

  it('reports a product that is gone, unpublished or not visible to the company', () => {
    const gone = {
      code: UserErrorCode.NOT_IN_CATALOG,
      message: 'SOLV-55 is no longer in the catalog',
      details: { sku: 'SOLV-55' },
    };
    expect(checkOrderLine({ sku: 'SOLV-55', quantity: '55' }, null)).toEqual([gone]);
    expect(checkOrderLine({ sku: 'SOLV-55', quantity: '55' }, { ...solvent, published: false })).toEqual([
      gone,
    ]);
    expect(
      checkOrderLine({ sku: 'SOLV-55', quantity: '55' }, { ...solvent, visibleToCompany: false }),
    ).toEqual([gone]);
  });

  it('refuses a unit the product is not sold in, naming the allowed ones', () => {
    expect(checkOrderLine({ ref: '0', sku: 'GLOVE-M', quantity: '1', unitSymbol: 'plt' }, gloves)).toEqual([
      {
        code: UserErrorCode.UNIT_NOT_ALLOWED,
        message: 'GLOVE-M is not sold in plt; choose ea or cs',
        lineRef: '0',
        details: { sku: 'GLOVE-M', unit: 'plt', allowedUnits: ['ea', 'cs'] },
      },
    ]);
  });

  it('refuses a zero quantity', () => {
    expect(checkOrderLine({ sku: 'GLOVE-M', quantity: '0', unitSymbol: 'cs' }, gloves)).toMatchObject([
      { code: UserErrorCode.INVALID, message: 'GLOVE-M: the quantity must be more than 0' },
    ]);
  });

  describe('availability', () => {
    it('refuses more than the stock when the product cannot be backordered', () => {
      expect(checkOrderLine({ sku: 'GLOVE-M', quantity: '5', unitSymbol: 'cs' }, gloves)).toMatchObject([
        {
          code: UserErrorCode.NOT_AVAILABLE,
          message: 'GLOVE-M: only 100 ea available, this line has 120 ea (5 cs)',
          details: { quantityAvailable: '100' },
        },
      ]);
      const hidden = {
        ...gloves,
        stock: { policy: AvailabilityPolicy.HIDE_WHEN_OUT_OF_STOCK, stockOnHand: '-3' },
      };
      expect(messages(checkOrderLine({ sku: 'GLOVE-M', quantity: '2', unitSymbol: 'cs' }, hidden))).toEqual([
        'GLOVE-M is out of stock',
      ]);
    });

    it('accepts any quantity of a backorderable or made-to-order product', () => {
      expect(checkOrderLine({ sku: 'SOLV-55', quantity: '5500' }, solvent)).toEqual([]);
      const madeToOrder = {
        ...gloves,
        stock: { policy: AvailabilityPolicy.MADE_TO_ORDER, stockOnHand: '0', leadTimeDays: 14 },
      };
      expect(checkOrderLine({ sku: 'GLOVE-M', quantity: '10', unitSymbol: 'cs' }, madeToOrder)).toEqual([]);
    });
  });
});
