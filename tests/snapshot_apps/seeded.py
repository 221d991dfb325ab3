"""A Covey Coach app on a journal seeded with two weeks of reflections, frozen on 2026-11-23.

Used by the snapshot tests and the screen tests. Everything on screen is fixed: the date
(and so the greeting), the ids, the texts. Run it to look around::

    .venv/bin/python -m tests.snapshot_apps.seeded [nl] [noreview]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from covey_coach.content.pack import load_content
from covey_coach.habits import Channel
from covey_coach.models import Answer, Entry, Followup, WeeklyReview
from covey_coach.journal.paths import journal_paths
from covey_coach.progress.schedule import Schedule
from covey_coach.journal.settings import Settings, save_settings
from covey_coach.journal.store import open_store

TODAY = date(2026, 11, 23)
"""A Monday: week 2026-W48."""
ZONE = timezone(timedelta(hours=1))

# (days before TODAY, habit, channel, rating, energy, encounter, commitment) in English and Dutch.
_OUTCOMES = ("kept", "partly", "kept", "not_kept", None)
"""How each reflection's check-in answered about the one before (the first has none before it)."""

_SEEDS: list[tuple[int, int, Channel, int, int, dict[str, str], dict[str, str]]] = [
    (14, 1, Channel.DESK, 3, 4,
     {"en": "A guest arrived two hours early and the room was not ready.",
      "nl": "Een gast kwam twee uur te vroeg en de kamer was nog niet klaar."},
     {"en": "Offer a coffee before anyone has to ask.", "nl": "Koffie aanbieden voordat iemand erom vraagt."}),
    (13, 5, Channel.PHONE, 4, 3,
     {"en": "A caller was angry about a double charge on her bill.",
      "nl": "Een beller was boos over een dubbele afschrijving op haar rekening."},
     {"en": "Repeat the problem back before I explain.", "nl": "Het probleem eerst teruggeven voordat ik uitleg."}),
    (12, 3, Channel.FLOOR, 2, 2,
     {"en": "Three customers waited while I restocked the shelf.",
      "nl": "Drie klanten wachtten terwijl ik het schap bijvulde."},
     {"en": "Customers first, shelves after.", "nl": "Eerst de klanten, dan de schappen."}),
    (11, 4, Channel.CHAT, 4, 4,
     {"en": "A student wanted a refund outside the return period.",
      "nl": "Een student wilde geld terug buiten de retourtermijn."},
     {"en": "Look for the third option before I say no.", "nl": "Zoek de derde optie voordat ik nee zeg."}),
    (10, 2, Channel.EMAIL, 3, 3,
     {"en": "A long e-mail about a wedding booking with many questions.",
      "nl": "Een lange e-mail over een trouwboeking met veel vragen."},
     {"en": "Start every reply with what the customer wants to achieve.",
      "nl": "Elk antwoord beginnen met wat de klant wil bereiken."}),
    (9, 7, Channel.OTHER, 3, 1,
     {"en": "I skipped my break and snapped at a colleague.",
      "nl": "Ik sloeg mijn pauze over en snauwde tegen een collega."},
     {"en": "Take the full break, phone away.", "nl": "De hele pauze nemen, telefoon weg."}),
    (7, 5, Channel.DESK, 5, 4,
     {"en": "An older man at the desk could not read the small print on his invoice.",
      "nl": "Een oudere man aan de balie kon de kleine letters op zijn factuur niet lezen."},
     {"en": "Read the invoice aloud when I see someone squint.",
      "nl": "De factuur voorlezen als ik iemand zie turen."}),
    (6, 6, Channel.PHONE, 4, 4,
     {"en": "Sorted out a lost parcel together with the warehouse team.",
      "nl": "Samen met het magazijn een zoekgeraakt pakket opgelost."},
     {"en": "Call the warehouse myself instead of sending a ticket.",
      "nl": "Zelf het magazijn bellen in plaats van een ticket te sturen."}),
    (5, 1, Channel.FLOOR, 4, 5,
     {"en": "A mother with a pram could not reach the lift; I walked her round.",
      "nl": "Een moeder met een kinderwagen kon de lift niet bereiken; ik liep met haar om."},
     {"en": "Look up from the till every few minutes.", "nl": "Om de paar minuten opkijken van de kassa."}),
    (4, 5, Channel.CHAT, 3, 3,
     {"en": "A customer typed in capitals about a late delivery.",
      "nl": "Een klant typte in hoofdletters over een late levering."},
     {"en": "Name the feeling before the facts.", "nl": "Eerst het gevoel benoemen, dan de feiten."}),
    (3, 4, Channel.DESK, 5, 4,
     {"en": "Two guests wanted the same quiet room; both left happy.",
      "nl": "Twee gasten wilden dezelfde rustige kamer; beiden gingen blij weg."},
     {"en": "Ask what matters most before I offer anything.",
      "nl": "Vragen wat het belangrijkst is voordat ik iets aanbied."}),
    (2, 2, Channel.PHONE, 4, 4,
     {"en": "A caller asked about a broken heater; I promised a call back at five.",
      "nl": "Een beller vroeg naar een kapotte kachel; ik beloofde om vijf uur terug te bellen."},
     {"en": "Ask my guests' names at the desk first.", "nl": "Gasten aan de balie eerst naar hun naam vragen."}),
]


