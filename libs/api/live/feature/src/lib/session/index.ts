export * from './live-session.rules';
export * from './live-session-views.repository';
export * from './live-session-access';
export * from './live-clock';
