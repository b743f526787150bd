"""A vault writer made to be killed, and the parent's side: start, kill, verify.

The script (``python tests/store/crash_writer.py VAULT``, the passphrase in
$PEERSUPPORT_PASSPHRASE, never on the command line) loads the application once,
then forks a writer for each line ``go FIRST SEED`` on its standard input: a
process of its own that opens the vault and does numbered units of work through
the services, from unit FIRST (0: the one after the last stored), until it is
killed. Forking spares each writer the half second of imports a fresh interpreter
needs, so a test can afford many kills; the writer is still a separate process
writing real files, and SIGKILL ends it as it would end the application. Every
line is flushed at once, so the parent has it before a kill can follow:

    loaded               the script is ready for "go" lines
    forked PID           a writer started (from the script)
    ready N              the writer has the vault open and starts at unit N
    begin N              unit N starts
    committed N          unit N's transaction has returned
    checkpoint MODE      a ``PRAGMA wal_checkpoint(MODE)`` starts
    checkpointed         ... and has returned
    ended PID CODE       the writer is gone (from the script; -9: killed)

Each unit is one transaction; the kinds take turns, so kills land in every sort
of write:

    case     ``cases.open_case``: a new clinician, event, department, case, audit entry
    contact  ``contacts.log_contact`` on the previous unit's case: a contact and an
             audit entry, and the case's first outreach stamped
    bulk     ``vault.transaction()``: BULK_ROWS departments and an audit entry, some
             ten pages, so the WAL grows quickly between checkpoints

The parent (``kill_round``) kills the writer at a moment drawn from a seeded
generator, then ``verify`` opens the vault as the application does, runs both
integrity checks, and reads back which units are stored and whether each is
whole. Shared by tests/store/test_crash_safety.py and tests/benchmarks/bench_crash.py.
POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import queue
import random
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select

from peersupport_desktop.services import audit, cases, contacts
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store import copies, keying
from peersupport_desktop.store.models import (
    AuditEntry,
    Case,
    Clinician,
    Contact,
    Department,
    Event,
)
from peersupport_desktop.store.vault import Vault, create_vault, open_vault

PASSPHRASE_VARIABLE = "PEERSUPPORT_PASSPHRASE"
KINDS = ("case", "contact", "bulk")
BULK_ROWS = 120
CHECKPOINT_CHANCE = 0.15  # after a unit: about one checkpoint every seven units
CHECKPOINT_MODES = ("PASSIVE", "FULL", "RESTART", "TRUNCATE")
BULK_AUDIT = "crash.bulk"
# Long names fill pages quickly: a bulk unit adds some ten pages to the WAL.
_PAD = "x" * 80


def kind_of(unit: int) -> str:
    return KINDS[(unit - 1) % len(KINDS)]


def clinician_name(unit: int) -> str:
    return f"Crash clinician {unit}"


def event_description(unit: int) -> str:
    return f"unit {unit}"


def ward_name(unit: int) -> str:
    return f"Ward {unit}"


def contact_note(unit: int) -> str:
    return f"unit {unit}"


def bulk_name(unit: int, row: int) -> str:
    return f"Bulk {unit} row {row} {_PAD}"


# --- the child: the script and its writers -------------------------------------------


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()  # the parent must see each line before a kill can follow it


def _case_unit(vault: Vault, unit: int) -> None:
    cases.open_case(
        vault,
        cases.NewCase(
            referral_source="safety_report",
            clinician=ClinicianInput(
                name=clinician_name(unit), role="nurse", department=ward_name(unit)
            ),
            event=EventInput(
                event_type="unexpected_death",
                occurred_on=dt.date.today() - dt.timedelta(days=1),
                department=ward_name(unit),
                description=event_description(unit),
            ),
        ),
    )


def _contact_unit(vault: Vault, unit: int) -> None:
    with vault.transaction() as session:  # a read only: which case the unit before opened
        case_id = session.scalar(
            select(Case.id)
            .join(Clinician, Clinician.id == Case.clinician_id)
            .where(Clinician.name == clinician_name(unit - 1))
        )
    if case_id is None:
        raise RuntimeError(f"unit {unit - 1} left no case to contact")
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(kind="outreach_attempt", mode="phone", note=contact_note(unit)),
    )


def _bulk_unit(vault: Vault, unit: int) -> None:
    with vault.transaction() as session:
        session.execute(
            insert(Department), [{"name": bulk_name(unit, row)} for row in range(BULK_ROWS)]
        )
        audit.record(session, BULK_AUDIT, "unit", unit)


_UNITS: dict[str, Callable[[Vault, int], None]] = {
    "case": _case_unit,
    "contact": _contact_unit,
    "bulk": _bulk_unit,
}


def write_unit(vault: Vault, unit: int) -> None:
    """Unit number ``unit``, of the kind its number says: one transaction."""
    _UNITS[kind_of(unit)](vault, unit)


def write_until_killed(path: Path, passphrase: str, first: int, seed: int, seconds: float) -> None:
    """Units ``first`` (0: the next), ``first + 1``... each reported once committed.

    Stops by itself after ``seconds``, should nobody kill it.
    """
    rng = random.Random(seed)
    stop_at = time.monotonic() + seconds
    vault = open_vault(path, passphrase)
    if not first:  # go on after what is stored: each unit wrote one audit entry
        with vault.transaction() as session:
            first = (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) + 1
    # Checkpoints on a connection of their own: the engine's sit idle between units.
    checkpointer = vault.raw_connection()
    _say(f"ready {first}")
    unit = first
    while time.monotonic() < stop_at:
        _say(f"begin {unit}")
        write_unit(vault, unit)
        _say(f"committed {unit}")
        if rng.random() < CHECKPOINT_CHANCE:
            mode = rng.choice(CHECKPOINT_MODES)
            _say(f"checkpoint {mode}")
            checkpointer.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            _say("checkpointed")
        unit += 1
    checkpointer.close()
    vault.close()


def child_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Fork vault writers, one per line 'go FIRST SEED'."
    )
    parser.add_argument("vault", type=Path)
    parser.add_argument("--kdf-iterations", type=int, default=keying.KDF_ITERATIONS)
    parser.add_argument(
        "--max-seconds", type=float, default=60.0, help="a writer nobody kills stops by itself"
    )
    args = parser.parse_args(argv)
    keying.KDF_ITERATIONS = args.kdf_iterations  # key as the vault was made
    passphrase = os.environ[PASSPHRASE_VARIABLE]
    _say("loaded")
    for order in sys.stdin:  # ends with the parent's end of input
        _, first, seed = order.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write_until_killed(args.vault, passphrase, int(first), int(seed), args.max_seconds)
            except BaseException:
                traceback.print_exc(file=sys.stdout)  # the parent reports any strange line
                code = 1
            sys.stdout.flush()
            os._exit(code)  # never back into the loop, nor through the script's exit
        _say(f"forked {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"ended {pid} {os.waitstatus_to_exitcode(status)}")
    return 0


# --- the parent: making, killing, verifying ------------------------------------------


def make_vault(path: Path, passphrase: str) -> None:
    """A new, empty vault for the child to fill."""
    create_vault(path, passphrase).close()


@dataclass(frozen=True, slots=True)
class Findings:
    """What a vault holds of the child's units, and everything wrong with it."""

    units: int  # the highest unit stored (0: none)
    problems: tuple[str, ...]


