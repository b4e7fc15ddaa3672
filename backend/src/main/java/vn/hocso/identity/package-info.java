/**
 * Our Keycloak adapter: validates Keycloak's JWTs, maps realm roles to authorities and
 * exposes the {@link vn.hocso.identity.Caller} behind each request. Resolving the
 * caller's org unit is delegated to a {@link vn.hocso.identity.CallerUnitDirectory} that
 * the organization module provides.
 */
@NullMarked
package vn.hocso.identity;

import org.jspecify.annotations.NullMarked;
