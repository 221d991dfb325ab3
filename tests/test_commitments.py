"""Commitments and their follow-up as of T (CONTRACT "Commitment follow-up in stats --json")."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from covey_coach.models import FOLLOWUP_ANSWER_ID, Answer, Entry, Followup
from covey_coach.progress.stats import CommitmentStats, commitment_stats, compute_stats

START = date(2026, 11, 2)
ZONE = timezone(timedelta(hours=1))


def entry(n: int, back: int, commitment: str = "", followup: Followup | None = None,
          old_answer: str = "") -> Entry:
    day = START + timedelta(days=back)
    answers = [Answer(question_id=FOLLOWUP_ANSWER_ID, question="How did it go?", answer=old_answer)] if old_answer else []
    return Entry(id=f"e{n}", created_at=datetime.combine(day, time(18, n % 60), tzinfo=ZONE), day=day, habit=1,
                 encounter="x", rating=3, commitment=commitment, followup=followup, answers=answers)


def test_made_counts_commitments_up_to_t_and_follow_ups_count_by_outcome() -> None:
    entries = [
        entry(1, 0, "When a guest waits, I will greet them."),
        entry(2, 1, "When a caller is angry, I will name it.", Followup(entry="e1", outcome="kept")),
        entry(3, 2, "", Followup(entry="e2", outcome="partly")),
        entry(4, 3, "When the queue grows, I will look up."),
        entry(5, 4, "   "),  # white space is no commitment
    ]
    c = compute_stats(entries, None, START + timedelta(days=4)).commitments
    assert c == CommitmentStats(made=3, followed_up=2, kept=1, partly=1, not_kept=0)
    assert c.kept_rate == 0.5
    assert compute_stats(entries, None, START + timedelta(days=4)).to_json()["commitments"] == {
        "made": 3, "followed_up": 2, "kept": 1, "partly": 1, "not_kept": 0}


def test_a_follow_up_dated_after_t_does_not_count_nor_a_commitment_after_t() -> None:
    entries = [entry(1, 0, "plan a"), entry(2, 5, "plan b", Followup(entry="e1", outcome="not_kept"))]
    assert commitment_stats(entries, START + timedelta(days=4)) == CommitmentStats(made=1)
    assert commitment_stats(entries, START + timedelta(days=5)) == CommitmentStats(2, 1, 0, 0, 1)


def test_an_outcome_less_follow_up_and_an_old_answer_count_as_followed_up_only() -> None:
    entries = [
        entry(1, 0, "plan a"),
        entry(2, 1, "plan b", Followup(entry="e1")),  # a line written, no outcome chosen
        entry(3, 2, "plan c", old_answer="I tried, it helped."),  # before outcomes existed: follows up plan b
    ]
    c = commitment_stats(entries, START + timedelta(days=9))
    assert c == CommitmentStats(made=3, followed_up=2)
    assert c.kept_rate is None


def test_an_old_answer_follows_up_the_newest_commitment_of_an_earlier_day() -> None:
    entries = [entry(1, 0, "plan a"), entry(2, 1, "plan b"), entry(3, 3, "plan c"),
               entry(4, 3, "", old_answer="went well")]  # day 3: plan c is the same day, so plan b
    assert commitment_stats(entries, START + timedelta(days=3)).followed_up == 1
    only_same_day = [entry(3, 3, "plan c"), entry(4, 3, "", old_answer="went well")]
    assert commitment_stats(only_same_day, START + timedelta(days=3)).followed_up == 0
    empty_answer = [entry(1, 0, "plan a"), entry(4, 3, "", old_answer=" ")]
    assert commitment_stats(empty_answer, START + timedelta(days=3)).followed_up == 0


def test_each_commitment_counts_once_by_the_newest_follow_up_that_chose_an_outcome() -> None:
    entries = [
        entry(1, 0, "plan a"),
        entry(2, 1, "", Followup(entry="e1", outcome="not_kept")),
        entry(3, 1, "", Followup(entry="e1", outcome="kept")),  # later the same day
        entry(4, 2, "", Followup(entry="e1")),  # no outcome: the last one chosen stays
    ]
    assert commitment_stats(entries, START + timedelta(days=2)) == CommitmentStats(1, 1, 1, 0, 0)
    assert commitment_stats(entries[:2], START + timedelta(days=2)) == CommitmentStats(1, 1, 0, 0, 1)


def test_a_follow_up_of_no_known_earlier_commitment_is_not_counted() -> None:
    entries = [
        entry(1, 0, "plan a", Followup(entry="e1", outcome="kept")),  # itself
        entry(2, 1, "", Followup(entry="gone", outcome="kept")),  # deleted since
        entry(3, 2, "", Followup(entry="e4", outcome="kept")),  # a later plan
        entry(4, 3, "plan d"),
        entry(5, 4, "", Followup(entry="e6", outcome="kept")),  # no commitment there
        entry(6, 1, ""),
    ]
    assert commitment_stats(entries, START + timedelta(days=9)) == CommitmentStats(made=2)


def test_made_from_and_to_keep_only_those_days_commitments_with_follow_ups_up_to_t() -> None:
    entries = [entry(1, 0, "a"), entry(2, 7, "b", Followup(entry="e1", outcome="kept")),
               entry(3, 8, "", Followup(entry="e2", outcome="partly"))]
    week = commitment_stats(entries, START + timedelta(days=9), made_from=START + timedelta(days=7),
                            made_to=START + timedelta(days=13))
    assert week == CommitmentStats(made=1, followed_up=1, kept=0, partly=1, not_kept=0)


def test_entries_without_commitment_fields_have_no_commitments() -> None:
    class Bare:
        def __init__(self, day: date) -> None:
            self.day, self.habit, self.rating = day, 1, 3

    assert compute_stats([Bare(START)], None, START).commitments == CommitmentStats()


# -- properties ---------------------------------------------------------------------------

OUTCOMES = st.sampled_from([None, "kept", "partly", "not_kept"])


@st.composite
def journals(draw: st.DrawFn) -> list[Entry]:
    """Up to 25 reflections over 40 days; each may commit, and each may follow up an earlier one."""
    count = draw(st.integers(0, 25))
    backs = sorted(draw(st.lists(st.integers(0, 40), min_size=count, max_size=count)))
    out: list[Entry] = []
    for n, back in enumerate(backs):
        earlier = [e for e in out if e.commitment and e.day < START + timedelta(days=back)]
        followup = None
        if earlier and draw(st.booleans()):
            followup = Followup(entry=draw(st.sampled_from(earlier)).id, outcome=draw(OUTCOMES))
        out.append(entry(n, back, draw(st.sampled_from(["", "a plan"])), followup))
    return out


def reference(entries: list[Entry], as_of: date) -> dict[str, int]:
    """CONTRACT's definition, spelled out the slow way."""
    made = {e.id: e for e in entries if e.day <= as_of and e.commitment.strip()}
    result = {"made": len(made), "followed_up": 0, "kept": 0, "partly": 0, "not_kept": 0}
    for cid, planned in made.items():
        ups = sorted((e for e in entries if e.day <= as_of and e.followup and e.followup.entry == cid
                      and (e.day, e.created_at) > (planned.day, planned.created_at)),
                     key=lambda e: (e.day, e.created_at))
        if ups:
            result["followed_up"] += 1
        chosen = [e.followup.outcome for e in ups if e.followup.outcome]
        if chosen:
            result[chosen[-1]] += 1
    return result


@settings(max_examples=150, deadline=None)
@given(journals(), st.integers(0, 45))
def test_the_figures_follow_the_definition(entries: list[Entry], back: int) -> None:
    as_of = START + timedelta(days=back)
    c = commitment_stats(entries, as_of)
    assert c.to_json() == reference(entries, as_of)
    assert c.kept + c.partly + c.not_kept <= c.followed_up <= c.made


@settings(max_examples=100, deadline=None)
@given(journals(), st.integers(0, 45), st.integers(1, 10))
def test_later_entries_change_nothing_and_a_later_t_never_counts_fewer(entries: list[Entry], back: int,
                                                                      more: int) -> None:
    as_of = START + timedelta(days=back)
    kept = [e for e in entries if e.day <= as_of]
    now, later = commitment_stats(entries, as_of), commitment_stats(entries, as_of + timedelta(days=more))
    assert commitment_stats(kept, as_of) == now
    assert later.made >= now.made and later.followed_up >= now.followed_up
    assert later.answered >= now.answered