def verify(path: Path, passphrase: str) -> Findings:
    """Open the vault as the application does; check it; read back the units.

    Sound means: it opens, passes both integrity checks, is still in WAL mode, holds
    exactly units 1..M and nothing else of the child's, and each unit is whole.
    """
    try:
        vault = open_vault(path, passphrase)
    except Exception as exc:  # any failure to open is a finding, not a crash of the test
        return Findings(0, (f"the vault does not open: {type(exc).__name__}: {exc}",))
    try:
        conn = vault.raw_connection()
        try:
            report = copies.integrity(conn)
            journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            conn.close()
        problems = [f"integrity: {problem}" for problem in report.problems]
        if journal != "wal":
            problems.append(f"journal mode is {journal}, not wal")
        units, unit_problems = _stored_units(vault)
        problems += unit_problems
        return Findings(units, tuple(problems))
    finally:
        vault.close()


def _number(value: str | None, pattern: str) -> int | None:
    match = re.fullmatch(pattern, value or "")
    return int(match.group(1)) if match else None


def _numbers(values: Iterable[str | None], pattern: str) -> Counter[int]:
    """How many times each unit number appears among ``values``."""
    found = (_number(value, pattern) for value in values)
    return Counter(n for n in found if n is not None)


_CLINICIAN = r"Crash clinician (\d+)"
_UNIT = r"unit (\d+)"


