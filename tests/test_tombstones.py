"""Deletes leave a tombstone (journal format 2), so a copy elsewhere can learn of them."""

from __future__ import annotations

from datetime import date, datetime, timezone

import orjson
import pytest

from covey_coach.journal import atomic, backups, migrations
from covey_coach.journal.store import open_store
from tests.test_store import make_entry, snapshot_dir

WHEN = datetime(2026, 11, 23, 19, 5, tzinfo=timezone.utc)


def raw_tables(folder) -> dict:
    return orjson.loads((folder / "journal.json").read_bytes())


def test_a_delete_leaves_a_tombstone_on_disk_and_undo_takes_it_away(tmp_path) -> None:
    kept, gone = make_entry(date(2026, 11, 20)), make_entry(date(2026, 11, 21))
    with open_store(tmp_path) as store:
        store.add_many([kept, gone])
        store.delete(gone.id, deleted_at=WHEN)
    disk = raw_tables(tmp_path)
    assert list(disk["tombstones"].values()) == [{"id": gone.id, "deleted_at": "2026-11-23T19:05:00Z"}]
    assert [doc["id"] for doc in disk["entries"].values()] == [kept.id]
    with open_store(tmp_path) as store:
        [tombstone] = store.tombstones()
        assert (tombstone.id, tombstone.deleted_at) == (gone.id, WHEN)
        assert store.tombstone(kept.id) is None
        store.add(gone)  # undo: the same entry, with its id, is back
        assert store.tombstones() == []
    assert raw_tables(tmp_path)["tombstones"] == {}


def test_deleting_again_after_undo_keeps_one_tombstone_with_the_new_time(tmp_path) -> None:
    entry = make_entry(date(2026, 11, 20))
    later = WHEN.replace(hour=21)
    with open_store(tmp_path) as store:
        store.add(entry)
        store.delete(entry.id, deleted_at=WHEN)
        store.add(entry)
        store.delete(entry.id, deleted_at=later)
        assert [(t.id, t.deleted_at) for t in store.tombstones()] == [(entry.id, later)]


def test_a_failed_delete_changes_neither_entries_nor_tombstones(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = make_entry(date(2026, 11, 20))
    with open_store(tmp_path) as store:
        store.add(entry)
        before = snapshot_dir(tmp_path)

        def full_disk(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic.os, "fsync", full_disk)
        with pytest.raises(OSError):
            store.delete(entry.id)
        monkeypatch.undo()
        assert snapshot_dir(tmp_path) == before, "the delete and its tombstone are one write, or none"
        assert store.get(entry.id) == entry and store.tombstones() == []
        store.delete(entry.id, deleted_at=WHEN)  # the in-memory journal matches the disk: it works now
    disk = raw_tables(tmp_path)
    assert disk["entries"] == {} and len(disk["tombstones"]) == 1


def test_a_version_1_journal_is_migrated_to_2_after_a_backup(tmp_path) -> None:
    entry = make_entry(date(2026, 11, 20))
    v1 = {"meta": {"1": {"journal_version": 1}}, "entries": {"1": entry.model_dump(mode="json")}, "reviews": {}}
    original = orjson.dumps(v1)
    (tmp_path / "journal.json").write_bytes(original)
    with open_store(tmp_path, readonly=True) as store:  # a reader sees version 2 and writes nothing
        assert store.entries() == [entry] and store.tombstones() == []
    assert (tmp_path / "journal.json").read_bytes() == original and not (tmp_path / "backups").exists()

    with open_store(tmp_path) as store:
        assert store.entries() == [entry]
        store.delete(entry.id, deleted_at=WHEN)
    disk = raw_tables(tmp_path)
    assert migrations.journal_version(disk) == 2 == migrations.JOURNAL_VERSION
    assert list(disk["tombstones"].values()) == [{"id": entry.id, "deleted_at": "2026-11-23T19:05:00Z"}]
    [backup] = [b for b in backups.list_backups(tmp_path / "journal.json") if b.kind == "migration"]
    assert backup.name.startswith("journal-before-v1-migration-")
    assert backup.path.read_bytes() == original, "the backup is the version 1 file as it was"


def test_the_migration_step_keeps_every_table_and_only_adds_tombstones() -> None:
    v1 = {"meta": {"1": {"journal_version": 1}}, "entries": {"1": {"id": "a"}}, "reviews": {"1": {"week": "x"}}}
    migrated, old = migrations.migrate(v1)
    assert old == 1
    assert migrated == {**v1, "meta": {"1": {"journal_version": 2}}, "tombstones": {}}
    assert v1["meta"] == {"1": {"journal_version": 1}}, "the step works on a copy"


def test_delete_and_undo_each_reach_the_disk_in_one_write(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from covey_coach.journal import storage

    entry = make_entry(date(2026, 11, 20))
    writes: list[dict] = []
    real = storage.atomic_write_bytes

    def counted(path, data: bytes) -> None:
        if path.name == "journal.json":
            writes.append(orjson.loads(data))
        real(path, data)

    monkeypatch.setattr(storage, "atomic_write_bytes", counted)
    with open_store(tmp_path) as store:
        store.add(entry)
        writes.clear()
        store.delete(entry.id, deleted_at=WHEN)
        assert len(writes) == 1, "a crash between two writes would lose the entry without a tombstone"
        assert writes[0]["entries"] == {} and len(writes[0]["tombstones"]) == 1
        writes.clear()
        store.add(entry)
        assert len(writes) == 1 and writes[0]["tombstones"] == {} and len(writes[0]["entries"]) == 1
