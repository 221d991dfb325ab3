"""The journal store: atomic writes, one writer, damaged files kept, backups, migrations."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest

from covey_coach.journal import atomic, backups, migrations
from covey_coach.errors import JournalDamaged, JournalLocked, JournalTooNew
from covey_coach.models import Answer, Entry
from covey_coach.journal.paths import journal_paths
from covey_coach.journal.store import open_store

UTC = timezone.utc


def make_entry(day: date, habit: int = 5, rating: int = 4, **extra: object) -> Entry:
    return Entry(created_at=datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=18),
                 day=day, habit=habit, rating=rating, encounter=f"guest on {day}", **extra)


def snapshot_dir(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes: to prove nothing was written."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_entry_round_trips_through_the_file_with_every_field(tmp_path: Path) -> None:
    entry = make_entry(date(2026, 11, 20), channel="phone", energy=2, principles=["worry", "recovery"],
                       sammy=True, commitment="call back before noon", tags=["late"], private=True,
                       answers=[Answer(question_id="q1", question="What did they need?", answer="a taxi")])
    with open_store(tmp_path) as store:
        store.add(entry)
    with open_store(tmp_path, readonly=True) as store:
        assert store.entries() == [entry]


def test_write_is_atomic_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path) as store:
        store.add(make_entry(date(2026, 11, 20)))
        before = (tmp_path / "journal.json").read_bytes()

        def broken_fsync(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
        with pytest.raises(OSError):
            store.add(make_entry(date(2026, 11, 21)))
        monkeypatch.undo()
        assert (tmp_path / "journal.json").read_bytes() == before
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")], "temporary file left behind"
        # The in-memory journal went back to what is on disk, so the next save is consistent.
        store.add(make_entry(date(2026, 11, 22)))
    with open_store(tmp_path, readonly=True) as store:
        assert [e.day.day for e in store.entries()] == [20, 22]


def test_files_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.add(make_entry(date(2026, 11, 20)))
    mode = stat.S_IMODE((tmp_path / "journal.json").stat().st_mode)
    assert mode == 0o600


def test_a_second_process_gets_a_clear_sentence_while_the_journal_is_open(tmp_path: Path) -> None:
    holder = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from covey_coach.journal.store import open_store
        store = open_store(Path({str(tmp_path)!r}))
        print("ready", flush=True)
        sys.stdin.readline()
        store.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        with pytest.raises(JournalLocked) as caught:
            open_store(tmp_path)
        assert "open in another Covey Coach" in str(caught.value)
        # Reading is still possible: the file is only ever replaced whole.
        with open_store(tmp_path, readonly=True) as store:
            assert len(store) == 0
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=20)
    with open_store(tmp_path) as store:  # released when the other process closes
        store.add(make_entry(date(2026, 11, 20)))


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[1, 2, 3]", b'{"entries": {"1": {"habit": 9}}}', b'{"entries": "x"}'],
    ids=["empty", "truncated", "wrong-shape", "bad-entry", "bad-table"],
)
def test_a_damaged_journal_is_refused_and_never_written_over(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "journal.json").write_bytes(content)
    before = snapshot_dir(tmp_path)
    with pytest.raises(JournalDamaged) as caught:
        open_store(tmp_path)
    assert "covey-coach doctor" in str(caught.value)
    with pytest.raises(JournalDamaged):
        open_store(tmp_path, readonly=True)
    assert snapshot_dir(tmp_path) == before


def test_a_journal_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    tables = migrations.empty_journal()
    tables["meta"]["1"]["journal_version"] = migrations.JOURNAL_VERSION + 1
    (tmp_path / "journal.json").write_bytes(orjson.dumps(tables))
    before = snapshot_dir(tmp_path)
    with pytest.raises(JournalTooNew):
        open_store(tmp_path)
    assert snapshot_dir(tmp_path) == before


def test_migration_from_a_bare_tinydb_file_backs_up_first(tmp_path: Path) -> None:
    legacy = {"entries": {"1": {"day": "2026-11-20", "habit": 3, "rating": 2, "encounter": "queue at check-in"}}}
    original = orjson.dumps(legacy)
    (tmp_path / "journal.json").write_bytes(original)
    with open_store(tmp_path) as store:
        [entry] = store.entries()
        assert (entry.day, entry.habit, entry.rating) == (date(2026, 11, 20), 3, 2)
        assert entry.id and entry.created_at.tzinfo is not None
    saved = orjson.loads((tmp_path / "journal.json").read_bytes())
    assert migrations.journal_version(saved) == migrations.JOURNAL_VERSION
    kept = [b for b in backups.list_backups(tmp_path / "journal.json") if b.kind == "migration"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == original
    # Opening again is not a second migration: the id stays the same.
    with open_store(tmp_path, readonly=True) as store:
        assert store.entries()[0].id == entry.id


def test_one_backup_a_day_of_the_state_before_that_days_first_write(tmp_path: Path) -> None:
    day = [date(2026, 11, 1)]
    with open_store(tmp_path, today=lambda: day[0]) as store:
        store.add(make_entry(date(2026, 11, 1)))  # no journal yet: nothing to back up
        assert backups.list_backups(store.paths.journal) == []
        day[0] = date(2026, 11, 2)
        store.add(make_entry(date(2026, 11, 2)))
        store.add(make_entry(date(2026, 11, 2), habit=1))
    made = backups.list_backups(tmp_path / "journal.json")
    assert [b.name for b in made] == ["journal-2026-11-02.json"]
    content = orjson.loads(made[0].path.read_bytes())
    assert len(content["entries"]) == 1, "the backup holds the journal as it was before the day's first write"


def test_daily_backups_rotate_keeping_the_last_fourteen(tmp_path: Path) -> None:
    day = [date(2026, 10, 1)]
    with open_store(tmp_path, today=lambda: day[0]) as store:
        for i in range(20):
            day[0] = date(2026, 10, 1) + timedelta(days=i)
            store.add(make_entry(day[0]))
    names = sorted(b.name for b in backups.list_backups(tmp_path / "journal.json"))
    assert len(names) == backups.KEEP_DAILY
    assert names[0] == "journal-2026-10-07.json" and names[-1] == "journal-2026-10-20.json"


def test_update_delete_and_reviews_persist(tmp_path: Path) -> None:
    first, second = make_entry(date(2026, 11, 20)), make_entry(date(2026, 11, 21))
    with open_store(tmp_path) as store:
        store.add_many([first, second])
        store.update(first.model_copy(update={"rating": 1}))
        store.delete(second.id)
        assert store.add_many([first, second]) == 1, "an id already present is not added twice"
    with open_store(tmp_path, readonly=True) as store:
        assert {e.id: e.rating for e in store.entries()} == {first.id: 1, second.id: 4}
        assert store.get(first.id).updated_at is not None  # type: ignore[union-attr]


def test_profiles_are_separate_journals(tmp_path: Path) -> None:
    with open_store(tmp_path, "anna") as store:
        store.add(make_entry(date(2026, 11, 20)))
    with open_store(tmp_path) as store:
        assert len(store) == 0
    assert journal_paths(tmp_path, "anna").journal.exists()


def test_a_read_only_open_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "nothing-here"
    with open_store(target, readonly=True) as store:
        assert store.entries() == []
    assert not target.exists()


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "f.json"
    atomic.atomic_write_bytes(path, b"one")
    atomic.atomic_write_bytes(path, b"two")
    assert path.read_bytes() == b"two"
    assert os.listdir(path.parent) == ["f.json"]


def test_entries_follow_every_change_while_open(tmp_path: Path) -> None:
    first, second = make_entry(date(2026, 11, 21)), make_entry(date(2026, 11, 20))
    with open_store(tmp_path) as store:
        store.add(first)
        assert [e.id for e in store.entries()] == [first.id]
        store.add(second)
        assert [e.id for e in store.entries()] == [second.id, first.id], "oldest first"
        store.update(first.model_copy(update={"day": date(2026, 11, 19)}))
        assert [e.id for e in store.entries()] == [first.id, second.id]
        store.entries().clear()  # a caller's list is its own
        store.delete(second.id)
        assert [e.id for e in store.entries()] == [first.id]


def test_a_failed_daily_backup_leaves_nothing_in_memory_for_the_next_save(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The day's backup comes before the day's first write; when it fails, so does the change."""
    day = [date(2026, 11, 20)]
    first, lost, next_one = (make_entry(date(2026, 11, d)) for d in (20, 21, 22))
    with open_store(tmp_path, today=lambda: day[0]) as store:
        store.add(first)
        day[0] = date(2026, 11, 21)  # a new day: the next write first copies the journal to backups/
        real = backups.copy_atomic

        def no_room(source: Path, target: Path) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(backups, "copy_atomic", no_room)
        with pytest.raises(OSError):
            store.add(lost)
        monkeypatch.setattr(backups, "copy_atomic", real)
        store.add(next_one)
    with open_store(tmp_path, readonly=True) as store:
        assert [e.id for e in store.entries()] == [first.id, next_one.id], "the failed entry never lands"
