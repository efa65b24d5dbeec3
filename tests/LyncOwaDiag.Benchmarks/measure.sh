#!/usr/bin/env bash
# Whole-process figures for README's Performance section, all in one run on the same files:
#   triage of generated SIPStack traces of 1, 10, 100 and 1000 MB beside the floor (wc -l, grep -c begin_record),
#   triage of a 64 MB EVTX beside evtxexport (libevtx, when installed), and triage of a mixed bundle.
# usage: tests/LyncOwaDiag.Benchmarks/measure.sh [WORKDIR]   (needs ~1.5 GB free; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
bench=(dotnet run -c Release --project tests/LyncOwaDiag.Benchmarks --)
dotnet build -c Release src/LyncOwaDiag.Cli -v q >/dev/null
dotnet build -c Release tests/LyncOwaDiag.Benchmarks -v q >/dev/null
cli=(dotnet src/LyncOwaDiag.Cli/bin/Release/net10.0/LyncOwaDiag.Cli.dll)

# seconds and peak RSS (MB) of a command; its output goes to a file, not /dev/null, where GNU grep would stop at the
# first match
measure() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || true; tail -1 "$work/time" | awk '{printf "%.2f s, %.0f MB", $1, $2/1024}'; }
seconds() { tail -1 "$work/time" | awk '{print $1}'; }

echo "| input | lyncowadiag triage | wc -l | grep -c begin_record | triage / wc | triage / grep |"
echo "|---|---|---|---|---|---|"
for mb in 1 10 100 1000; do
  f="$work/trace-${mb}mb.txt"
  [ -f "$f" ] || "${bench[@]}" generate "${mb}MB" "$f" 2>/dev/null
  t=$(measure "${cli[@]}" triage "$f" --quiet); ts=$(seconds)
  w=$(measure wc -l "$f"); ws=$(seconds)
  g=$(measure grep -c '\$\$begin_record' "$f"); gs=$(seconds)
  echo "| SIPStack ${mb} MB | $t | $w | $g | $(awk -v a="$ts" -v b="$ws" 'BEGIN{printf "%.0f×", a/(b>0?b:0.01)}') | $(awk -v a="$ts" -v b="$gs" 'BEGIN{printf "%.1f×", a/(b>0?b:0.01)}') |"
done

e="$work/grown-64mb.evtx"
[ -f "$e" ] || "${bench[@]}" grow-evtx 64MB "$e" 2>/dev/null
t=$(measure "${cli[@]}" triage "$e" --quiet); ts=$(seconds)
if command -v evtxexport >/dev/null; then
  x=$(measure evtxexport "$e"); xs=$(seconds)
  echo "| EVTX 64 MB | $t | evtxexport: $x | | evtxexport / triage: $(awk -v a="$xs" -v b="$ts" 'BEGIN{printf "%.1f×", a/b}') | |"
else
  echo "| EVTX 64 MB | $t | evtxexport not installed | | | |"
fi

m="$work/mixed"
if [ ! -d "$m" ]; then
  mkdir -p "$m/FE01" "$m/MBX01/Logging/OWA/InstantMessaging"
  "${bench[@]}" generate 200MB "$m/FE01/trace.txt" 2>/dev/null
  "${bench[@]}" generate-im 100MB "$m/MBX01/Logging/OWA/InstantMessaging/20130514-1.LOG" 2>/dev/null
  cp "$e" "$m/MBX01/Application.evtx"
  cp sample-traces/scenarios/healthy/bundle/ATL-MBX-001/{web.config,exchange-shell.txt,reg-query-InstantMessaging.txt} "$m/MBX01/"
fi
t=$(measure "${cli[@]}" triage "$m" --quiet)
echo "| mixed bundle: 200 MB SIPStack, 100 MB IM log, 64 MB EVTX, snapshots | $t | | | | |"
t=$(measure "${cli[@]}" triage "$m/MBX01/Logging/OWA/InstantMessaging/20130514-1.LOG" --quiet)
echo "| its 100 MB IM log alone | $t | | | | |"

# The same program precompiled for this platform (ReadyToRun) against the portable build: start-up and JIT warm-up.
dotnet publish src/LyncOwaDiag.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -v q >/dev/null
echo
echo "| input | portable build | ReadyToRun build |"
echo "|---|---|---|"
for input in sample-traces/scenarios/TRUSTED-APP-MISSING/bundle "$work/trace-100mb.txt" "$work/trace-1000mb.txt"; do
  p=$(measure "${cli[@]}" triage "$input" --quiet)
  r=$(measure "$work/r2r/LyncOwaDiag.Cli" triage "$input" --quiet)
  echo "| $(basename "$input") | $p | $r |"
done
echo
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version)"
