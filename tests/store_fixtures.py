"""Shared fixtures for the incident-database tests: reports written for these tests.

Every report here is invented for the tests (towns are real, events and people's
words are not). `corpus()` generates a varied, deterministic set of short news
items from templates, for the crash-and-resume test and for the query tests.
"""
from __future__ import annotations

import os
import json
import random
from datetime import date, timedelta
from pathlib import Path

from conflictlens import Document, extract_document
from conflictlens.store import repository
from conflictlens.store.db import Database, connect

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")

# (town, who speaks for it)
TOWNS = (
    ("Kharkiv", "regional governor Oleh Syniehubov"),
    ("Zaporizhzhia", "regional governor Ivan Fedorov"),
    ("Dnipro", "regional governor Serhiy Lysak"),
    ("Odesa", "regional governor Oleh Kiper"),
    ("Sumy", "the regional military administration"),
    ("Kherson", "regional head Oleksandr Prokudin"),
    ("Mykolaiv", "regional governor Vitaliy Kim"),
    ("Kryvyi Rih", "city military administration head Oleksandr Vilkul"),
    ("Poltava", "regional governor Volodymyr Kohut"),
    ("Chernihiv", "regional governor Viacheslav Chaus"),
    ("Nikopol", "district head Yevhen Yevtushenko"),
    ("Kramatorsk", "Donetsk regional governor Vadym Filashkin"),
    ("Sloviansk", "mayor Vadym Liakh"),
    ("Kostiantynivka", "Donetsk regional governor Vadym Filashkin"),
    ("Izium", "the local council"),
    ("Kupiansk", "regional governor Oleh Syniehubov"),
    ("Zhytomyr", "the regional police"),
    ("Bilhorod-Dnistrovskyi", "the regional prosecutor's office"),
)
# (phrase for the attacker's means, as a news writer would put it)
WEAPONS = ("drone", "missile", "glide bomb", "ballistic missile", "rocket")
TARGETS = ("an apartment block", "a private house", "a bus stop", "a market", "a petrol station",
           "a warehouse", "an industrial site", "a supermarket car park")
OUTLETS = ("Wire A", "Daily B", "Radio C", "Channel D")


def say(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def _report(rng: random.Random, town: str, official: str, day: date, weapon: str) -> str:
    wd = WEEKDAYS[day.weekday()]
    killed, hurt = rng.randint(2, 9), rng.randint(0, 14)
    target = rng.choice(TARGETS)
    part = rng.choice(("morning", "afternoon", "evening", "night"))
    template = rng.randrange(5)
    if template == 0:
        text = (f"{say(killed).capitalize()} people were killed when a Russian {weapon} hit {target} in {town} "
                f"on {wd} {part}, {official} said.")
        if hurt:
            text += f" Another {say(hurt)} {'was' if hurt == 1 else 'were'} taken to hospital with injuries."
    elif template == 1:
        text = (f"A Russian {weapon} attack on {town} on {wd} killed {say(killed)} civilians and injured "
                f"{say(hurt) if hurt else 'nobody else'}, according to {official}.")
    elif template == 2:
        text = (f"Rescuers in {town} recovered the bodies of {say(killed)} people on {wd} after a {weapon} "
                f"strike destroyed {target}, {official} said on Telegram.")
    elif template == 3:
        text = (f"{official[0].upper() + official[1:]} said {say(max(hurt, 2))} residents were wounded when a "
                f"Russian {weapon} struck {target} in {town} on {wd} {part}. Nobody was killed.")
    else:
        text = (f"In {town}, a {weapon} strike on {target} on {wd} left {say(killed)} people dead, "
                f"{official} said, adding that emergency crews were still at the scene.")
    return text


def corpus(n: int = 200, seed: int = 20250404) -> list[Document]:
    """`n` short reports: different towns, dates, weapons, targets and figures; some repeat an incident."""
    rng = random.Random(seed)
    start = date(2025, 3, 3)
    docs = []
    for k in range(n):
        town, official = rng.choice(TOWNS)
        day = start + timedelta(days=rng.randrange(70))
        weapon = rng.choice(WEAPONS)
        published = day + timedelta(days=rng.choice((0, 0, 1)))
        docs.append(Document(id=f"gen-{k:04d}", text=_report(rng, town, official, day, weapon),
                             published=published.isoformat(), source=rng.choice(OUTLETS)))
    return docs


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "text": d.text, "published": d.published, "source": d.source},
                                ensure_ascii=False) + "\n")
    return path


