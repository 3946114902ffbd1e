import { Entity, Index, JoinColumn, ManyToOne, Column, type Relation } from 'typeorm';
import { Role } from '@portal/domain';
import { Company } from './company.entity';
import {
  BooleanColumn,
  EnumColumn,
  ForeignKeyColumn,
  IdColumn,
  TimestampColumn,
  VarcharColumn,
} from './columns';

/** The contract's `Role`: portal roles for a customer's contacts, staff roles for the seller's team. */
export type UserRole = Role;

export type UserStatus = 'INVITED' | 'ACTIVE' | 'DISABLED';

/**
 * A portal contact of a customer company, or (without a company) a member of the seller's staff.
 *
 * One user holds each e-mail address: the one who signs in with it (unique on email and
 * `holdsAddress`). An invitation to an address that another company's user already holds is a
 * user that does not hold it (`holdsAddress` null, which the unique index lets repeat): the
 * inviting admin sees a pending invitation like any other, and learns nothing about the other
 * company; the address's owner, if they accept, is told that the address already has an account.
 */
@Entity('user')
@Index(['email', 'holdsAddress'], { unique: true })
export class User {
  @IdColumn()
  id: number;

  /** Always stored in lower case (the transformer lower-cases on the way in). */
  @Index()
  @Column({
    type: 'varchar',
    length: 254,
    transformer: {
      to: (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
      from: (value: unknown) => value,
    },
  })
  email: string;

  /** True for the user who signs in with `email`; null for an invitation that does not hold it. */
  @BooleanColumn({ nullable: true, default: true })
  holdsAddress: true | null;

  @VarcharColumn(255)
  name: string;

  @EnumColumn()
  role: UserRole;

  @EnumColumn()
  status: UserStatus;

  /** Null for staff. */
  @ForeignKeyColumn({ nullable: true })
  companyId: number | null;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'companyId' })
  company?: Relation<Company> | null;

  /** Null until the invitation is accepted. */
  @VarcharColumn(255, { nullable: true })
  passwordHash: string | null;

  @TimestampColumn({ nullable: true })
  lastLoginAt: Date | null;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
