#!/usr/bin/env bash
# Gives Học Số's service account(s) exactly what the app needs, with Keycloak's fine-grained admin
# permissions (v2), and nothing else (docs/security.md, "The service account"):
#   - members of group /learners: view, manage (update, disable, reset, log out, delete), create new users
#     only into that group (scopes view, view-members, manage-members, manage-membership on the group);
#   - members of group /citizens (self-registered citizens): the same;
#   - every user: view (report reminders read staff e-mails and realm roles);
#   - realm-management roles: query-users and query-groups only (any other admin role is removed: a
#     legacy role such as manage-users would bypass the permissions entirely).
#   - the realm role TRAINER, and that role only: map it to (and remove it from) any user (scope map-roles on
#     users, map-role on the TRAINER role), so that ADMINs and unit admins grant it in the app (ADR 0350);
#   - the realm role COMMUNITY_HELPER likewise (map-role on that role): a commune's unit admin grants it in the app
#     to members of the commune's community digital team (ADR 0380).
# It cannot map any other role (ADMIN included) to anyone, touch a user outside /learners otherwise, or change
# clients, groups or the realm. Idempotent: run it after every realm import.
#
#   KC_URL=https://sso.example.gov.vn KC_ADMIN_USER=... KC_ADMIN_PASSWORD=... \
#     infra/keycloak/restrict-service-account.sh [realm=hocso] [client-id=hocso-backend ...]
set -euo pipefail

