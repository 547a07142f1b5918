#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translations after strings changed in ui/ or db/:
#   1. lupdate collects every tr() string into sisambang_id.ts and sisambang_en.ts
#      (dropping strings no longer used);
#   2. English is filled in as the source text itself (source strings are English);
#   3. the Indonesian strings still to translate are listed: translate them in
#      Qt Linguist (linguist resources/translations/sisambang_id.ts) or by hand,
#      removing type="unfinished". test_gui fails while any is left.
# qt_id.ts (Qt's own strings) is kept by hand and not touched here.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}

cd "$root"
mapfile -t sources < <(find ui db \( -name '*.cpp' -o -name '*.h' \) -not -path 'ui/documents/*' | sort)
for language in id en; do
  "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$language" \
    "${sources[@]}" -ts "$here/sisambang_$language.ts"
done

# English: every translation is the source text (plural forms too).
perl -0pi -e '
  s{(<message(?:\s[^>]*)?>\s*<source>(.*?)</source>.*?)<translation[^>]*>.*?</translation>}{
    my ($head, $source) = ($1, $2);
    $head =~ /numerus="yes"/
      ? "$head<translation><numerusform>$source</numerusform><numerusform>$source</numerusform></translation>"
      : "$head<translation>$source</translation>"
  }gse' "$here/sisambang_en.ts"

left=$(grep -c 'type="unfinished"' "$here/sisambang_id.ts" || true)
echo "sisambang_id.ts: $left string(s) to translate"
if ((left > 0)); then
  perl -0ne 'while (/<source>([^<]*)<\/source>\s*(?:<comment>.*?<\/comment>\s*)?<translation type="unfinished"/gs) { print "  $1\n" }' \
    "$here/sisambang_id.ts"
fi
