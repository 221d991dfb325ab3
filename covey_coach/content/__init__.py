"""Content packs (what the app asks and shows) and the choice of questions.

See :mod:`covey_coach.content.pack` for the pack format and the merging rules, and
:mod:`covey_coach.content.rotation` for how questions are chosen.
"""

from covey_coach.content.pack import (
    BUILTIN_PATH,
    FORMAT,
    MIN_QUESTIONS,
    QUESTION_CHANNELS,
    SHIFT_AREAS,
    VERSION,
    ContentError,
    ContentPack,
    HabitContent,
    PrincipleContent,
    Question,
    Sammy,
    Shift,
    Text,
    check_builtin_complete,
    check_pack_file,
    custom_pack_files,
    format_loc,
    load_builtin,
    load_content,
    load_pack_file,
    merge_packs,
    parse_pack,
)
from covey_coach.content.rotation import NO_REPEAT_WINDOW, choose_questions

__all__ = [
    "BUILTIN_PATH", "FORMAT", "MIN_QUESTIONS", "NO_REPEAT_WINDOW", "QUESTION_CHANNELS", "SHIFT_AREAS",
    "VERSION", "ContentError", "ContentPack", "HabitContent", "PrincipleContent", "Question", "Sammy",
    "Shift", "Text", "check_builtin_complete", "check_pack_file", "choose_questions", "custom_pack_files",
    "format_loc", "load_builtin", "load_content", "load_pack_file", "merge_packs", "parse_pack",
]
