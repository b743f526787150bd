"""Benchmark: the built Linux bundle (issue 9), against the same code run from source.

Run: python tests/benchmarks/bench_bundle.py [--build]. With --build it first runs
installer/build.py and times it; otherwise it measures the bundle already in dist/.
Figures: the bundle's and the tarball's size; --version and --self-test, wall clock;
process start to the unlock dialog on a real X server (Xvfb, found with xdotool), both
frozen and from source; and the tarball installed by install.sh into a scratch home,
then its --self-test.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "PeerSupportDesktop"
PROGRAM = BUNDLE / "PeerSupportDesktop"
PASSPHRASE = "benchmark harbor lantern quietly glowing"


def main() -> int:
    if "--build" in sys.argv:
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], check=True)
        print(f"build (PyInstaller, tarball, self-test): {time.perf_counter() - started:.0f} s")
    if not PROGRAM.is_file():
        print("No bundle in dist/: run with --build, or python installer/build.py first.")
        return 1
    tarball = next(DIST.glob("PeerSupportDesktop-*-linux-*.tar.gz"))
    print(f"bundle folder: {_folder_megabytes(BUNDLE):.0f} MB; tarball: "
          f"{tarball.stat().st_size / 1e6:.0f} MB")  # fmt: skip
    clean = {key: value for key, value in os.environ.items() if not key.startswith("PEERSUPPORT")}
    frozen = [str(PROGRAM)]
    source = [sys.executable, "-m", "peersupport_desktop"]
    for label, command in (("frozen", frozen), ("source", source)):
        version = _median(lambda c=command: _timed([*c, "--version"], clean), 5)
        test = _median(lambda c=command: _timed([*c, "--self-test"], clean), 3)
        print(f"{label}: --version {version:.2f} s; --self-test {test:.2f} s (wall clock)")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        if shutil.which("Xvfb") and shutil.which("xdotool"):
            _start_to_dialog(folder, clean, frozen, source)
        else:
            print("start to the unlock dialog: skipped (needs Debian's xvfb and xdotool)")
        _install_and_test(folder, tarball)
    return 0


def _start_to_dialog(folder: Path, clean: dict[str, str], *commands: list[str]) -> None:
    vault = folder / "bench.vault"
    subprocess.run(
        [str(PROGRAM), "init", "--vault", str(vault)],
        env={**clean, "PEERSUPPORT_PASSPHRASE": PASSPHRASE},
        check=True,
        capture_output=True,
    )
    # -displayfd: Xvfb picks a free display and writes its number once it serves it,
    # so a screen left over from an earlier run is never the one measured; -noreset:
    # it does not reset (refusing connections meanwhile) as each measured run leaves.
    screen = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1400x900x24"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert screen.stdout is not None
        display = f":{screen.stdout.readline().strip()}"
        shown = {**clean, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        for label, command in zip(("frozen", "source"), commands, strict=True):
            seconds = [_until_dialog([*command, "--vault", str(vault)], shown) for _ in range(5)]
            runs = ", ".join(f"{each:.2f}" for each in seconds)
            median = statistics.median(seconds)
            print(f"{label}: process start to the unlock dialog on screen: {median:.2f} s ({runs})")
    finally:
        screen.terminate()
        screen.wait()


def _until_dialog(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        while time.perf_counter() - started < 30 and process.poll() is None:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Unlock the vault"],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            time.sleep(0.02)
    finally:
        process.terminate()
        _, said = process.communicate()
    raise RuntimeError(f"no unlock dialog (exit {process.returncode}): {said.strip()[-2000:]}")


def _install_and_test(folder: Path, tarball: Path) -> None:
    home = folder / "home"
    home.mkdir()
    with tarfile.open(tarball) as archive:
        archive.extractall(folder / "unpacked", filter="data")
    (script,) = (folder / "unpacked").glob("*/install.sh")
    started = time.perf_counter()
    subprocess.run(["sh", str(script)], env={"HOME": str(home), "PATH": os.environ["PATH"]},
                   check=True, capture_output=True)  # fmt: skip
    installed = time.perf_counter() - started
    link = home / ".local" / "bin" / "peersupport-desktop"
    test = _timed([str(link), "--self-test"], {"HOME": str(home), "PATH": "/usr/bin:/bin"})
    print(f"install.sh: {installed:.1f} s; the installed copy's --self-test: {test:.2f} s")


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def _median(measure: object, runs: int) -> float:
    assert callable(measure)
    return statistics.median(measure() for _ in range(runs))


def _folder_megabytes(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


if __name__ == "__main__":
    raise SystemExit(main())
