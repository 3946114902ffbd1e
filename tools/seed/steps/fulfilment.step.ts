import { Shipment } from '../gateway';
import type { Prng } from '../core/prng';
import { HOUR, isoDate, type SeedContext } from '../core/seed-context';
import { unitId, type ReferenceData } from './reference-data.step';
import type { SeededOrder } from './orders.step';

type Carrier = Pick<Shipment, 'carrier' | 'trackingNumber' | 'trackingUrl' | 'billOfLadingNumber'>;

/** A shipment for every order that was shipped, delivered when its history says so. */
export async function seedFulfilment(
  ctx: SeedContext,
  world: { reference: ReferenceData; orders: readonly SeededOrder[] },
): Promise<Shipment[]> {
  const shipments: Shipment[] = [];
  for (const seeded of world.orders) {
    const shipped = seeded.timeline.find((s) => s.status === 'SHIPPED');
    if (!shipped) continue;
    const delivered = seeded.timeline.find((s) => s.status === 'DELIVERED');
    shipments.push({
      id: ctx.writer.id(Shipment),
      orderId: seeded.order.id,
      ...carrierFor(seeded, world.reference, seeded.rng),
      expectedShipDate: isoDate(shipped.at),
      shippedAt: shipped.at,
      deliveredAt: delivered?.at ?? null,
      createdAt: new Date(shipped.at.getTime() - 2 * HOUR),
    });
  }
  await ctx.writer.insert(Shipment, shipments);
  return shipments;
}

/** Drums and big packs go by LTL freight with a bill of lading; parcels by UPS or FedEx. */
function carrierFor(seeded: SeededOrder, reference: ReferenceData, rng: Prng): Carrier {
  const gallon = unitId(reference, 'gal');
  const freight = seeded.plan.lines.some((l) => l.product?.row.baseUnitId === gallon || l.factor.gte(1000));
  const digits = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  if (freight) {
    const pro = digits(9);
    return {
      carrier: 'XPO Logistics (LTL)',
      trackingNumber: pro,
      trackingUrl: `https://track.xpo.com/?pro=${pro}`,
      billOfLadingNumber: `BOL-${digits(8)}`,
    };
  }
  if (rng.chance(55)) {
    const alnum = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    const tracking = `1Z${Array.from({ length: 16 }, () => alnum[rng.int(0, alnum.length - 1)]).join('')}`;
    return {
      carrier: 'UPS',
      trackingNumber: tracking,
      trackingUrl: `https://www.ups.com/track?tracknum=${tracking}`,
      billOfLadingNumber: null,
    };
  }
  const tracking = digits(12);
  return {
    carrier: 'FedEx',
    trackingNumber: tracking,
    trackingUrl: `https://www.fedex.com/fedextrack/?trknbr=${tracking}`,
    billOfLadingNumber: null,
  };
}
