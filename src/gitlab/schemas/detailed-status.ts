// The schema for the `detailed_status` GitLab adds to a single pipeline (how its UI shows the status).
import * as v from 'valibot';

/** The action the UI offers on a status (cancel, retry, play…), present only when there is one. */
export const DetailedStatusActionSchema = v.looseObject({
  icon: v.string(),
  title: v.string(),
  path: v.string(),
  method: v.string(),
  button_title: v.optional(v.string()),
});

/** The action the UI offers on a status. */
export type DetailedStatusAction = v.InferOutput<typeof DetailedStatusActionSchema>;

/** A status as GitLab's UI shows it: app/serializers/detailed_status_entity.rb (gitlabhq/gitlabhq). */
export const DetailedStatusSchema = v.looseObject({
  icon: v.string(),
  text: v.string(),
  label: v.nullable(v.string()),
  group: v.string(),
  tooltip: v.string(),
  has_details: v.boolean(),
  details_path: v.nullable(v.string()),
  // Null for statuses without an illustration.
  illustration: v.optional(v.nullable(v.looseObject({}))),
  favicon: v.string(),
  action: v.optional(DetailedStatusActionSchema),
});

/** A status as GitLab's UI shows it. */
export type DetailedStatus = v.InferOutput<typeof DetailedStatusSchema>;
