// The schema for the ISO 8601 timestamps that every GitLab entity carries.
import * as v from 'valibot';

/** An ISO 8601 timestamp as GitLab writes it, e.g. `2015-12-24T15:51:21.802Z` or `2015-12-24T16:51:14.000+01:00`. */
export const TimestampSchema = v.pipe(v.string(), v.isoTimestamp());
