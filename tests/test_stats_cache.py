from __future__ import annotations

import gc
from datetime import date, timedelta
from pathlib import Path

from covey_coach.exchange.export_source import ExportSource
from covey_coach.journal.service import Journal
from covey_coach.journal.settings import HabitTarget, Settings
from covey_coach.progress.cache import StatsCache
from covey_coach.progress.schedule import Schedule
from tests.test_store import make_entry

DAY = date(2026, 11, 23)


def test_cached_figures_follow_entries_and_settings(tmp_path: Path) -> None:
    cache = StatsCache()
    with Journal.open(tmp_path) as journal:
        journal.save_reflection(make_entry(date(2026, 11, 22), habit=2), created=True)
        first = cache.get(journal, DAY)
        assert cache.get(journal, DAY) is first, "asked twice, computed once"
        journal.save_reflection(make_entry(DAY, habit=2), created=True)
        second = cache.get(journal, DAY)
        assert second is not first and second.total_entries == 2, "a new entry is seen"
        journal.settings = journal.settings.model_copy(update={"schedule": Schedule(weekdays=[0, 1, 2, 3, 4])})
        assert cache.get(journal, DAY).scheduled_days != second.scheduled_days, "a schedule set in memory too"
        journal.save_settings(journal.settings.model_copy(update={"targets": {2: HabitTarget(times=1, days=1)}}))
        assert cache.get(journal, DAY).habits[2].target == (1, 1)
        assert cache.get(journal, date(2026, 11, 22)).total_entries == 1


def export_of(entries: list, settings: Settings | None = None) -> ExportSource:
    return ExportSource(label="Sanne", entries=entries, reviews=[], settings=settings or Settings())


def test_two_sources_never_share_figures_even_with_the_same_revision() -> None:
    cache = StatsCache()
    one = export_of([make_entry(date(2026, 11, 22))])
    two = export_of([make_entry(date(2026, 11, 22)), make_entry(DAY)])
    assert one.revision == two.revision
    assert cache.get(one, DAY).total_entries == 1
    assert cache.get(two, DAY).total_entries == 2
    assert cache.get(one, DAY).total_entries == 1


def test_a_source_that_is_gone_leaves_no_token_for_the_next_one() -> None:
    cache = StatsCache()
    first = export_of([make_entry(DAY)])
    assert cache.get(first, DAY).total_entries == 1
    del first
    gc.collect()
    for _ in range(20):  # whatever address the next source gets, it is a source of its own
        other = export_of([])
        assert cache.get(other, DAY).total_entries == 0
        del other
        gc.collect()


def test_an_export_uses_its_own_schedule_and_targets() -> None:
    cache = StatsCache()
    entries = [make_entry(date(2026, 11, 16) + timedelta(days=d), habit=3) for d in range(5)]
    everyday = export_of(entries)
    weekdays = export_of(entries, Settings(schedule=Schedule(weekdays=[0, 1, 2, 3, 4]),
                                           targets={3: HabitTarget(times=5, days=7)}))
    loose, strict = cache.get(everyday, DAY), cache.get(weekdays, DAY)
    assert loose.current_streak == 0, "every day scheduled: Saturday and Sunday without a reflection break it"
    assert strict.current_streak == 5, "Mon-Fri: the weekend passes over"
    assert strict.habits[3].target == (5, 7) and loose.habits[3].target == (1, 7)


def test_forget_on_change_drops_the_figures_of_a_changed_journal(tmp_path: Path) -> None:
    cache = StatsCache()
    with Journal.open(tmp_path) as journal:
        journal.subscribe(cache.forget_on_change(journal))
        journal.save_reflection(make_entry(DAY), created=True)
        cache.get(journal, DAY)
        assert len(cache._items) == 1  # noqa: SLF001
        journal.save_reflection(make_entry(DAY, habit=1), created=True)
        assert len(cache._items) == 0, "the old figures are dropped at once, not only by age"  # noqa: SLF001
