# Sourced by scripts/sandbox and the benchmarks: start and stop the real Anki (headless, with
# AnkiConnect) through tests/anki/launch.py. Needs scripts/setup-anki to have run.
#   anki_start BASE PORT [launch.py options...]   start on base folder BASE; returns when it answers
#   anki_stop                                     SIGTERM (Anki closes its collection), then SIGKILL
# Sets ANKI_PID and ANKI_URL.

anki_answers() { # the collection answers (the add-on may serve a moment before it is open)
  curl -s -m 2 "$ANKI_URL" -d '{"action":"deckNames","version":6}' 2>/dev/null \
    | grep -qE '"result": \[|valid api key'
}

anki_start() {
  local base=$1 port=$2
  shift 2
  mkdir -p "$base"
  ANKI_URL=http://127.0.0.1:$port
  if anki_answers; then
    echo "${0##*/}: something already answers at $ANKI_URL (stop it or choose another --port)" >&2
    return 1
  fi
  setsid .venv/bin/python tests/anki/launch.py --base "$base" --port "$port" "$@" >"$base/anki.log" 2>&1 </dev/null &
  ANKI_PID=$!
  local _
  for _ in $(seq 900); do
    anki_answers && return 0
    if ! kill -0 "$ANKI_PID" 2>/dev/null; then
      tail -n 30 "$base/anki.log" >&2
      echo "${0##*/}: Anki exited during start-up (log: $base/anki.log)" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "${0##*/}: Anki did not answer in 180 s (log: $base/anki.log)" >&2
  anki_stop
  return 1
}

anki_stop() {
  [ -n "${ANKI_PID:-}" ] || return 0
  kill -TERM "$ANKI_PID" 2>/dev/null || true
  local _
  for _ in $(seq 100); do kill -0 "$ANKI_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$ANKI_PID" 2>/dev/null || true   # QtWebEngine helpers share its process group
  wait "$ANKI_PID" 2>/dev/null || true
  ANKI_PID=
}
