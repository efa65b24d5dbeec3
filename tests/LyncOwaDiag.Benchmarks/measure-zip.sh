#!/usr/bin/env bash
# Whole-process figures for docs/performance.md#archives: triage of a bundle zip of 1 k, 4 k and 16 k small traces
# beside `unzip -l` (reads the central directory) and `unzip -p` (inflates every entry) on the same file.
# usage: tests/LyncOwaDiag.Benchmarks/measure-zip.sh [WORKDIR] [CLI.dll]   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
cli_dll="${2:-src/LyncOwaDiag.Cli/bin/Release/net10.0/LyncOwaDiag.Cli.dll}"
limit="${TRIAGE_TIMEOUT:-300}"
[ -n "${2:-}" ] || dotnet build -c Release src/LyncOwaDiag.Cli -v q >/dev/null
dotnet build -c Release tests/LyncOwaDiag.Benchmarks -v q >/dev/null
bench=(dotnet tests/LyncOwaDiag.Benchmarks/bin/Release/net10.0/LyncOwaDiag.Benchmarks.dll)

# seconds and peak RSS (MB) of a command, its output to a file; a run past $limit seconds is cut and shown as "> limit"
measure() {
  if /usr/bin/time -f "%e %M" -o "$work/time" timeout "$limit" "$@" >"$work/out" 2>&1 || [ "$(tail -1 "$work/time" | awk '{print int($1)}')" -lt "$limit" ]; then
    tail -1 "$work/time" | awk '{printf "%.2f s, %.0f MB", $1, $2/1024}'
  else
    echo "> $limit s"
  fi
}
seconds() { tail -1 "$work/time" | awk '{print $1}'; }

echo "| entries | zip size | triage | unzip -l | unzip -p | triage / unzip -p |"
echo "|---|---|---|---|---|---|"
for n in 1000 4000 16000; do
  z="$work/bundle-$n.zip"
  [ -f "$z" ] || "${bench[@]}" generate-zip "$n" "$z" 2>/dev/null
  size=$(du -k "$z" | awk '{printf "%.1f MB", $1/1024}')
  t=$(measure dotnet "$cli_dll" triage "$z" --quiet); ts=$(seconds)
  l=$(measure unzip -l "$z")
  p=$(measure unzip -p "$z"); ps=$(seconds)
  echo "| $n | $size | $t | $l | $p | $(awk -v a="$ts" -v b="$ps" 'BEGIN{printf "%.0f×", a/(b>0?b:0.01)}') |"
done
grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'
