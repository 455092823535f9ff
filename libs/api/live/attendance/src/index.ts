// Live's public entry for attendance: the pure rules, the queries and the program summaries.
export * from './lib/attendance.rules';
export * from './lib/attendance.repository';
export * from './lib/attendance-summaries';
export * from './lib/attendance-read.module';
