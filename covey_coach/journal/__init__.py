"""One person's journal on disk: where it lives, how it is written, read, backed up and repaired.

``paths`` finds the folder; ``atomic`` and ``storage`` write a file whole or not at all;
``store`` keeps entries and reviews in TinyDB behind one writer lock; ``backups``,
``migrations`` and ``doctor`` keep old states and mend damaged ones; ``settings`` and
``drafts`` are the small files beside the journal; ``query`` filters entries.
"""
