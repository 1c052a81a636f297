import * as migration_20261129_161616_initial from './20261129_161616_initial';
import * as migration_20261129_164551_search_jobs from './20261129_164551_search_jobs';

export const migrations = [
  {
    up: migration_20261129_161616_initial.up,
    down: migration_20261129_161616_initial.down,
    name: '20261129_161616_initial',
  },
  {
    up: migration_20261129_164551_search_jobs.up,
    down: migration_20261129_164551_search_jobs.down,
    name: '20261129_164551_search_jobs'
  },
];