def _stored_units(vault: Vault) -> tuple[int, list[str]]:
    """Which units the vault holds, and whatever is half there or extra."""
    problems: list[str] = []
    with vault.transaction() as session:
        clinicians = _numbers(session.scalars(select(Clinician.name)), _CLINICIAN)
        events = _numbers(session.scalars(select(Event.description)), _UNIT)
        departments = list(session.scalars(select(Department.name)))
        case_rows = session.execute(
            select(Case.id, Clinician.name, Event.description, Case.first_outreach_at)
            .join(Clinician, Clinician.id == Case.clinician_id)
            .join(Event, Event.id == Case.event_id)
        ).all()
        contact_rows = session.execute(select(Contact.id, Contact.case_id, Contact.note)).all()
        audits = session.execute(select(AuditEntry.action, AuditEntry.record_id)).all()
        totals = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("clinicians", Clinician),
                ("events", Event),
                ("cases", Case),
                ("contacts", Contact),
                ("departments", Department),
                ("audit entries", AuditEntry),
            )
        }
    wards = _numbers(departments, r"Ward (\d+)")
    bulk = _numbers(departments, rf"Bulk (\d+) row \d+ {_PAD}")

    case_unit: dict[int, int] = {}  # case id -> unit
    reached: set[int] = set()  # units whose case has its first outreach stamped
    for case_id, name, description, first_outreach in case_rows:
        unit = _number(name, _CLINICIAN) or 0
        if _number(description, _UNIT) != unit:
            problems.append(f"the case of unit {unit} is linked to another unit's event")
        case_unit[case_id] = unit
        if first_outreach is not None:
            reached.add(unit)
    contact_unit: dict[int, int] = {}  # contact id -> unit
    for contact_id, case_id, note in contact_rows:
        unit = _number(note, _UNIT) or 0
        contact_unit[contact_id] = unit
        if case_unit.get(case_id) != unit - 1:
            problems.append(f"the contact of unit {unit} is on another unit's case")
    opened = Counter(case_unit.get(r or 0, 0) for a, r in audits if a == "case.open")
    logged = Counter(contact_unit.get(r or 0, 0) for a, r in audits if a == "contact.log")
    bulk_audits = Counter(r or 0 for a, r in audits if a == BULK_AUDIT)
    # Besides the child, only the parent's opens and closes touch the vault: no audits.
    stray = {a for a, _ in audits} - {"case.open", "contact.log", BULK_AUDIT}
    if stray:
        problems.append(f"audit entries no unit wrote: {sorted(stray)}")

    # Each kind's parts, and how many of each a whole unit holds.
    cases_by_unit = Counter(case_unit.values())
    contacts_by_unit = Counter(contact_unit.values())
    stamped = Counter(unit + 1 for unit in reached)  # counted as the contact unit's
    parts: dict[str, dict[str, tuple[Counter[int], int]]] = {
        "case": {
            "clinician": (clinicians, 1),
            "event": (events, 1),
            "ward": (wards, 1),
            "case": (cases_by_unit, 1),
            "audit": (opened, 1),
        },
        "contact": {"contact": (contacts_by_unit, 1), "audit": (logged, 1), "stamp": (stamped, 1)},
        "bulk": {"rows": (bulk, BULK_ROWS), "audit": (bulk_audits, 1)},
    }
    present: set[int] = set()
    for kind, wanted in parts.items():
        for unit in set().union(*(counter for counter, _ in wanted.values())):
            present.add(unit)
            found = {name: counter[unit] for name, (counter, _) in wanted.items()}
            if kind_of(unit) != kind or unit < 1:
                problems.append(f"unit {unit} holds rows of a {kind} unit")
            elif found != {name: whole for name, (_, whole) in wanted.items()}:
                problems.append(f"{kind} unit {unit} is not whole: {found}")
    top = max(present, default=0)
    missing = sorted(set(range(1, top + 1)) - present)
    if missing:
        problems.append(f"units missing below the last one stored ({top}): {missing[:10]}")

    # Nothing beyond the units: every row of these tables belongs to one.
    kinds = Counter(kind_of(u) for u in range(1, top + 1))
    expected = {
        "clinicians": kinds["case"],
        "events": kinds["case"],
        "cases": kinds["case"],
        "contacts": kinds["contact"],
        "departments": kinds["case"] + BULK_ROWS * kinds["bulk"],
        "audit entries": top,
    }
    for name, count in expected.items():
        if totals[name] != count:
            problems.append(f"{totals[name]} {name} stored where units 1..{top} make {count}")
    return top, problems


