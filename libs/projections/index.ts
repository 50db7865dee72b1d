export * from './read-model-store';
export * from './projection';
export * from './checkpoints';
export * from './projection-runner';
export * from './all-projections';
export * from './rebuild';
export * from './sqlite/sqlite-read-model-store';
export * from './activity-counts/activity-facts.projection';
