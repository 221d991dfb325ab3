"""The Journal service: every change in one place, one lock, one on-change hook."""

from __future__ import annotations

import threading
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from covey_coach.errors import InputError, JournalLocked
from covey_coach.journal import atomic
from covey_coach.journal.service import (EntryDeleted, EntryRestored, Journal, ReflectionSaved, ReviewSaved,
                                         SettingsSaved)
from covey_coach.journal.settings import Settings, load_settings
from covey_coach.journal.source import JournalSource
from covey_coach.journal.store import open_store
from covey_coach.models import WeeklyReview
from covey_coach.progress.schedule import Schedule, as_history
from tests.test_store import make_entry, snapshot_dir

DAY = date(2026, 11, 20)


def review(habit: int = 5) -> WeeklyReview:
    return WeeklyReview(week="2026-W48", created_at=datetime(2026, 11, 23, 8, tzinfo=timezone.utc),
                        focus_habit=habit)


def test_it_is_a_journal_source_with_the_settings_figures_need(tmp_path: Path) -> None:
    settings = Settings(schedule=Schedule(weekdays=[0, 1]), day_start_hour=6, targets={3: {"times": 2, "days": 7}})
    with Journal.open(tmp_path, settings=settings) as journal:
        assert isinstance(journal, JournalSource)
        assert journal.schedule == as_history(Schedule(weekdays=[0, 1])) and journal.day_start_hour == 6
        assert journal.targets[3] == (2, 7) and journal.targets[1] == (1, 7) and len(journal.targets) == 7
        assert journal.label == str(tmp_path / "journal.json")
    with Journal.open(tmp_path, "anna") as journal:
        assert journal.label == "anna"


def test_every_change_is_told_once_after_it_is_on_disk(tmp_path: Path) -> None:
    heard: list[object] = []
    on_disk: list[int] = []

    def listener(change: object) -> None:
        heard.append(change)
        with open_store(tmp_path, readonly=True) as store:  # what the listener sees is already saved
            on_disk.append(len(store))

    entry = make_entry(DAY)
    with Journal.open(tmp_path) as journal:
        stop = journal.subscribe(listener)
        revisions = [journal.revision]
        stored = journal.save_reflection(entry, created=True)
        revisions.append(journal.revision)
        edited = journal.edit(stored.model_copy(update={"rating": 2}))
        revisions.append(journal.revision)
        removed = journal.delete(entry.id)
        revisions.append(journal.revision)
        journal.undo_delete(removed)
        revisions.append(journal.revision)
        journal.save_review(review())
        revisions.append(journal.revision)
        journal.save_settings(Settings(day_start_hour=5))
        revisions.append(journal.revision)
        stop()
        journal.save_review(review(habit=2))
    assert [type(c) for c in heard] == [ReflectionSaved, ReflectionSaved, EntryDeleted, EntryRestored, ReviewSaved,
                                        SettingsSaved]
    assert heard[0] == ReflectionSaved(stored, created=True) and heard[1] == ReflectionSaved(edited, created=False)
    assert isinstance(heard[2], EntryDeleted) and heard[2].entry == edited and heard[2].tombstone.id == entry.id
    assert on_disk == [1, 1, 0, 1, 1, 1]
    assert revisions == sorted(set(revisions)), "the revision goes up with every change"
    assert load_settings(journal.paths).day_start_hour == 5


def test_saving_a_reflection_clears_its_draft_unless_the_draft_is_another_ones(tmp_path: Path) -> None:
    with Journal.open(tmp_path) as journal:
        journal.save_draft({"encounter": "a guest"}, 1)
        journal.save_reflection(make_entry(DAY), created=True, clear_draft=False)
        assert journal.load_draft() is not None, "an edit's save leaves the other reflection's draft"
        journal.save_reflection(make_entry(DAY, habit=1), created=True)
        assert journal.load_draft() is None and len(journal.entries()) == 2