KC_URL="${KC_URL:-http://127.0.0.1:8180}"
REALM="${1:-hocso}"
shift || true
CLIENTS=("$@")
[[ ${#CLIENTS[@]} -gt 0 ]] || CLIENTS=(hocso-backend)
KEEP_ROLES='["query-users","query-groups"]'

die() { printf '[restrict] ERROR: %s\n' "$*" >&2; exit 1; }
command -v jq >/dev/null || die "jq is needed (apt-get install jq)"

TOKEN="$(curl -fsS --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
  --data-urlencode "username=${KC_ADMIN_USER:-admin}" --data-urlencode "password=${KC_ADMIN_PASSWORD:-admin}" \
  "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)" || die "cannot log in to $KC_URL as the master admin"
R="$KC_URL/admin/realms/$REALM"
api() { # method path [body]
  local method="$1" path="$2"
  if [[ $# -ge 3 ]]; then
    curl -fsS -X "$method" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$3" "$R$path"
  else
    curl -fsS -X "$method" -H "Authorization: Bearer $TOKEN" "$R$path"
  fi
}
urlenc() { jq -rn --arg v "$1" '$v|@uri'; }

api PUT "" '{"adminPermissionsEnabled":true}' >/dev/null
AP="$(api GET "/clients?clientId=admin-permissions" | jq -r '.[0].id // empty')"
[[ -n "$AP" ]] || die "realm $REALM has no admin-permissions client (is the admin-fine-grained-authz:v2 feature on?)"
AUTHZ="/clients/$AP/authz/resource-server"
LEARNERS="$(api GET "/groups?search=learners&exact=true" | jq -r '[.[] | select(.path=="/learners")][0].id // empty')"
[[ -n "$LEARNERS" ]] || die "realm $REALM has no group /learners"
RM="$(api GET "/clients?clientId=realm-management" | jq -r '.[0].id')"

policy_id() { api GET "$AUTHZ/policy?name=$(urlenc "$1")&exact=true" | jq -r --arg n "$1" '[.[] | select(.name==$n)][0].id // empty'; }

# One policy naming every service account, and one permission per grant: the resource server decides
# UNANIMOUSly, so two permissions on the same scope with different policies would deny both accounts.
SA_IDS=()
for client in "${CLIENTS[@]}"; do
  cid="$(api GET "/clients?clientId=$(urlenc "$client")" | jq -r '.[0].id // empty')"
  [[ -n "$cid" ]] || die "no client $client in realm $REALM"
  sa="$(api GET "/clients/$cid/service-account-user" | jq -r .id)"
  SA_IDS+=("$sa")
  # Only query-users and query-groups stay among the realm-management roles.
  extra="$(api GET "/users/$sa/role-mappings/clients/$RM" | jq -c --argjson keep "$KEEP_ROLES" '[.[] | select(.name as $n | $keep | index($n) | not)]')"
  [[ "$extra" == "[]" ]] || api DELETE "/users/$sa/role-mappings/clients/$RM" "$extra" >/dev/null
  missing="$(api GET "/clients/$RM/roles" | jq -c --argjson keep "$KEEP_ROLES" '[.[] | select(.name as $n | $keep | index($n))]')"
  api POST "/users/$sa/role-mappings/clients/$RM" "$missing" >/dev/null
  # Realm roles other than the default ones are removed as well.
  realm_extra="$(api GET "/users/$sa/role-mappings/realm" | jq -c '[.[] | select(.name | startswith("default-roles-") | not)]')"
  [[ "$realm_extra" == "[]" ]] || api DELETE "/users/$sa/role-mappings/realm" "$realm_extra" >/dev/null
done

users="$(printf '%s\n' "${SA_IDS[@]}" | jq -R . | jq -sc .)"
pol_name="hocso service accounts"
pol="$(policy_id "$pol_name")"
if [[ -z "$pol" ]]; then
  api POST "$AUTHZ/policy/user" "$(jq -nc --arg n "$pol_name" --argjson u "$users" '{name:$n, users:$u, logic:"POSITIVE"}')" >/dev/null
  pol="$(policy_id "$pol_name")"
else
  api PUT "$AUTHZ/policy/user/$pol" "$(jq -nc --arg id "$pol" --arg n "$pol_name" --argjson u "$users" \
    '{id:$id, name:$n, type:"user", users:$u, logic:"POSITIVE", decisionStrategy:"UNANIMOUS"}')" >/dev/null
fi
perm="hocso service accounts manage learners"
[[ -n "$(policy_id "$perm")" ]] || api POST "$AUTHZ/permission/scope" "$(jq -nc --arg n "$perm" --arg g "$LEARNERS" --arg p "$pol" \
  '{name:$n, resourceType:"Groups", resources:[$g], scopes:["view","view-members","manage-members","manage-membership"], policies:[$p]}')" >/dev/null
perm="hocso service accounts read users"
[[ -n "$(policy_id "$perm")" ]] || api POST "$AUTHZ/permission/scope" "$(jq -nc --arg n "$perm" --arg p "$pol" \
  '{name:$n, resourceType:"Users", scopes:["view"], policies:[$p]}')" >/dev/null
# Citizens (ADR 0370): the same grant on group /citizens (self-registered accounts join it by default):
# the app deletes a citizen's account when asked and sets the commune attribute the citizen chose.
CITIZENS="$(api GET "/groups?search=citizens&exact=true" | jq -r '[.[] | select(.path=="/citizens")][0].id // empty')"
[[ -n "$CITIZENS" ]] || die "realm $REALM has no group /citizens"
perm="hocso service accounts manage citizens"
[[ -n "$(policy_id "$perm")" ]] || api POST "$AUTHZ/permission/scope" "$(jq -nc --arg n "$perm" --arg g "$CITIZENS" --arg p "$pol" \
  '{name:$n, resourceType:"Groups", resources:[$g], scopes:["view","view-members","manage-members","manage-membership"], policies:[$p]}')" >/dev/null
TRAINER="$(api GET "/roles/TRAINER" | jq -r '.id // empty')"
[[ -n "$TRAINER" ]] || die "realm $REALM has no realm role TRAINER"
perm="hocso service accounts map roles of users"
[[ -n "$(policy_id "$perm")" ]] || api POST "$AUTHZ/permission/scope" "$(jq -nc --arg n "$perm" --arg p "$pol" \
  '{name:$n, resourceType:"Users", scopes:["map-roles"], policies:[$p]}')" >/dev/null
perm="hocso service accounts map TRAINER"
[[ -n "$(policy_id "$perm")" ]] || api POST "$AUTHZ/permission/scope" "$(jq -nc --arg n "$perm" --arg r "$TRAINER" --arg p "$pol" \
  '{name:$n, resourceType:"Roles", resources:[$r], scopes:["map-role"], policies:[$p]}')" >/dev/null
HELPER="$(api GET "/roles/COMMUNITY_HELPER" | jq -r '.id // empty')"
[[ -n "$HELPER" ]] || die "realm $REALM has no realm role COMMUNITY_HELPER"
perm="hocso service accounts map COMMUNITY_HELPER"
[[ -n "$(policy_id "$perm")" ]] || api POST "$AUTHZ/permission/scope" "$(jq -nc --arg n "$perm" --arg r "$HELPER" --arg p "$pol" \
  '{name:$n, resourceType:"Roles", resources:[$r], scopes:["map-role"], policies:[$p]}')" >/dev/null
printf '[restrict] %s: limited to groups /learners, /citizens (+ view users, map TRAINER, COMMUNITY_HELPER) in realm %s\n' "${CLIENTS[*]}" "$REALM"
