from __future__ import annotations

from datetime import date
from pathlib import Path

from covey_coach.progress.schedule import Schedule
from covey_coach.journal.settings import HabitTarget, Settings
from covey_coach.progress.cache import StatsCache
from covey_coach.journal.store import open_store
from tests.test_store import make_entry

DAY = date(2026, 11, 23)


def test_cached_figures_follow_entries_and_settings(tmp_path: Path) -> None:
    cache, settings = StatsCache(), Settings()
    with open_store(tmp_path) as store:
        store.add(make_entry(date(2026, 11, 22), habit=2))
        first = cache.get(store, settings, DAY)
        assert cache.get(store, settings, DAY) is first, "asked twice, computed once"
        store.add(make_entry(DAY, habit=2))
        second = cache.get(store, settings, DAY)
        assert second is not first and second.total_entries == 2, "a new entry is seen"
        weekdays = settings.model_copy(update={"schedule": Schedule(weekdays=[0, 1, 2, 3, 4])})
        assert cache.get(store, weekdays, DAY).scheduled_days != second.scheduled_days
        daily = settings.model_copy(update={"targets": {2: HabitTarget(times=1, days=1)}})
        assert cache.get(store, daily, DAY).habits[2].target == (1, 1)
        assert cache.get(store, settings, date(2026, 11, 22)).total_entries == 1
