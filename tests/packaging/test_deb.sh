#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, end to end (CTest test packaging_deb, label "packaging"):
# builds the .deb from this build folder with CPack, checks its control data
# and contents, runs lintian, installs it with apt, runs the installed
# programs, validates the installed desktop entry and AppStream metadata, then
# purges the package and checks that none of its files is left.
#
# It changes the system, so it runs only as root (CI runs as root) and only
# when sisambang is not installed already: it removes nothing but the package
# it installed itself (dependencies apt pulled in stay). Otherwise it exits 77,
# which CTest reports as skipped.
#
# usage: test_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)

skip() {
  echo "SKIPPED: $*"
  exit 77
}
fail() {
  echo "FAILED: $*" >&2
  exit 1
}
step() { echo "== $*"; }

if [[ $(id -u) -ne 0 ]]; then
  skip "this test installs and removes the sisambang package with apt-get, so it must run as root" \
    "(CI does); as a user, run it with: sudo ctest -L packaging --test-dir $build"
fi
# Two runs at once (two build folders on one machine) would remove each
# other's installation: the second waits for the first.
exec 9>/tmp/sisambang-packaging-test.lock
flock -w 240 9 || fail "another packaging test still holds /tmp/sisambang-packaging-test.lock"
status=$(dpkg-query -W -f='${db:Status-Status}' sisambang 2>/dev/null || true)
if [[ -n $status && $status != not-installed && $status != config-files ]]; then
  skip "sisambang is already installed here (dpkg status: $status); the test would replace it" \
    "and then remove it. Remove it first (apt-get purge sisambang) to run this test."
fi
for tool in cpack apt-get dpkg-deb dpkg-shlibdeps file desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || fail "$tool is missing; packaging/quickstart.sh installs it"
done
[[ -f $build/CPackConfig.cmake ]] || fail "$build has no CPackConfig.cmake; configure the project first"

