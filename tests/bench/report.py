#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the figures suite.py measured as BENCHMARKS.md.

    report.py results.json [--notes tests/bench/notes.md] -o BENCHMARKS.md
"""
import argparse
import json

WORK = {
    "gui": ("start the GUI on {people:,} people and {activities:,} activities until the main "
            "window has painted, then quit (`sisambang --quit-after-startup`; Qt platform "
            "{platform})",
            "a minimal Qt Widgets program (tests/bench/minimalwindow.cpp): empty main window, "
            "quits after its first paint"),
    "import": ("import {people:,} people from CSV with validation, region matching and search "
               "index (`sisambang-cli import stakeholders`)",
               "the sqlite3 shell importing the same CSV into a plain table (`.import --csv`)"),
    "import_floor": ("lower bound of the import's bar: the sqlite3 shell importing the same "
                     "CSV and indexing its six searched columns with FTS5 as the register does "
                     "(unicode61, remove_diacritics 2, prefix 2 3); no register tables, keys, "
                     "checks, listing or validation",
                     "the shell's plain import (`.import --csv`)"),
    "schedule": ("generate the sambang schedule for every kelurahan/desa of {region}, "
                 "{villages:,} desa, over 2025 (`sisambang-cli schedule generate`)",
                 "inserting the same number of activity rows with one prepared statement in one "
                 "transaction (`benchgen rawinsert`)"),
    "search": ("search as you type over {people:,} people: {keystrokes} keystrokes, each the "
               "register model's count and first page",
               "the same FTS5 query run directly (count, and the first page sorted by name)"),
    "recap": ("render the yearly recap PDF with {activities_in_year:,} activities and "
              "{participants_in_year:,} who came in the year (`sisambang-cli report yearly`)",
              "`soffice --headless --convert-to pdf` of the same recap exported as ODT"),
}

# (bar text, ratio limit, lower is better); the GUI has a second bar on memory.
BARS = {"gui": ("at most 1.5x its time", 1.5), "import": ("at most 3x its time", 3.0),
        "schedule": ("at most 3x its time", 3.0), "search": ("at most 1.5x its time", 1.5),
        "recap": ("at least 20x faster (at most 0.05x its time)", 0.05),
        "import_floor": ("none (if above 3x, no import that builds this index meets 3x)", None)}


# Figures older result files do not have.
DEFAULTS = {"platform": "offscreen", "participants_in_year": 0}


def number(value):
    return f"{value:.3g}" if value < 100 else f"{value:,.0f}"


def met(flag):
    return "met" if flag else "**not met**"


def rows(results):
    lines = ["| size | work | compared with | bar | measured | ratio | met |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        work, other = WORK[r["work"]]
        bar, limit = BARS[r["work"]]
        ratio = r["a_s"] / r["b_s"]
        unit = "ms" if r["work"] == "search" else "s"
        scale = 1000 if unit == "ms" else 1
        measured = f"{number(r['a_s'] * scale)} {unit} vs {number(r['b_s'] * scale)} {unit}"
        lines.append(f"| {r['size']}x | {work.format(**(DEFAULTS | r))} | {other} | {bar} | {measured} | "
                     f"{ratio:.2f}x | {'-' if limit is None else met(ratio <= limit)} |")
        if r["work"] == "gui":
            memory = r["a_kib"] / r["b_kib"]
            lines.append(f"| {r['size']}x | the same start: peak memory | the same minimal program "
                         f"| at most 2x its peak memory | {r['a_kib'] / 1024:.0f} MiB vs "
                         f"{r['b_kib'] / 1024:.0f} MiB | {memory:.2f}x | {met(memory <= 2)} |")
        if r["work"] == "search":
            lines.append(f"| {r['size']}x | scroll the register table to its end in a view "
                         f"({r['people']:,} rows) | all rows | never all rows at once | "
                         f"{r['rows_after_open']} rows after opening, at most "
                         f"{r['largest_fetch']} per fetch, {r['scroll_s']:.2f} s to the end | "
                         f"- | {met(r['lazy'])} |")
    return lines


def size_of(r):
    """What the work grows with, for the scaling check."""
    return {"gui": r.get("people"), "import": r.get("people"),
            "import_floor": r.get("people"), "schedule": r.get("villages"),
            "search": r.get("people"), "recap": r.get("activities_in_year")}[r["work"]]


def scaling(results):
    lines = ["| work | from | to | size grew | time grew | bar | met |",
             "|---|---|---|---|---|---|---|"]
    by_work = {}
    for r in results:
        if BARS[r["work"]][1] is not None:  # a reference command has no bar of its own
            by_work.setdefault(r["work"], []).append(r)
    for work, runs in by_work.items():
        runs.sort(key=lambda r: r["size"])
        for small, large in zip(runs, runs[1:]):
            grew = size_of(large) / size_of(small)
            took = large["a_s"] / small["a_s"]
            # "No step worse than 15x per 10x": time may grow 1.5 times the size.
            lines.append(f"| {work} | {small['size']}x | {large['size']}x | {grew:.1f}x | "
                         f"{took:.1f}x | at most {1.5 * grew:.1f}x | {met(took <= 1.5 * grew)} |")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results", nargs="+", help="one or more suite.py outputs, merged")
    parser.add_argument("--notes")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    data = None
    for path in args.results:
        with open(path) as f:
            part = json.load(f)
        if data is None:
            data = part
            data["runs"] = str(part["runs"])
        else:
            data["results"] += part["results"]
            data["sizes"] = sorted(set(data["sizes"]) | set(part["sizes"]))
            if str(part["runs"]) not in data["runs"].split("/"):
                data["runs"] += "/" + str(part["runs"])
    m = data["machine"]
    text = ["# Benchmarks", "",
            "Written by `tests/bench/run.sh` (do not edit by hand; notes come from "
            "tests/bench/notes.md). Every ratio is SiSambang's median time over the other "
            "command's median, the two run alternately in the same run "
            f"({data['runs']} runs each, after one untimed warm-up of each when there is more than "
            "one run; search: medians of each keystroke, summed). Both sides start a process, "
            "so at small sizes the ratios are mostly start-up.", "",
            f"Machine: {m['cores']} cores ({m['cpu']}), {m['memory_gib']} GiB memory; "
            f"measured {m['date']}; sizes run: "
            f"{', '.join(str(s) + 'x' for s in data['sizes'])} "
            "(100x is the issue's full size: 100,000 people, 20,000 activities).", "",
            "## Comparisons", ""] + rows(data["results"]) + [
            "", "## Linear scaling", "",
            "Time of SiSambang's side at each size beside the next size.", ""] + \
        scaling(data["results"])
    if args.notes:
        with open(args.notes) as f:
            text += ["", f.read().rstrip()]
    with open(args.output, "w") as f:
        f.write("\n".join(text) + "\n")


if __name__ == "__main__":
    main()
