"""Modal dialogs, each typed by its result."""

from screens.dialogs.confirm import ConfirmDialog
from screens.dialogs.draft import DraftDialog
from screens.dialogs.keys import KeysDialog

__all__ = ["ConfirmDialog", "DraftDialog", "KeysDialog"]
