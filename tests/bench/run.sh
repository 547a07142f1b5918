#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole benchmark suite and writes BENCHMARKS.md at the project root.
#   tests/bench/run.sh [--sizes 1,10,100] [--runs 5] [--only gui,import,schedule,search,recap]
# Installs the comparison tools (LibreOffice Writer, the sqlite3 shell,
# hyperfine, valgrind for profiling, Xvfb for the GUI start) with apt when they are missing: they are
# needed by the benchmarks only, never by the normal build.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

cmake --preset bench
cmake --build build-bench --target sisambang sisambang-cli benchgen minimalwindow bench_search

work=${SISAMBANG_BENCH_WORK:-"$root/build-bench/bench-work"}
python3 tests/bench/suite.py --build build-bench --work "$work" -o build-bench/bench-results.json "$@"
python3 tests/bench/report.py build-bench/bench-results.json --notes tests/bench/notes.md \
    -o BENCHMARKS.md
echo "BENCHMARKS.md written"