@dataclass(slots=True)
class Round:
    """One writer's life and death."""

    strategy: str
    reported: int  # the last unit a writer said it committed (first - 1: none)
    stored: int  # the last unit the vault holds
    phase: str  # what the (last) writer last said it was doing when killed
    problems: list[str]


_KNOWN = re.compile(
    r"ready \d+|begin \d+|committed \d+|checkpoint [A-Z]+|checkpointed"
    r"|forked \d+|ended \d+ -?\d+"
)


class CrashWriter:
    """The script, running: forks a writer on each ``go``; its output read on a thread."""

    def __init__(self, path: Path, passphrase: str, kdf_iterations: int) -> None:
        self.path = path
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(path),
             f"--kdf-iterations={kdf_iterations}"],
            env={**os.environ, PASSPHRASE_VARIABLE: passphrase},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # a traceback arrives as strange lines, reported
            text=True,
            bufsize=1,
        )  # fmt: skip
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.seen: list[str] = []  # the current writer's lines, "forked" onwards
        self._writer: int | None = None  # the writer alive, if any
        if not self.wait_for(lambda line: line == "loaded", time.monotonic() + 60):
            self.close()
            raise RuntimeError(f"the crash writer did not start: {self.seen}")

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def wait_for(self, wanted: Callable[[str], bool], deadline: float) -> bool:
        """Read lines until one ``wanted`` accepts (True), the output ends, or time runs out."""
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                return False
            if line is None:
                self._lines.put(None)  # later waits see the end too
                return False
            self.seen.append(line)
            if wanted(line):
                return True
        return False

    def go(self, first: int, seed: int) -> int:
        """Fork a writer starting at unit ``first``; its process id."""
        self.seen = []
        assert self._process.stdin is not None
        self._process.stdin.write(f"go {first} {seed}\n")
        self._process.stdin.flush()
        if not self.wait_for(lambda line: line.startswith("forked "), time.monotonic() + 30):
            raise RuntimeError(f"the crash writer forked no writer: {self.seen}")
        self._writer = int(self.seen[-1].split()[1])
        return self._writer

    def kill(self, pid: int) -> int | None:
        """SIGKILL the writer (if still alive) and wait until it is gone; its exit code."""
        with_pid = f"ended {pid} "
        self.wait_for(lambda line: False, time.monotonic() + 0.001)  # what is already said
        if not any(line.startswith(with_pid) for line in self.seen):
            if self._process.poll() is not None:
                raise RuntimeError(f"the crash writer died, leaving writer {pid}: {self.seen}")
            # Not reaped by the script yet (it says "ended" once it has): still ours.
            os.kill(pid, signal.SIGKILL)
            self.wait_for(lambda line: line.startswith(with_pid), time.monotonic() + 30)
        self._writer = None
        ended = [line for line in self.seen if line.startswith(with_pid)]
        return int(ended[0].split()[2]) if ended else None

    def close(self) -> None:
        """End the script (and a writer still running): the end of its input stops it."""
        if self._writer is not None and self._process.poll() is None:
            self.kill(self._writer)
        self._writer = None
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=30)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def __enter__(self) -> CrashWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


STRATEGIES = ("anywhere", "in a unit", "in a commit", "in a checkpoint", "in a recovery")


