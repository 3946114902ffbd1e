/** The gateway's library entry (entities, data source, migrations, password hashing), in one place. */
export * from '@portal/gateway';
