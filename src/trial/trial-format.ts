/**
 * The prebuilt format's version and the trial id's form, without the schemas: the page checks
 * them before (or without) loading zod. Bump TRIAL_SCHEMA_VERSION on any change to trial-schema.ts
 * (or the results file) that an older app could misread.
 */
export const TRIAL_SCHEMA_VERSION = 3;

export const NCT_ID_PATTERN = /^NCT\d{8}$/;
