"""The shared YAML loader, used as a later format would use it: a model it has never seen
(here a classroom session plan) gets the same "file, line, field: problem" sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from covey_coach.errors import CoveyError, Problem
from covey_coach.i18n import Translator
from covey_coach.yaml_file import YamlFileError, load_yaml_model, read_yaml, read_yaml_text

NL = Translator("nl")


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str
    minutes: int = Field(ge=1, le=240)
    kind: Literal["talk", "exercise", "break"] = "talk"


class SessionPlan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["covey-coach-session"]
    version: int = Field(ge=1, le=1)
    title: str
    steps: list[Step]


GOOD = """\
format: covey-coach-session
version: 1
title: Habit 5 at the front desk
steps:
  - title: Warm-up
    minutes: 10
  - title: Role play
    minutes: 25
    kind: exercise
"""


def _refused(text: str, name: str = "plans/week1.yaml", **options: object) -> YamlFileError:
    with pytest.raises(YamlFileError) as caught:
        load_yaml_model(text, name, SessionPlan, **options)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, CoveyError)  # one family: the CLI's handler shows it and exits 1
    return error


def test_a_good_file_gives_the_model() -> None:
    plan = load_yaml_model(GOOD, "plans/week1.yaml", SessionPlan)
    assert plan.title == "Habit 5 at the front desk" and [s.minutes for s in plan.steps] == [10, 25]


def test_a_mistake_names_file_line_and_field_in_both_languages() -> None:
    error = _refused(GOOD.replace("minutes: 25", "minutes: 0"))
    assert str(error) == "plans/week1.yaml, line 8: steps[1].minutes must be at least 1."
    assert error.render(NL) == "plans/week1.yaml, regel 8: steps[1].minutes moet minstens 1 zijn."
    assert (error.path, error.line, error.field) == ("plans/week1.yaml", 8, "steps[1].minutes")


def test_the_earliest_line_is_told_and_format_first_when_asked() -> None:
    text = GOOD.replace("format: covey-coach-session", "format: other").replace("minutes: 10", "minutes: ten")
    assert _refused(text).line == 1  # format is on the first line anyway
    late_version = "title: x\nsteps: []\nformat: covey-coach-session\nversion: 2\n"
    assert _refused(late_version).field == "version"
    text = "steps: [{title: a, minutes: 0}]\ntitle: x\nformat: covey-coach-session\nversion: 9\n"
    assert _refused(text).field == "steps[0].minutes"
    assert _refused(text, first=("version",)).field == "version"


def test_yaml_words_for_yaml_mistakes() -> None:
    assert str(_refused(GOOD.replace("title: Warm-up", "title: 12"))).endswith(
        "line 5: steps[0].title must be text; put it in quotes.")
    assert "steps must be a list (lines starting with '- ')" in str(_refused(
        "format: covey-coach-session\nversion: 1\ntitle: x\nsteps: none\n"))
    assert "steps[0].kind must be one of 'talk', 'exercise' or 'break', not 'lunch'" in str(
        _refused(GOOD.replace("    minutes: 10", "    minutes: 10\n    kind: lunch")))
    unknown = _refused(GOOD.replace("    kind: exercise", "    knd: exercise"))
    assert str(unknown) == "plans/week1.yaml, line 9: steps[1].knd is not a known field."
    assert unknown.render(NL) == "plans/week1.yaml, regel 9: steps[1].knd is geen bekend veld."


def test_file_level_mistakes(tmp_path: Path) -> None:
    assert str(_refused("")) == "plans/week1.yaml, line 1: the file is empty."
    assert str(_refused("- a\n- b\n")).endswith("the top level must be a mapping of fields (name: value).")
    broken = _refused("format: [unclosed\n")
    assert broken.line is not None and "this is not valid YAML (" in str(broken)
    assert "dit is geen geldige YAML (" in broken.render(NL)
    twice = _refused(GOOD + "title: again\n")
    assert str(twice) == "plans/week1.yaml, line 10: title appears twice in the same mapping."
    with pytest.raises(YamlFileError, match=r"nowhere\.yaml: cannot be read"):
        read_yaml_text(tmp_path / "nowhere.yaml")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(YamlFileError) as caught:
        read_yaml_text(binary)
    assert caught.value.render(NL) == f"{binary}: is geen UTF-8-tekst."


class PlanError(YamlFileError):
    """What a classroom module would raise, so its callers can tell its files apart."""


def test_a_format_gets_its_own_error_class_and_can_check_more_with_the_lines() -> None:
    assert isinstance(_refused("", error_type=PlanError), PlanError)
    document = read_yaml(GOOD, "plans/week1.yaml", error_type=PlanError)
    plan = document.validate(SessionPlan)
    # A check the model cannot make (no step over 20 minutes, say) still names the line of the step.
    [(index, step)] = [(i, s) for i, s in enumerate(plan.steps) if s.minutes > 20]
    error = document.source.error(("steps", index, "minutes"), Problem("errors.validation.at_most", {"limit": 20}))
    assert isinstance(error, PlanError)
    assert str(error) == "plans/week1.yaml, line 8: steps[1].minutes must be at most 20."
