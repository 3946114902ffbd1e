import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { CompanyType } from './company.type';
import { DocumentType } from './document.type';

// Roots are TaxRate entities / TaxClassView; id, countryCode, region and ratePercent resolve in tax.resolver.ts.
@ObjectType('TaxRate', {
  implements: NodeInterface,
  description:
    "A tax class's rate at a place. The most specific rate matching an order's ship-to applies: the region's, else the country's, else the rate for everywhere.",
})
export class TaxRateType extends NodeInterface {
  @Field(() => String) taxClass: string;
  @Field(() => String, { description: 'e.g. "California sales tax"' }) name: string;
}

@ObjectType('TaxClass', { description: 'A product tax class: exists by having rates.' })
export class TaxClassType {
  @Field(() => String, { description: 'e.g. STANDARD, FOOD' }) code: string;
  @Field(() => String) name: string;
  @Field(() => [TaxRateType]) rates: TaxRateType[];
  @Field(() => Int, { description: 'Products carrying the class.' }) productCount: number;
}

@ObjectType('TaxExemption', {
  description: "A customer's tax exemption: no tax while its certificate is valid (dates inclusive).",
})
export class TaxExemptionType {
  @Field(() => String) certificateNumber: string;
  @Field(() => DateScalar, { nullable: true }) validFrom: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'After this day the company is taxed again.' })
  validUntil: string | null;
  @Field(() => Boolean, { description: 'Valid today (the business date).' }) activeToday: boolean;
  @Field(() => DocumentType, { nullable: true, description: 'The scanned certificate.' })
  document: DocumentType | null;
}

@InputType('SaveTaxRateInput')
export class SaveTaxRateInput {
  @Field(() => ID, { nullable: true, description: 'Changes this rate; omitted: creates one.' })
  taxRateId?: string | null;
  @Field(() => String, { description: 'The class code (a new code creates the class).' }) taxClass: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; empty or null: everywhere.' })
  countryCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'As addresses spell it (e.g. CA); empty or null: the whole country.',
  })
  region?: string | null;
  @Field(() => DecimalScalar, { description: 'Percent, 0 to 100, at most 4 decimals (8.25).' })
  ratePercent: string;
}

@ObjectType('TaxRatePayload')
export class TaxRatePayload {
  @Field(() => TaxRateType, { nullable: true }) taxRate: TaxRateType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('DeleteTaxRatePayload')
export class DeleteTaxRatePayload {
  @Field(() => ID, { nullable: true }) deletedId: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType('SetCompanyTaxExemptionInput')
export class SetCompanyTaxExemptionInput {
  @Field(() => ID) companyId: string;
  @Field(() => String, { nullable: true, description: 'Null or empty: the company is taxed (no exemption).' })
  certificateNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) validUntil?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'A TAX_EXEMPTION_CERTIFICATE uploaded to the company: POST /documents?kind=TAX_EXEMPTION_CERTIFICATE&companyId=…',
  })
  documentId?: string | null;
}

@ObjectType('SetCompanyTaxExemptionPayload')
export class SetCompanyTaxExemptionPayload {
  @Field(() => CompanyType, { nullable: true }) company: CompanyType | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
