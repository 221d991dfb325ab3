"""``covey-coach schedule`` with a history (CONTRACT "Schedule"): ``--from``, the listing of every
period, and the figures ``stats --json`` gives for the same days written two ways."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from covey_coach.journal.paths import journal_paths
from covey_coach.journal.settings import load_settings
from covey_coach.journal.store import open_store
from covey_coach.progress.schedule import Period
from tests.test_cli import run
from tests.test_store import make_entry, snapshot_dir

CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> str:
    code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 0, err
    return out


def seed(data_dir: Path, days: list[date]) -> None:
    """One reflection a day, on a habit and with a rating that vary with the day."""
    with open_store(data_dir) as store:
        store.add_many([make_entry(day, habit=day.toordinal() % 7 + 1, rating=day.toordinal() % 5 + 1)
                        for day in days])


# -- the listing --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, expected", [
    # The clock stands on 2026-11-23: dates of 2026 without their year, of 2027 with it.
    ("en", ["From 4 Jan 2027: Mon, Tue, 3 days off",
            "  From the start to 3 Jan 2027: Mon–Fri",
            "  From 4 Jan 2027: Mon, Tue",
            "  off: 24 Dec to 26 Dec"]),
    ("nl", ["Vanaf 4 jan. 2027: ma, di, 3 vrije dagen",
            "  Vanaf het begin tot en met 3 jan. 2027: ma–vr",
            "  Vanaf 4 jan. 2027: ma, di",
            "  vrij: 24 dec. tot en met 26 dec."]),
])
def test_schedule_lists_every_period_with_its_dates(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                     lang: str, expected: list[str], frozen_clock: object) -> None:
    cli(capsys, data_dir, "schedule", "--weekdays", "mon-fri")
    cli(capsys, data_dir, "schedule", "--from", "04-01-2027", "--rrule", "FREQ=WEEKLY;BYDAY=MO,TU")
    cli(capsys, data_dir, "schedule", "--off", "24-12-2026..2026-12-26")
    assert cli(capsys, data_dir, "--lang", lang, "schedule").splitlines() == expected


def test_a_schedule_without_a_history_lists_its_one_period(capsys: pytest.CaptureFixture[str],
                                                           data_dir: Path) -> None:
    assert cli(capsys, data_dir, "schedule").splitlines() == ["Every day", "  From the start: Every day"]
    assert cli(capsys, data_dir, "--lang", "nl", "schedule").splitlines() == ["Elke dag",
                                                                             "  Vanaf het begin: Elke dag"]


# -- --from -------------------------------------------------------------------------------------


def periods(data_dir: Path) -> list[Period]:
    return load_settings(journal_paths(data_dir)).schedule.periods


def test_from_adds_a_period_and_without_from_the_rule_replaces_the_whole_history(
        capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    cli(capsys, data_dir, "schedule", "--weekdays", "mon-fri", "--off", "2026-12-25")
    out = cli(capsys, data_dir, "schedule", "--from", "2027-01-04", "--weekdays", "sat,sun")
    assert out == "Schedule saved: From 4 Jan 2027: Sat, Sun, 1 day off.\n"
    cli(capsys, data_dir, "schedule", "--from", "2027-03-01", "--rrule", "FREQ=DAILY;INTERVAL=2")
    assert periods(data_dir) == [Period(weekdays=[0, 1, 2, 3, 4]), Period(start=date(2027, 1, 4), weekdays=[5, 6]),
                                 Period(start=date(2027, 3, 1), rrule="FREQ=DAILY;INTERVAL=2")]
    cli(capsys, data_dir, "schedule", "--from", "2027-02-01", "--weekdays", "wed")
    assert periods(data_dir) == [Period(weekdays=[0, 1, 2, 3, 4]), Period(start=date(2027, 1, 4), weekdays=[5, 6]),
                                 Period(start=date(2027, 2, 1), weekdays=[2])], "the new rule holds from D on"
    cli(capsys, data_dir, "schedule", "--weekdays", "thu")
    assert periods(data_dir) == [Period(weekdays=[3])]
    assert len(load_settings(journal_paths(data_dir)).schedule.off) == 1, "days off stay"


@pytest.mark.parametrize("argv, needle", [
    (["--from", "2027-01-04"], "--from needs the rule"),
    (["--from", "2027-01-04", "--off", "2027-01-05"], "--from needs the rule"),
    (["--from", "2027-13-01", "--weekdays", "mon"],
     "--from must be a date written dd-mm-yyyy or yyyy-mm-dd (such as 23-11-2026), not '2027-13-01'."),
    (["--from", "4 Jan", "--weekdays", "mon"], "--from must be a date written dd-mm-yyyy or yyyy-mm-dd"),
    (["--from", "01-13-2027", "--weekdays", "mon"], "not '01-13-2027'"),  # month first is never read
])
def test_a_bad_from_exits_1_in_one_sentence_and_writes_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                                               argv: list[str], needle: str) -> None:
    cli(capsys, data_dir, "schedule", "--weekdays", "mon-fri")
    before = snapshot_dir(data_dir)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "schedule", *argv)
    assert code == 1 and out == "" and needle in err and err.count("\n") == 1
    assert snapshot_dir(data_dir) == before


def test_from_without_a_rule_reads_dutch_in_dutch(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "--lang", "nl", "schedule", "--from", "2027-01-04")
    assert code == 1 and err == "--from heeft de regel nodig die op die dag begint: geef ook --weekdays of --rrule.\n"


def weeks_before(stats: dict, day: date) -> list[dict]:
    return [w for w in stats["weeks"] if date.fromisoformat(w["start"]) + timedelta(days=6) < day]


@pytest.mark.parametrize("new_rule", [["--rrule", "FREQ=DAILY;INTERVAL=3"], ["--weekdays", "sat,sun"],
                                      ["--rrule", "DTSTART:20260105 RRULE:FREQ=WEEKLY;BYDAY=WE"]])
def test_a_change_from_a_date_leaves_every_figure_before_it_as_it_was(
        capsys: pytest.CaptureFixture[str], data_dir: Path, new_rule: list[str]) -> None:
    start = date(2026, 9, 1)
    seed(data_dir, [start + timedelta(days=k) for k in range(0, 120) if k % 5 in (0, 1, 3)])
    cli(capsys, data_dir, "schedule", "--weekdays", "mon-fri", "--off", "2026-10-12..2026-10-16")
    change = date(2026, 11, 12)  # a Thursday: its week is partly before, partly after
    eve = (change - timedelta(days=1)).isoformat()

    def stats(as_of: str) -> dict:
        return json.loads(cli(capsys, data_dir, "stats", "--as-of", as_of, "--json"))

    before_eve, before_end = stats(eve), stats("2026-12-29")
    cli(capsys, data_dir, "schedule", "--from", change.isoformat(), *new_rule)
    after_eve, after_end = stats(eve), stats("2026-12-29")
    assert after_eve == before_eve, "stats --as-of the day before D is exactly as it was"
    assert weeks_before(after_end, change) == weeks_before(before_end, change)
    assert len(weeks_before(after_end, change)) == 10
    assert after_end["weeks"][-1] != before_end["weeks"][-1], "from D on the new rule holds"


# -- the same days written two ways (property) ---------------------------------------------------

journals = st.lists(st.integers(0, 400), min_size=1, max_size=60, unique=True)
weekday_sets = st.sets(st.integers(0, 6), min_size=1).map(sorted)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(offsets=journals, start=st.integers(0, 3000), days=weekday_sets, as_of=st.integers(-5, 420),
       change=st.none() | st.tuples(st.integers(1, 400), weekday_sets))
def test_weekdays_and_the_equivalent_rrule_give_identical_stats_json(
        capsys: pytest.CaptureFixture[str], offsets: list[int], start: int, days: list[int], as_of: int,
        change: tuple[int, list[int]] | None) -> None:
    """``--weekdays mon,tue`` and ``--rrule FREQ=WEEKLY;BYDAY=MO,TU`` are the same days (issue 11), also
    in a period added ``--from`` a date; random entries over random spans of up to four hundred days.
    (capsys is safe across examples: every command's output is read and cleared by ``run``.)"""
    first = date(2020, 1, 1) + timedelta(days=start)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        seed(data_dir, [first + timedelta(days=k) for k in offsets])
        outputs = []
        for written in ("weekdays", "rrule"):
            def rule(chosen: list[int], how: str = written) -> list[str]:
                if how == "weekdays":
                    return ["--weekdays", ",".join(NAMES[d] for d in chosen)]
                return ["--rrule", "FREQ=WEEKLY;BYDAY=" + ",".join(CODES[d] for d in chosen)]

            cli(capsys, data_dir, "schedule", *rule(days))
            if change is not None:
                cli(capsys, data_dir, "schedule", "--from", (first + timedelta(days=change[0])).isoformat(),
                    *rule(change[1]))
            outputs.append(cli(capsys, data_dir, "stats", "--as-of", (first + timedelta(days=as_of)).isoformat(),
                               "--json"))
    assert outputs[0] == outputs[1]
