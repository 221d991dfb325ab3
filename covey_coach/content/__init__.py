"""Content packs (what the app asks and shows) and the choice of questions.

- :mod:`~covey_coach.content.model`: the pack format and its models (habits, questions, principles, shifts,
  readings);
- :mod:`~covey_coach.content.problems`: :class:`ContentError`, one sentence naming file, line and field;
- :mod:`~covey_coach.content.load`: reading a pack file, the built-in pack and a data folder's packs;
- :mod:`~covey_coach.content.merge`: how a custom pack extends the built-in one;
- :mod:`~covey_coach.content.checks`: the built-in pack's completeness and ``content check FILE``;
- :mod:`~covey_coach.content.rotation`: which questions a reflection asks;
- :mod:`~covey_coach.content.words`: the pack's words in the interface language.
"""

from covey_coach.content.checks import check_builtin_complete, check_pack_file
from covey_coach.content.load import custom_pack_files, load_builtin, load_content, load_pack_file, parse_pack
from covey_coach.content.merge import merge_packs
from covey_coach.content.model import (
    BUILTIN_PATH,
    FORMAT,
    MIN_QUESTIONS,
    QUESTION_CHANNELS,
    QUESTION_STAGES,
    SHIFT_AREAS,
    VERSION,
    ContentPack,
    HabitContent,
    PrincipleContent,
    Question,
    Reading,
    Sammy,
    Shift,
    Text,
)
from covey_coach.content.problems import ContentError
from covey_coach.content.rotation import NO_REPEAT_WINDOW, choose_questions
from covey_coach.errors import format_loc

__all__ = [
    "BUILTIN_PATH", "FORMAT", "MIN_QUESTIONS", "NO_REPEAT_WINDOW", "QUESTION_CHANNELS", "QUESTION_STAGES",
    "SHIFT_AREAS", "VERSION", "ContentError", "ContentPack", "HabitContent", "PrincipleContent", "Question",
    "Reading", "Sammy",
    "Shift", "Text", "check_builtin_complete", "check_pack_file", "choose_questions", "custom_pack_files",
    "format_loc", "load_builtin", "load_content", "load_pack_file", "merge_packs", "parse_pack",
]
