"""A believable ten-year journal for benchmarks: ~3,500 reflections with answers and commitments."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from covey_coach.habits import Channel
from covey_coach.models import Answer, Entry

WORDS = ("guest", "key card", "late check-out", "queue", "refund", "complaint", "taxi", "allergy", "invoice",
         "delivery", "apology", "upgrade", "phone line", "chat", "wheelchair", "birthday", "lost luggage")


def ten_year_journal(entries: int = 3500, end: date = date(2026, 11, 22), seed: int = 7,
                     days: int = 3652) -> list[Entry]:
    """``entries`` reflections on distinct days among the ``days`` days before ``end``."""
    rnd = random.Random(seed)
    start = end - timedelta(days=days)
    days_list = sorted(rnd.sample(range(days + 1), min(entries, days + 1)))
    out = []
    for offset in days_list:
        day = start + timedelta(days=offset)
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(12, 40)))
        out.append(Entry(
            id=f"{rnd.getrandbits(128):032x}",
            created_at=datetime.combine(day, time(22, 15), timezone.utc),
            day=day, habit=rnd.randint(1, 7), rating=rnd.randint(1, 5), energy=rnd.randint(1, 5),
            channel=rnd.choice(list(Channel)), encounter=text,
            answers=[Answer(question_id=f"q{i}", question="What did the guest need first?",
                            answer=" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 25)))) for i in range(3)],
            principles=rnd.sample(["welcome", "basics", "tailored", "worry", "amaze", "recovery"], 2),
            commitment="ask before assuming", tags=["desk"],
        ))
    return out
