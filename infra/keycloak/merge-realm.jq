# The realm that ./hocso run and the tests import: the production template ($t) plus the demo/test
# additions ($d). Clients are matched by clientId and deep-merged (an addition's fields win), the
# admin-permissions policies of both are kept; new clients and the additions' users are appended.
.[0] as $t | .[1] as $d
| ($t * ($d | del(.clients, .users, ._comment)))
| .clients = (
    [ $t.clients[] as $c
      | ([ $d.clients[] | select(.clientId == $c.clientId) ] | first) as $o
      | if $o == null then $c
        else ($c * $o)
          | if $c.authorizationSettings and $o.authorizationSettings.policies then
              .authorizationSettings.policies = ($c.authorizationSettings.policies + $o.authorizationSettings.policies)
            else . end
        end ]
    + [ $d.clients[] | select(.clientId as $id | [ $t.clients[].clientId ] | index($id) | not) ])
| .users = (($t.users // []) + ($d.users // []))
