#!/bin/bash
# Imports the committed saved objects (data view, saved search, visualizations, map, dashboard) into Kibana,
# retrying while Kibana is not answering yet. overwrite=true: every run restores the committed objects.
set -uo pipefail
kibana=${KIBANA_URL:-http://kibana:5601}
objects=$(dirname "$0")/saved-objects.ndjson
for attempt in $(seq 1 30); do
  status=$(curl -sS -o /tmp/import.json -w '%{http_code}' -u "elastic:${ELASTIC_PASSWORD}" -H 'kbn-xsrf: newswire' \
    -X POST "$kibana/api/saved_objects/_import?overwrite=true" --form "file=@${objects}") || status=000
  if [ "$status" = 200 ]; then
    cat /tmp/import.json; echo
    # A 200 can still list objects Kibana refused: that is a defect of the file, not worth retrying.
    grep -q '"success":true' /tmp/import.json
    exit $?
  fi
  echo "attempt $attempt: Kibana answered HTTP $status; retrying in 5 s"
  sleep 5
done
echo "Kibana did not accept the saved objects" >&2
exit 1
