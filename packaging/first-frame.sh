#!/usr/bin/env bash
# Runs one command until it prints a line "NAME_first_frame_ms N ms", then stops it.
# Prints "SELF_REPORTED_MS WALL_MS": the figure the program measured from the JVM's start, and the
# wall time from launching it to that line. Used by startup-race.sh.
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkfifo "$dir/out"
start=$(date +%s%N)
"$@" > "$dir/out" 2> "$dir/err" &
pid=$!
reported=""
while IFS= read -r line; do
    case $line in
        *_first_frame_ms\ *)
            end=$(date +%s%N)
            reported=$(echo "$line" | awk '{print $2}')
            break ;;
    esac
done < "$dir/out"
kill "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
if [ -z "$reported" ]; then
    echo "no first frame from: $*" >&2
    cat "$dir/err" >&2
    exit 1
fi
echo "$reported $(( (end - start) / 1000000 ))"
