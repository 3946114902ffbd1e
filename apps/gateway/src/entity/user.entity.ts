import { Entity, Index, JoinColumn, ManyToOne, Column, type Relation } from 'typeorm';
import { Role } from '@portal/domain';
import { Company } from './company.entity';
import { EnumColumn, ForeignKeyColumn, IdColumn, TimestampColumn, VarcharColumn } from './columns';

/** The contract's `Role`: portal roles for a customer's contacts, staff roles for the seller's team. */
export type UserRole = Role;

export type UserStatus = 'INVITED' | 'ACTIVE' | 'DISABLED';

/** A portal contact of a customer company, or (without a company) a member of the seller's staff. */
@Entity('user')
export class User {
  @IdColumn()
  id: number;

  /** Unique; always stored in lower case (the transformer lower-cases on the way in). */
  @Index({ unique: true })
  @Column({
    type: 'varchar',
    length: 254,
    transformer: {
      to: (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
      from: (value: unknown) => value,
    },
  })
  email: string;

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
