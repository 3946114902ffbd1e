import { User, type createDataSource } from './gateway';

type DataSource = ReturnType<typeof createDataSource>;

/** True when the database already holds users (demo or real): seeding would then collide. */
export async function hasDemoData(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(User).count({ take: 1 })) > 0;
}