work=$(mktemp -d /tmp/sisambang-packaging.XXXXXX)
chmod 755 "$work" # apt reads the .deb as user _apt
installed_by_us=0
cleanup() {
  if ((installed_by_us)); then
    echo "== cleaning up: purging the sisambang package this test installed"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 sisambang \
      >/dev/null 2>&1 || echo "could not purge sisambang; run: apt-get purge sisambang" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "building the package (cpack -G DEB)"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb") \
  >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log"
  fail "cpack could not build the package"
}
debs=("$work"/deb/sisambang_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no single sisambang_*.deb: ${debs[*]}"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "sisambang_${version}_${arch}.deb" ]] ||
  fail "unexpected file name $(basename "$deb") for version $version"
echo "$(basename "$deb"), $(stat -c %s "$deb") bytes"

step "control data"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Qt's plugins and the fonts (listed by hand) and the linked libraries
# (found by dpkg-shlibdeps, which proves it ran).
for package in libqt6sql6-sqlite qt6-qpa-plugins fonts-liberation2 libqt6widgets6 libqt6core6 \
  libsqlite3-0 libc6; do
  [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package"
done
[[ $(dpkg-deb -f "$deb" Package) == sisambang ]] || fail "the package is not named sisambang"
[[ $(dpkg-deb -f "$deb" Description) == *"compiled into the programs"* ]] ||
  fail "the description does not say that the data is compiled into the programs"

step "contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
expected=(
  /usr/bin/sisambang /usr/bin/sisambang-cli
  /usr/share/applications/sisambang.desktop
  /usr/share/metainfo/org.sisambang.SiSambang.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/sisambang.svg
  /usr/share/man/man1/sisambang.1.gz /usr/share/man/man1/sisambang-cli.1.gz
  /usr/share/doc/sisambang/copyright /usr/share/doc/sisambang/changelog.gz
)
for size in 16 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/sisambang.png")
done
for path in "${expected[@]}"; do
  grep -qx "$path" "$work/contents.txt" || fail "the package lacks $path"
done
if grep -v -e '^/usr/' "$work/contents.txt" | grep -v -x -e '/' -e '/usr/'; then
  fail "the package installs files outside /usr (above)"
fi

step "lintian"
# No errors allowed; warnings and notes are shown. lintian also says that it
# runs as root, which is not about the package.
rc=0
lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 || rc=$?
grep -v 'running with root privileges' "$work/lintian.txt" || echo "lintian: no remarks"
((rc == 0)) || fail "lintian reports errors (above)"

step "installing with apt-get"
installed_by_us=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=120 "$deb" >"$work/apt-install.log" 2>&1 || {
  cat "$work/apt-install.log"
  fail "apt-get could not install $deb"
}
[[ $(dpkg-query -W -f='${db:Status-Status} ${Version}' sisambang) == "installed $version" ]] ||
  fail "sisambang $version is not installed after apt-get install"
dpkg -L sisambang | grep -v -x '/\.' | sort >"$work/installed.txt"
echo "$(wc -l <"$work/installed.txt") paths installed"
for program in /usr/bin/sisambang /usr/bin/sisambang-cli; do
  if ldd "$program" | grep 'not found'; then
    fail "$program lacks libraries the package does not depend on (above)"
  fi
done

step "copyright: GPL and the region data's MIT notice"
copyright=/usr/share/doc/sisambang/copyright
head -1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "$copyright is not in Debian's machine-readable format"
grep -q '^License: GPL-3+' "$copyright" || fail "$copyright has no GPL-3+ licence"
grep -q '^Copyright: 2017-2025 Cahya DSN' "$copyright" || fail "$copyright lacks the wilayah copyright"
# Every line of the MIT notice shipped with the region data is in the file.
while IFS= read -r line; do
  [[ -z $line || $line == "MIT License" || $line == Copyright* ]] && continue
  grep -qF " $line" "$copyright" || fail "$copyright lacks the MIT notice line: $line"
done <"$source/resources/data/LICENSE-wilayah-cahyadsn.txt"

step "running the installed programs"
# A private home so that the programs touch no real user's settings or data.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/runtime XDG_CACHE_HOME=$work/home/.cache
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset SISAMBANG_DB
export LC_ALL=C.UTF-8

reported=$(/usr/bin/sisambang-cli --version)
[[ $reported == "sisambang-cli ${version%%-*}" ]] || fail "sisambang-cli --version says '$reported'"
echo "$reported"
/usr/bin/sisambang-cli --db "$work/kantor.db" init --region 19.04 || fail "sisambang-cli init failed"
/usr/bin/sisambang-cli --db "$work/kantor.db" check || fail "sisambang-cli check failed"
/usr/bin/sisambang-cli --db "$work/kantor.db" list regions --parent 19.04 --format csv >"$work/regions.csv" ||
  fail "sisambang-cli list regions failed"
grep -q '^19\.04\.01,Koba,' "$work/regions.csv" || fail "Kecamatan Koba (19.04.01) is not listed"
/usr/bin/sisambang-cli --db "$work/demo.db" demo || fail "sisambang-cli demo failed"

# The GUI on the demo database, drawn once offscreen, then quits by itself.
rc=0
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/sisambang --db "$work/demo.db" --quit-after-startup \
  >"$work/gui.log" 2>&1 || rc=$?
if ((rc != 0)); then
  cat "$work/gui.log"
  ((rc == 124)) && fail "the installed sisambang did not quit within 60 s of --quit-after-startup"
  fail "the installed sisambang --quit-after-startup exited with $rc"
fi
echo "sisambang --quit-after-startup: exit 0"
reported=$(QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/sisambang --version) ||
  fail "the installed sisambang --version failed"
[[ $reported == "sisambang ${version%%-*}" ]] || fail "sisambang --version says '$reported'"

step "manual pages: every option and command of --help is documented"
zcat /usr/share/man/man1/sisambang.1.gz >"$work/sisambang.1"
zcat /usr/share/man/man1/sisambang-cli.1.gz >"$work/sisambang-cli.1"
documented() { # PAGE WORD: the roff source mentions WORD, with its dashes escaped
  grep -qF -- "${2//-/\\-}" "$1"
}
help=$(QT_QPA_PLATFORM=offscreen timeout 30 /usr/bin/sisambang --help)
while read -r option; do
  documented "$work/sisambang.1" "$option" || fail "sisambang.1 does not document $option"
done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
help=$(/usr/bin/sisambang-cli --help)
while read -r option; do
  documented "$work/sisambang-cli.1" "$option" ||
    fail "sisambang-cli.1 does not document $option"
done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
while read -r command; do
  grep -qE "^\\.BI? \"?$command( |\"|$)" "$work/sisambang-cli.1" ||
    fail "sisambang-cli.1 does not document the command $command"
done < <(sed -n '/^Commands:/,/^$/p' <<<"$help" | grep -E '^  [a-z]' | awk '{print $1}')
echo "both manual pages cover their program's --help"

step "desktop entry and AppStream metadata as installed"
desktop=/usr/share/applications/sisambang.desktop
desktop-file-validate "$desktop" >"$work/desktop.txt" 2>&1 || {
  cat "$work/desktop.txt"
  fail "desktop-file-validate rejects $desktop"
}
if [[ -s $work/desktop.txt ]]; then
  cat "$work/desktop.txt"
  fail "desktop-file-validate has remarks on $desktop"
fi
for key in 'Name\[id\]' 'Comment\[id\]' 'Categories=Office;' 'Icon=sisambang' 'Exec=sisambang$'; do
  grep -q "^$key" "$desktop" || fail "$desktop lacks $key"
done
appstreamcli validate --no-net /usr/share/metainfo/org.sisambang.SiSambang.metainfo.xml ||
  fail "appstreamcli rejects the metainfo file"
# The whole package tree: metainfo, desktop entry and icon found together.
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree rejects the package"
if command -v groff >/dev/null; then
  for page in /usr/share/man/man1/sisambang.1.gz /usr/share/man/man1/sisambang-cli.1.gz; do
    warnings=$(zcat "$page" >"$work/page.1" && groff -man -ww -z "$work/page.1" 2>&1)
    [[ -z $warnings ]] || fail "groff warns about $page: $warnings"
  done
fi

step "purging the package"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 sisambang \
  >"$work/apt-purge.log" 2>&1 || {
  cat "$work/apt-purge.log"
  fail "apt-get purge sisambang failed"
}
installed_by_us=0
status=$(dpkg-query -W -f='${db:Status-Status}' sisambang 2>/dev/null || true)
[[ -z $status || $status == not-installed ]] || fail "sisambang is still known to dpkg as $status"
left=0
while IFS= read -r path; do
  if [[ -L $path || -f $path ]]; then
    echo "left behind: $path" >&2
    left=1
  elif [[ -d $path ]] && [[ -z $(ls -A "$path") ]] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
    echo "left behind: empty directory $path that no package owns" >&2
    left=1
  fi
done <"$work/installed.txt"
((left == 0)) || fail "files of the package remain after apt-get purge (above)"
echo "nothing of the package is left ($(wc -l <"$work/installed.txt") paths checked)"

echo "PASSED: sisambang $version built, installed, run and removed"
