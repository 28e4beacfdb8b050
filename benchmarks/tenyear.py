"""A realistic ten-year database, made with a fixed seed through the store's own functions."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

TOPICS = [
    "billing",
    "late delivery",
    "login",
    "refund",
    "app crash",
    "shipping",
    "pricing",
    "missing item",
    "cancellation",
    "password reset",
    "invoice",
    "damaged parcel",
]
WORDS = (
    "thank you so much for sorting this out quickly you made my day the team is wonderful "
    "patient kind helpful order arrived refund processed amazing service really appreciate "
    "your help with the billing issue login works again great support"
).split()
NOTES = [
    "charged twice",
    "courier lost it",
    "app froze at checkout",
    "wants a discount",
    "third contact this week",
    "",
    "",
    "",
]


def sentence(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def build(
    data_dir: Path,
    *,
    interactions: int = 250_000,
    happy: int = 20_000,
    reflections: int = 2_500,
    reframes: int = 2_500,
    seed: int = 10,
) -> dict[str, int]:
    """Fill ``data_dir``'s database; returns what was made. Uses COMPANION_DATA_DIR's layout."""
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    rng = random.Random(seed)
    store = open_store(data_dir / "companion.db")
    end = dt.datetime.now(dt.UTC).replace(microsecond=0)
    start = end - dt.timedelta(days=3652)
    span = (end - start).total_seconds()
    rows = []
    for _ in range(interactions):
        created = start + dt.timedelta(seconds=rng.random() * span)
        positive = rng.random() < 0.76
        topic = None if positive and rng.random() < 0.8 else rng.choice(TOPICS)
        note = rng.choice(NOTES) or None
        rows.append((created, positive, topic, note))
    rows.sort(key=lambda row: row[0])
    for index in range(0, len(rows), 50_000):
        ratio_store.import_interactions(store, rows[index : index + 50_000])
    made = {"interactions": len(rows)}

    try:
        from companion.core.happy import HappyEntry
        from companion.core.happy_export import HappyExport
        from companion.store import happy as happy_store
    except ImportError:  # the happy file is not built in this tree
        made["happy"] = 0
    else:
        tags = ["kudos", "billing", "shipping", "thanks", "funny", "long-time customer"]
        entries = tuple(
            HappyEntry(
                id=None,
                created=start + dt.timedelta(seconds=rng.random() * span),
                quote=sentence(rng, 8, 40),
                note=sentence(rng, 3, 10),
                tags=tuple(rng.sample(tags, rng.randint(0, 2))),
                starred=rng.random() < 0.15,
            )
            for _ in range(happy)
        )
        result = happy_store.import_happy(store, HappyExport(entries))
        made["happy"] = result.added

    try:
        from companion.core.reflection import Reflection
        from companion.store import reflection as reflection_store
        from companion.store import reframe as reframe_store
    except ImportError:
        made["reflections"] = made["reframes"] = 0
    else:
        first_day = start.date()
        for index in range(reflections):
            day = first_day + dt.timedelta(days=index)
            reflection_store.save_reflection(
                store,
                Reflection(
                    day,
                    mood=rng.randint(1, 5),
                    energy=rng.randint(1, 5),
                    well=sentence(rng, 4, 12),
                    hard=sentence(rng, 4, 12),
                    improve=sentence(rng, 3, 8),
                ),
                start + dt.timedelta(days=index, hours=17),
            )
        for index in range(reframes):
            reframe_store.save_reframe(
                store,
                reframe_store.SavedReframe(
                    situation=sentence(rng, 5, 15),
                    thought="I always get the angry ones.",
                    temporary="Today had a few angry ones.",
                    improvement=sentence(rng, 4, 9),
                    feeling_before=rng.randint(1, 3),
                    feeling_after=rng.randint(3, 5),
                ),
                start + dt.timedelta(days=index, hours=15),
            )
        made["reflections"], made["reframes"] = reflections, reframes
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return made