def kill_round(
    writer: CrashWriter,
    passphrase: str,
    rng: random.Random,
    first: int,
    strategy: str | None = None,
) -> Round:
    """Fork a writer at unit ``first``, SIGKILL it at a random moment, verify the vault.

    ``strategy`` (one of STRATEGIES; default: drawn) says roughly when the kill lands.

    "in a recovery" kills twice: a second writer, forked on the vault the first left
    with a hot WAL, dies as it opens it (recovering the WAL, bringing the schema up to
    date) or soon after; only then is the vault verified.
    """
    strategy = strategy or rng.choice(STRATEGIES)
    problems: list[str] = []
    if strategy == "in a recovery":
        reported, _ = _life(writer, rng, "in a unit", first, first - 1, problems)
        # 0: the writer counts where to go on, as the last commit may be unreported.
        reported, phase = _life(writer, rng, "opening", 0, reported, problems)
    else:
        reported, phase = _life(writer, rng, strategy, first, first - 1, problems)
    findings = verify(writer.path, passphrase)
    problems += findings.problems
    if findings.units not in (reported, reported + 1):
        problems.append(
            f"the writer reported unit {reported} committed, the vault holds 1..{findings.units}"
        )
    return Round(strategy, reported, findings.units, phase, problems)


def _life(
    writer: CrashWriter,
    rng: random.Random,
    strategy: str,
    first: int,
    reported: int,
    problems: list[str],
) -> tuple[int, str]:
    """One writer, killed as ``strategy`` says: the last unit it reported, and its phase."""
    pid = writer.go(first, rng.randrange(2**32))
    deadline = time.monotonic() + 30
    try:
        if strategy == "anywhere":
            # From the fork: some land while the writer is still opening the vault.
            time.sleep(rng.uniform(0.0, 0.25))
        elif strategy == "opening":
            time.sleep(rng.uniform(0.0, 0.06))
        elif strategy == "in a unit":
            # A few milliseconds into a unit: in its reads, its writes or its commit.
            if _nth(writer, _begins, rng.randint(1, 12), deadline):
                time.sleep(rng.uniform(0.0, 0.005))
        elif strategy == "in a commit":
            # As soon as a bulk unit's pages reach the WAL: in the middle of its commit.
            if _nth(writer, _begins_bulk, rng.randint(1, 4), deadline):
                _until_wal_changes(writer.path, deadline)
        elif _nth(writer, _checkpoints, rng.randint(1, 2), deadline):
            time.sleep(rng.uniform(0.0, 0.0005))  # a checkpoint takes a millisecond or a few
    finally:
        code = writer.kill(pid)
    seen = writer.seen
    for line in seen:
        if line.startswith(("ready ", "committed ")):
            # "ready N": starting at N, so N - 1 was stored already.
            reported = max(reported, int(line.split()[1]) - line.startswith("ready "))
    if code != -signal.SIGKILL:
        problems.append(f"the writer was not killed but ended by itself ({code})")
    strange = [line for line in seen if not _KNOWN.fullmatch(line)]
    if strange:
        problems.append("the writer said: " + " | ".join(strange[-5:]))
    return reported, _phase(seen) if code == -signal.SIGKILL else "exited"


def _nth(writer: CrashWriter, wanted: Callable[[str], bool], nth: int, deadline: float) -> bool:
    return all(writer.wait_for(wanted, deadline) for _ in range(nth))


def _begins(line: str) -> bool:
    return line.startswith("begin ")


def _begins_bulk(line: str) -> bool:
    return _begins(line) and kind_of(int(line.split()[1])) == "bulk"


def _checkpoints(line: str) -> bool:
    return line.startswith("checkpoint ")


def _until_wal_changes(path: Path, deadline: float) -> None:
    wal = Path(f"{path}-wal")

    def stamp() -> tuple[int, int]:
        try:
            status = wal.stat()
        except FileNotFoundError:
            return (0, 0)
        return (status.st_size, status.st_mtime_ns)

    # Size or time: after a RESTART or TRUNCATE checkpoint the WAL is written from its
    # start again, so it may change without growing.
    start = stamp()
    deadline = min(deadline, time.monotonic() + 1.0)
    while time.monotonic() < deadline and stamp() == start:
        time.sleep(0.0002)


def _phase(seen: list[str]) -> str:
    said = [line for line in seen if not line.startswith(("forked ", "ended "))]
    last = said[-1] if said else ""
    if last.startswith("begin "):
        return "in a unit"
    if last.startswith("checkpoint "):
        return "in a checkpoint"
    if last.startswith(("committed ", "checkpointed")):
        return "between units"
    return "opening"


if __name__ == "__main__":
    sys.exit(child_main())
