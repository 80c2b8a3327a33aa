#!/bin/bash
# Sets the password Kibana connects with, and creates the user index-service writes and searches as:
# its role may manage the articles index template and the articles indices, nothing else.
set -euo pipefail
es=http://elasticsearch:9200
call() {
  curl -fsS -u "elastic:${ELASTIC_PASSWORD}" -H 'Content-Type: application/json' "$@"
  echo
}
call -X POST "$es/_security/user/kibana_system/_password" -d "{\"password\": \"${KIBANA_PASSWORD}\"}"
call -X PUT "$es/_security/role/newswire_indexer" -d '{
  "cluster": ["monitor", "manage_index_templates"],
  "indices": [{"names": ["articles", "articles-*"], "privileges": ["all"]}]
}'
call -X PUT "$es/_security/user/newswire" -d "{\"password\": \"${NEWSWIRE_ES_PASSWORD}\", \"roles\": [\"newswire_indexer\"]}"
