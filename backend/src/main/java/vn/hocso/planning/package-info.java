/**
 * Plans (kế hoạch) and their indicators (chỉ tiêu): targets measured live from
 * completions, or reported by units with evidence; progress down the org tree, daily
 * snapshots, monthly and yearly reports built from those snapshots, and dashboards.
 */
@NullMarked
package vn.hocso.planning;

import org.jspecify.annotations.NullMarked;