def fresh_db(tmp_path: Path, name: str = "incidents.db") -> Database:
    return connect(str(tmp_path / name))


def ingest(db: Database, docs: list[Document]) -> repository.IngestSummary:
    return repository.ingest(db, iter(docs), extract_document)


# --------------------------------------------------------------------------- hand-written scenarios

def doc(doc_id: str, text: str, published: str, source: str | None = None) -> Document:
    return Document(id=doc_id, text=text, published=published, source=source)


# A toll that rises over three reports (Monday 10 March 2025), then is officially revised down.
TOLL = [
    doc("toll-1", "Three people were killed when a Russian missile hit an apartment block in Zaporizhzhia "
                  "on Monday morning, regional governor Ivan Fedorov said on Telegram.", "2025-03-10", "Wire A"),
    doc("toll-2", "The death toll in Zaporizhzhia rose to seven on Monday evening as rescuers pulled more "
                  "bodies from the apartment block hit by a Russian missile in the morning, governor Ivan "
                  "Fedorov said.", "2025-03-10", "Daily B"),
    doc("toll-3", "In Zaporizhzhia, the death toll from Monday's missile strike has risen to 11, governor "
                  "Ivan Fedorov said on Tuesday, as the search of the rubble ended.", "2025-03-11", "Wire A"),
]
# A report of 16 dead at region level that matches no incident of 14 in El Obeid when it comes, and the
# town's rising toll of 16 that then ties the two (resolution of a lone report)
LONE_REPORT = [
    doc("market-1", "An RSF drone struck the main market in El Obeid on Wednesday, killing nine people, medics said.",
        "2025-11-19T12:00:00+03:00"),
    doc("region-1", "A drone attack killed 16 people in North Kordofan state on Wednesday, a rights group said.",
        "2025-11-19T18:00:00+03:00"),
    doc("market-2", "The toll from Wednesday's RSF drone strike on the market in El Obeid has risen to 16, medics "
                    "said on Thursday.", "2025-11-20T09:00:00+03:00"),
]
TOLL_CORRECTION = doc(
    "toll-4", "In Zaporizhzhia, the death toll from Monday's missile strike was revised down to nine, "
              "governor Ivan Fedorov said on Thursday, after two people listed among the dead were found "
              "alive in hospital.", "2025-03-13", "Radio C")

# Two strikes on one city on one day: different districts, different weapons.
KHARKIV_DRONE = doc("khk-drone", "A Russian drone hit a tram depot in Kharkiv's Kyivskyi district on Thursday "
                                 "morning, killing two people, mayor Ihor Terekhov said.", "2025-05-08", "Wire A")
KHARKIV_MISSILE = doc("khk-missile", "A Russian missile struck a clinic in Kharkiv's Saltivskyi district on "
                                     "Thursday afternoon, killing four people and wounding 17, mayor Ihor "
                                     "Terekhov said.", "2025-05-08", "Daily B")
# Two strikes on one town on one day, no districts named: a drone and a glide bomb.
SUMY_DRONE = doc("sumy-drone", "A Russian drone slammed into a garage in Sumy on Thursday, killing one man, "
                               "the regional military administration said.", "2025-05-08", "Radio C")
SUMY_BOMB = doc("sumy-bomb", "A glide bomb dropped by a Russian aircraft hit a school in Sumy on Thursday, "
                             "killing three people, the regional military administration said.", "2025-05-08",
                "Channel D")