def test_a_draft_is_not_written_once_the_reflection_is_finished(tmp_path: Path) -> None:
    with Journal.open(tmp_path) as journal:
        assert journal.save_draft({"encounter": "x"}, 0, unless=lambda: True) is False
        assert journal.load_draft() is None
        assert journal.save_draft({"encounter": "x"}, 0, unless=lambda: False) is True
        assert journal.clear_draft(unless=lambda: True) is False and journal.load_draft() is not None


def test_a_draft_that_cannot_be_cleared_does_not_fail_the_saved_reflection(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from covey_coach.journal import drafts

    def stuck(paths) -> None:
        raise PermissionError(13, "Permission denied")

    with Journal.open(tmp_path) as journal:
        journal.save_draft({"encounter": "x"}, 0)
        monkeypatch.setattr(drafts, "clear_draft", stuck)
        journal.save_reflection(make_entry(DAY), created=True)  # no exception: the entry is safe
        assert len(journal.entries()) == 1


def test_a_failed_change_is_not_told_and_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    heard: list[object] = []
    with Journal.open(tmp_path) as journal:
        journal.save_reflection(make_entry(DAY), created=True)
        journal.subscribe(heard.append)
        before, revision = snapshot_dir(tmp_path), journal.revision

        def full_disk(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic.os, "fsync", full_disk)
        for change in (lambda: journal.save_reflection(make_entry(DAY, habit=2), created=True),
                       lambda: journal.delete(journal.entries()[0].id),
                       lambda: journal.save_review(review()),
                       lambda: journal.save_settings(Settings(day_start_hour=7))):
            with pytest.raises(OSError):
                change()
        monkeypatch.undo()
        assert heard == [] and snapshot_dir(tmp_path) == before and journal.revision == revision
        assert journal.settings.day_start_hour != 7, "settings that were not written are not the journal's"


def test_a_change_to_an_entry_that_is_gone_says_so(tmp_path: Path) -> None:
    with Journal.open(tmp_path) as journal:
        with pytest.raises(InputError) as caught:
            journal.delete("nope")
        assert "no longer in the journal" in str(caught.value)
        with pytest.raises(InputError):
            journal.edit(make_entry(DAY))


def test_a_failing_listener_does_not_turn_a_saved_change_into_a_failure(tmp_path: Path) -> None:
    heard: list[object] = []

    def broken(change: object) -> None:
        raise RuntimeError("a bug in a listener")

    with Journal.open(tmp_path) as journal:
        journal.subscribe(broken)
        journal.subscribe(heard.append)
        journal.save_reflection(make_entry(DAY), created=True)
    assert len(heard) == 1, "the next listener still hears of it"


def test_it_holds_the_writer_lock_until_closed(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path)
    with pytest.raises(JournalLocked):
        open_store(tmp_path)
    journal.close()
    open_store(tmp_path).close()


def test_changes_from_many_threads_are_all_kept(tmp_path: Path) -> None:
    with Journal.open(tmp_path) as journal:
        def write(habit: int) -> None:
            for day in range(1, 6):
                journal.save_reflection(make_entry(date(2026, 11, day), habit=habit), created=True)

        threads = [threading.Thread(target=write, args=(habit,)) for habit in range(1, 8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(journal.entries()) == 35
    with open_store(tmp_path, readonly=True) as store:
        assert len(store) == 35


def test_an_import_is_one_change_and_adds_nothing_twice(tmp_path: Path) -> None:
    from covey_coach.journal.service import EntriesImported
    from covey_coach.models import Entry

    entries = [Entry(id=f"imp-{n}", created_at="2026-11-20T18:00:00+01:00", day="2026-11-20", habit=2, rating=3,
                     encounter=f"guest {n}") for n in range(3)]
    heard: list[object] = []
    with Journal.open(tmp_path) as journal:
        journal.subscribe(heard.append)
        assert journal.import_entries(entries) == 3
        assert journal.import_entries(entries) == 0
        assert [e.id for e in journal.entries()] == ["imp-0", "imp-1", "imp-2"]
    assert heard == [EntriesImported(3)], "a second import that adds nothing is no change"