def seed_journal(data_dir: Path, lang: str = "en", review: bool = True) -> None:
    """Two weeks of reflections (Mon–Fri schedule, one Saturday), each following up the one before,
    last week's review (habit 1, with its field mission) and this week's (habit 5)."""
    pack = load_content(data_dir)
    paths = journal_paths(data_dir)
    save_settings(paths, Settings(language=None, schedule=Schedule(weekdays=[0, 1, 2, 3, 4])))
    entries = []
    for number, (back, habit, channel, rating, energy, encounter, commitment) in enumerate(_SEEDS, start=1):
        day = TODAY - timedelta(days=back)
        question = pack.habit(habit).questions[number % 5]
        entries.append(Entry(
            id=f"seed-{number:02d}", created_at=datetime.combine(day, time(18, number), tzinfo=ZONE), day=day,
            habit=habit, channel=channel, encounter=encounter[lang], rating=rating, energy=energy,
            answers=[Answer(question_id=question.id, question=question.get(lang), answer=commitment[lang])],
            principles=["welcome", "worry"] if number % 2 else ["basics"], sammy=number % 4 == 0,
            commitment=commitment[lang],
            followup=Followup(entry=f"seed-{number - 1:02d}", outcome=_OUTCOMES[number % 5]) if number > 1 else None,
        ))
    with open_store(data_dir) as store:
        store.add_many(entries)
        # Last week's review, so this week's asks what its field mission showed.
        store.save_review(WeeklyReview(week="2026-W47", created_at=datetime.combine(TODAY - timedelta(days=7), time(8),
                                                                                    tzinfo=ZONE),
                                       focus_habit=1, mission=pack.habit(1).mission.get(lang) if pack.habit(1).mission
                                       else ""))
        if review:
            store.save_review(WeeklyReview(week="2026-W48",
                                           created_at=datetime.combine(TODAY, time(8), tzinfo=ZONE),
                                           focus_habit=5))


def make_seeded_app(lang: str = "en", data_dir: Path | None = None, review: bool = True):
    """The app on a freshly seeded journal (in ``data_dir``, else a new temporary folder).

    With ``review`` (the default) this week's review is already made, so the app opens on Today;
    without it the app opens on the weekly review, as on a person's first start of the week.
    """
    from screens.app import make_app

    folder = Path(data_dir) if data_dir is not None else Path(tempfile.mkdtemp(prefix="covey-seeded-"))
    seed_journal(folder, lang, review=review)
    return make_app(folder, None, lang, today=TODAY)  # type: ignore[arg-type]


if __name__ == "__main__":
    make_seeded_app(sys.argv[1] if len(sys.argv) > 1 else "en", review="noreview" not in sys.argv).run()