# One incident, two outlets, different words, published a day apart.
KOSTIANTYNIVKA = [
    doc("kst-wire", "A Russian glide bomb struck a school in Kostiantynivka on Tuesday, killing four people, "
                    "Donetsk regional governor Vadym Filashkin said.", "2025-04-15", "Wire A"),
    doc("kst-daily", "Four civilians died after a guided aerial bomb hit Kostiantynivka on Tuesday, the "
                     "regional police said in a statement on Wednesday.", "2025-04-16", "Daily B"),
]

# A small, varied set for the query filters.
BELGOROD = doc("blg", "Ukrainian drones struck Belgorod on Wednesday, killing two people, Belgorod governor "
                      "Vyacheslav Gladkov said.", "2025-04-16", "Channel D")
CHASIV_YAR = doc("chy", "Clashes between Ukrainian and Russian troops near Chasiv Yar on Wednesday left several "
                        "soldiers dead, the General Staff said.", "2025-04-16", "Wire A")
KHERSON = doc("khs", "Shelling hit the centre of Kherson on Wednesday afternoon, wounding five residents, "
                     "regional head Oleksandr Prokudin said. No one was killed.", "2025-04-16", "Radio C")
NIKOPOL = doc("nkp", "A Russian drone hit a bus in Nikopol on Thursday, killing one man and wounding six "
                     "passengers, Dnipropetrovsk governor Serhiy Lysak said.", "2025-04-17", "Daily B")
# A strike, then a toll told with no attack word a day later in the same town: one incident.
POLTAVA = [
    doc("plt-strike", "A Russian missile struck a school in Poltava on Wednesday morning, killing three people, "
                      "the regional governor said.", "2025-04-02", "Wire A"),
    doc("plt-body", "Rescuers in Poltava recovered the body of another victim from the rubble of the school on "
                    "Thursday, the emergency service said.", "2025-04-03", "Radio C"),
]
# Two reports of one ambush that name no place and no country: one incident.
AMBUSH = [
    doc("amb-wire", "Eight soldiers were killed in an ambush in the mountains on Wednesday, the army said.",
        "2025-04-02", "Wire A"),
    doc("amb-daily", "An ambush in the mountains left eight soldiers dead on Wednesday, officials said on "
                     "Thursday.", "2025-04-03", "Daily B"),
]
QUERY_SET = [*TOLL, KHARKIV_DRONE, KHARKIV_MISSILE, *KOSTIANTYNIVKA, BELGOROD, CHASIV_YAR, KHERSON, NIKOPOL]


def by_doc(db: Database, doc_id: str) -> list[str]:
    """The incident keys the mentions of one document went to."""
    return [r[0] for r in db.all("SELECT i.incident_key FROM mentions m JOIN documents d ON d.id = m.document_id "
                                 "JOIN incidents i ON i.id = m.incident_id WHERE d.doc_id = ? ORDER BY m.id",
                                 (doc_id,))]


def grouped(db_path, docs: list[Document]) -> list[set]:
    """Ingest `docs` into a fresh database under `db_path` and return the sets of doc ids each incident holds."""
    db = fresh_db(db_path)
    ingest(db, docs)
    groups: dict[str, set] = {}
    for d in docs:
        for key in by_doc(db, d.id):
            groups.setdefault(key, set()).add(d.id)
    return sorted(groups.values(), key=lambda g: sorted(g))


def records(db: Database) -> dict[str, dict]:
    """Every incident record by key."""
    return {key: json.loads(rec) for key, rec in db.all("SELECT incident_key, record FROM incidents")}


# --------------------------------------------------------------------------- PostgreSQL

PG_URL = os.environ.get("CONFLICTLENS_TEST_PG")   # a server the tests may create databases on
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def pg_database() -> str:
    """A fresh, empty database on the test server; returns its URL."""
    import uuid

    import psycopg
    name = f"cl_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return PG_URL.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(url: str) -> None:
    import psycopg
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
