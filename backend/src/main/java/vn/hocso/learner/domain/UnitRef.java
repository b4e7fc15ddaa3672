package vn.hocso.learner.domain;

/**
 * The learner's copy of their unit's identity: id, code and materialized path (for
 * scoping).
 */
public record UnitRef(long id, String code, String path) {
}
