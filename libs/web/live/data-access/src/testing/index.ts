/*
 * Contract-typed sample data for the domain's unit tests (data-access, ui and feature specs), imported
 * as `@ecampus/web/live/data-access/testing`: a separate entry, so the app never bundles it.
 */
export * from './fixtures';
export * from './room';
