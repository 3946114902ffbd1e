import { OrderTemplate, OrderTemplateLine, type User } from '../gateway';
import { Prng } from '../core/prng';
import { daysAfter, scale4, type SeedContext } from '../core/seed-context';
import { planLines } from '../orders/line-plans';
import type { Catalog } from './catalog.step';
import type { SeededCompany } from './companies.step';
import type { SeededOrder } from './orders.step';

/** Each company's order templates: a weekly restock, a shared standard order, a requisitioner's list. */
export async function seedTemplates(
  ctx: SeedContext,
  world: { catalog: Catalog; companies: readonly SeededCompany[]; orders: readonly SeededOrder[] },
): Promise<void> {
  const { writer } = ctx;
  const templates: OrderTemplate[] = [];
  const lines: OrderTemplateLine[] = [];
  for (const company of world.companies) {
    const rng = Prng.fromString(`templates:${company.spec.key}`);
    const specs: [string, User, boolean][] = [
      ['Weekly restock', company.users.BUYER, false],
      [`${company.spec.name.split(' ')[0]} standard order`, company.users.BUYER, true],
      ['My usual items', company.users.REQUISITIONER, false],
    ];
    for (let i = 1; i < ctx.scale; i++)
      specs.push([`Shared list ${i + 1}`, company.users.PORTAL_ADMIN, true]);
    for (const [name, owner, shared] of specs) {
      const id = writer.id(OrderTemplate);
      const used = world.orders.find((o) => o.plan.company === company && o.plan.creator === owner);
      templates.push({
        id,
        companyId: company.row.id,
        ownerId: owner.id,
        name,
        shared,
        lastUsedAt: used ? used.plan.createdAt : null,
        createdAt: daysAfter(ctx.now, -150),
      });
      planLines(world.catalog, company, rng, rng.int(3, 8)).forEach((l, position) => {
        if (!l.product) return;
        lines.push({
          id: writer.id(OrderTemplateLine),
          templateId: id,
          position: position + 1,
          productId: l.product.row.id,
          quantity: scale4(l.quantity),
          unitId: l.unitId,
        });
      });
    }
  }
  await writer.insert(OrderTemplate, templates);
  await writer.insert(OrderTemplateLine, lines);
}
