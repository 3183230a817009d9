#!/usr/bin/env bash
# The atlas's start-up against a bare JavaFX window, alternately, on the app image's own runtime.
#
#   packaging/startup-race.sh [APP_IMAGE] [ROUNDS]     (default: target/installer/image/csto-atlas, 7)
#
# Each round runs four programs, one after the other, each in a fresh JVM:
#   bare        org.cstoatlas.startup.BareWindow: a window with one label, its first frame
#   atlas       the atlas's bench: the first map painted with its tiles (its start-up figures)
#   bare+cache  and atlas+cache: the same with the ahead-of-time cache the installer ships
# All render off-screen (Monocle, software renderer), as the bench does, so no display is needed.
# A figure is "measured/wall" in ms: measured by the program from the JVM's start with a pulse
# listener, and the wall time from launching it until it printed that figure (it is then stopped).
# Prints every round, then the medians and the ratios. Linux app images only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image=${1:-target/installer/image/csto-atlas}
rounds=${2:-7}
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
cfg="$app/csto-atlas.cfg"
[ -x "$java" ] && [ -f "$cfg" ] || { echo "no Linux app image at $image (mvn -Pinstaller package)" >&2; exit 2; }
app=$(cd "$app" && pwd)

# The launcher's own class path, main class and options (without the cache), read from its cfg.
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -- '-XX:AOTCache=' | sed "s|\$APPDIR|$app|g")
cache=()
if [ -f "$app/csto-atlas.aot" ]; then cache=("-XX:AOTCache=$app/csto-atlas.aot"); fi

# A scratch home: nothing of these runs lands in the user's configuration folder.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() { "$here/first-frame.sh" "$java" "${options[@]}" "-Duser.home=$home" "$@"; }

names=(bare atlas)
[ ${#cache[@]} -gt 0 ] && names+=(bare+cache atlas+cache)
declare -A measured wall
printf '%-6s' round; printf ' %14s' "${names[@]}"; echo
for ((r = 1; r <= rounds; r++)); do
    printf '%-6s' "$r"
    for name in "${names[@]}"; do
        extra=()
        [[ $name == *+cache ]] && extra=("${cache[@]}")
        case $name in
            bare*) figures=$(run "${extra[@]}" -cp "$classpath" org.cstoatlas.startup.BareWindow --offscreen) ;;
            atlas*) figures=$(run "${extra[@]}" -cp "$classpath" "$main" bench --startup) ;;
        esac
        read -r m w <<< "$figures"
        measured[$name]+="$m "
        wall[$name]+="$w "
        printf ' %14s' "$m/$w"
    done
    echo
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
declare -A mm mw
printf '%-6s' median
for name in "${names[@]}"; do
    mm[$name]=$(median <<< "${measured[$name]}")
    mw[$name]=$(median <<< "${wall[$name]}")
    printf ' %14s' "${mm[$name]}/${mw[$name]}"
done
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "ratio atlas / bare:             $(ratio "${mm[atlas]}" "${mm[bare]}") measured, $(ratio "${mw[atlas]}" "${mw[bare]}") wall"
if [ ${#cache[@]} -gt 0 ]; then
    echo "ratio atlas+cache / bare:       $(ratio "${mm[atlas+cache]}" "${mm[bare]}") measured, $(ratio "${mw[atlas+cache]}" "${mw[bare]}") wall"
    echo "ratio atlas+cache / bare+cache: $(ratio "${mm[atlas+cache]}" "${mm[bare+cache]}") measured, $(ratio "${mw[atlas+cache]}" "${mw[bare+cache]}") wall"
fi
