export * from './area';
export * from './people';
export * from './messaging';
export * from './tickets';
export * from './announcements';
export * from './collections';
export * from './intake';
export * from './sla';
