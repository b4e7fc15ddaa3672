package vn.hocso.task;

import vn.hocso.identity.Role;

/**
 * One kind of work waiting for the caller, with how many items and where the app shows
 * them.
 *
 * @param kind a stable name the app translates ({@code headcounts-waiting},
 * {@code learners-behind}…)
 * @param role the role the work belongs to (a person may hold several)
 * @param count how many items wait, within the caller's scope
 * @param link the app's page listing them, e.g. {@code /headcounts?status=SUBMITTED}
 */
public record Task(String kind, Role role, long count, String link) {
}
