#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the benchmark comparisons and writes their figures as JSON.

Every comparison is two commands run alternately (A B A B ...) in the same run,
the GUI start on an X server of its own (Xvfb) when there is one,
each preceded by an untimed preparation (a fresh copy of its database), and the
figure is the ratio of the medians. Time is wall-clock; peak memory is the
child's maximum resident set (wait4's rusage), as /usr/bin/time -v reports it.

    suite.py --build BUILD --work DIR [--sizes 1,10,100] [--runs 5] -o results.json

Size 100 is the issue's full size (100,000 people, 20,000 activities over ten
years, 2,000 in the recap's year, the schedule of Jawa Tengah's 8,563
kelurahan/desa); 10 and 1 are a tenth and a hundredth of it.
"""
import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

# The schedule's regions per size: a kabupaten, a province, a large province.
SCHEDULE_REGIONS = {1: ("19.01", "Kabupaten Bangka"), 10: ("92", "Provinsi Papua Barat"),
                    100: ("33", "Provinsi Jawa Tengah")}


def log(*words):
    print(*words, file=sys.stderr, flush=True)


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def fresh_copy(source, target):
    def prepare():
        remove_database(target)
        shutil.copyfile(source, target)
    return prepare


def run_once(command, env, prepare=None):
    """Seconds and peak resident KiB of one run of a command."""
    if prepare:
        prepare()
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    error = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}): {error[-2000:]}")
    return seconds, usage.ru_maxrss


@contextlib.contextmanager
def display(env):
    """An X server for the GUI start (Xvfb, as a desktop has one), or offscreen
    when there is no Xvfb: both sides of the comparison run on the same one."""
    if not shutil.which("Xvfb"):
        yield env
        return
    number = 97
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if os.path.exists(f"/tmp/.X11-unix/X{number}"):
                break
            time.sleep(0.05)
        yield dict(env, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    finally:
        server.terminate()
        server.wait()


def alternate(a, b, runs, env, prepare_a=None, prepare_b=None):
    """Runs a and b alternately; the medians of time and peak memory of each."""
    times = {"a": [], "b": []}
    memory = {"a": [], "b": []}
    if runs > 1:  # warm the page cache for both, untimed (a single long run goes without)
        run_once(a, env, prepare_a)
        run_once(b, env, prepare_b)
    for _ in range(runs):
        for key, command, prepare in (("a", a, prepare_a), ("b", b, prepare_b)):
            seconds, peak = run_once(command, env, prepare)
            times[key].append(seconds)
            memory[key].append(peak)
    return {
        "a_s": statistics.median(times["a"]), "b_s": statistics.median(times["b"]),
        "a_kib": statistics.median(memory["a"]), "b_kib": statistics.median(memory["b"]),
        "a_all": times["a"], "b_all": times["b"], "runs": runs,
    }


# Raised when benchgen makes different data, so that older files are made anew
# (2: participants, and an agreement per kecamatan).
GENERATOR_VERSION = 2


def generator_stamp(build):
    """What the data was made with: a rebuilt benchgen may carry a newer schema,
    and a program opening an older file would migrate (and back up) it first."""
    made = os.stat(os.path.join(build, "tests/bench/benchgen"))
    return f"{GENERATOR_VERSION}:{made.st_size}:{int(made.st_mtime)}"


def generate(build, folder, size, env):
    """The databases and files of one size, made once and kept."""
    people, activities = 1000 * size, 200 * size
    marker = os.path.join(folder, "generated.json")
    if os.path.exists(marker):
        with open(marker) as f:
            if json.load(f) == {"people": people, "activities": activities,
                                "generator": generator_stamp(build)}:
                return
    os.makedirs(folder, exist_ok=True)
    benchgen = os.path.join(build, "tests/bench/benchgen")
    log(f"  generating {people} people, {activities} activities")
    subprocess.run([benchgen, "register", "--dir", folder, "--people", str(people)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    start = time.perf_counter()
    subprocess.run([benchgen, "database", "--dir", folder, "--activities", str(activities)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    log(f"  full.db made in {time.perf_counter() - start:.1f} s")
    subprocess.run([benchgen, "recap-odt", "--db", os.path.join(folder, "full.db"),
                    "--year", "2025", "-o", os.path.join(folder, "recap.odt")],
                   env=env, check=True)
    with open(marker, "w") as f:
        json.dump({"people": people, "activities": activities,
                   "generator": generator_stamp(build)}, f)


def bench_size(build, work, size, runs, env, only):
    folder = os.path.join(work, f"size-{size}")
    generate(build, folder, size, env)
    cli = os.path.join(build, "app/cli/sisambang-cli")
    results = []

    def record(work_name, figures, **extra):
        figures.update(extra, work=work_name, size=size)
        log(f"  {work_name}: {figures['a_s']:.3f} s vs {figures['b_s']:.3f} s "
            f"= {figures['a_s'] / figures['b_s']:.2f}x")
        results.append(figures)

    if "gui" in only:
        log(f"[{size}x] GUI start")
        gui_db = os.path.join(folder, "gui.db")
        with display(env) as gui_env:
            record("gui", alternate(
                [os.path.join(build, "app/gui/sisambang"), "--db", gui_db,
                 "--quit-after-startup"],
                [os.path.join(build, "tests/bench/minimalwindow")], runs, gui_env,
                prepare_a=fresh_copy(os.path.join(folder, "full.db"), gui_db)),
                people=1000 * size, activities=200 * size,
                platform="xcb on Xvfb" if gui_env.get("QT_QPA_PLATFORM") == "xcb" else "offscreen")

    if "import" in only:
        log(f"[{size}x] import")
        target, plain = os.path.join(folder, "import.db"), os.path.join(folder, "plain.db")
        csv = os.path.join(folder, "register.csv")
        record("import", alternate(
            [cli, "--db", target, "import", "stakeholders", csv],
            ["sqlite3", plain, f".import --csv {csv} people"], runs, env,
            prepare_a=fresh_copy(os.path.join(folder, "base.db"), target),
            prepare_b=lambda: remove_database(plain)), people=1000 * size)
        # A lower bound for the import's bar: the shell's own import of the CSV
        # plus an FTS5 index of the same text with the register's settings
        # (stakeholder_fts, migration 0002), without the register's tables,
        # keys, checks, listing or any validation.
        indexed = os.path.join(folder, "plain-fts.db")
        record("import_floor", alternate(
            ["sqlite3", indexed, f".import --csv {csv} people",
             "CREATE VIRTUAL TABLE people_fts USING fts5 (nama, jabatan, instansi, kecamatan, "
             "desa, hp, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
             "INSERT INTO people_fts SELECT \"Nama\", \"Jabatan\", \"Instansi\", \"Kecamatan\", "
             "\"Desa/Kelurahan\", \"No HP\" FROM people"],
            ["sqlite3", plain, f".import --csv {csv} people"], runs, env,
            prepare_a=lambda: remove_database(indexed),
            prepare_b=lambda: remove_database(plain)), people=1000 * size)

    if "schedule" in only:
        region, name = SCHEDULE_REGIONS[size]
        log(f"[{size}x] schedule of {name}")
        made = subprocess.run([os.path.join(build, "tests/bench/benchgen"), "schedule", "--dir",
                               folder, "--region", region], env=env, check=True,
                              capture_output=True, text=True)
        target = os.path.join(folder, "schedule-work.db")
        prepare = fresh_copy(os.path.join(folder, "schedule.db"), target)
        counted = subprocess.run(["sqlite3", os.path.join(folder, "schedule.db"),
                                  "SELECT count(*) FROM agreement_village"],
                                 capture_output=True, text=True)
        record("schedule", alternate(
            [cli, "--db", target, "schedule", "generate"] + made.stdout.split(),
            [os.path.join(build, "tests/bench/benchgen"), "rawinsert", "--db", target,
             "--region", region], runs, env, prepare_a=prepare, prepare_b=prepare),
            region=f"{name} ({region})", villages=int(counted.stdout.strip() or 0))

    if "search" in only:
        log(f"[{size}x] search as you type")
        out = subprocess.run([os.path.join(build, "tests/bench/bench_search"),
                              os.path.join(folder, "full.db"), str(max(runs, 5))],
                             env=env, capture_output=True, text=True)
        figures = json.loads(out.stdout)
        figures.update(a_s=figures["product_ms"] / 1000, b_s=figures["direct_ms"] / 1000,
                       runs=figures["runs"])
        record("search", figures)

    if "recap" in only:
        log(f"[{size}x] yearly recap")
        came = subprocess.run(["sqlite3", os.path.join(folder, "full.db"),
                               "SELECT count(*) FROM activity_attendance t JOIN activity a "
                               "ON a.id = t.activity_id WHERE a.status = 'done' "
                               "AND a.date BETWEEN '2025-01-01' AND '2025-12-31'"],
                              capture_output=True, text=True)
        profile = os.path.join(work, "libreoffice-profile")
        out_dir = os.path.join(folder, "soffice-out")
        record("recap", alternate(
            [cli, "--db", os.path.join(folder, "full.db"), "report", "yearly", "--year", "2025",
             "-o", os.path.join(folder, "recap.pdf")],
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", out_dir, os.path.join(folder, "recap.odt")],
            runs, env), activities_in_year=20 * size,
            participants_in_year=int(came.stdout.strip() or 0))
    return results


def machine():
    with open("/proc/meminfo") as f:
        total_kib = int(f.readline().split()[1])
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "memory_gib": round(total_kib / 1024 / 1024, 1),
            "cpu": cpu, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--sizes", default="1,10,100")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="gui,import,schedule,search,recap")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The GUI's per-user settings start empty in every run.
    env["XDG_CONFIG_HOME"] = os.path.join(os.path.abspath(args.work), "config")
    build, work = os.path.abspath(args.build), os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    results = []
    sizes = [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        results += bench_size(build, work, size, args.runs, env, args.only.split(","))
    with open(args.output, "w") as f:
        json.dump({"machine": machine(), "sizes": sizes, "runs": args.runs,
                   "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
