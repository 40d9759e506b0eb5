"""The database schema, as numbered migrations applied in order.

Each migration is plain SQL that SQLite and PostgreSQL both accept (the few
differences are spelled per dialect). `schema_version` records what has been
applied, so opening an older database upgrades it and a newer one is refused.
"""
from __future__ import annotations

MIGRATIONS: list[dict[str, str]] = [
    {   # 1: documents, rejects, mentions, incidents, revisions, edits
        "common": """
CREATE TABLE documents (
    id {pk},
    doc_id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    published TEXT,
    source TEXT,
    url TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents (content_hash);
CREATE TABLE rejects (
    id {pk},
    input TEXT,
    line INTEGER,
    doc_id TEXT,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE UNIQUE INDEX rejects_once ON rejects (input, line, doc_id, reason);
CREATE TABLE incidents (
    id {pk},
    incident_key TEXT NOT NULL UNIQUE,
    event_type TEXT,
    sub_event_type TEXT,
    weapon TEXT,
    event_date TEXT,
    country TEXT,
    admin1 TEXT,
    location TEXT,
    latitude {real},
    longitude {real},
    fatalities INTEGER,
    injured INTEGER,
    record TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (event_date);
CREATE INDEX incidents_place ON incidents (country, admin1);
CREATE TABLE mentions (
    id {pk},
    document_id INTEGER NOT NULL REFERENCES documents (id),
    event_id TEXT NOT NULL UNIQUE,
    incident_id INTEGER REFERENCES incidents (id),
    pinned INTEGER NOT NULL DEFAULT 0,
    event_type TEXT,
    sub_event_type TEXT,
    plover TEXT,
    weapon TEXT,
    event_date TEXT,
    country TEXT,
    admin1 TEXT,
    location TEXT,
    latitude {real},
    longitude {real},
    geo_precision INTEGER,
    fatalities INTEGER,
    injured INTEGER,
    record TEXT NOT NULL
);
CREATE INDEX mentions_incident ON mentions (incident_id);
CREATE INDEX mentions_date ON mentions (event_date);
CREATE TABLE revisions (
    id {pk},
    incident_id INTEGER REFERENCES incidents (id),
    mention_id INTEGER NOT NULL REFERENCES mentions (id),
    field TEXT NOT NULL,
    low INTEGER,
    best INTEGER,
    high INTEGER,
    qualifier TEXT,
    status TEXT,
    source TEXT,
    published TEXT,
    document TEXT,
    text TEXT
);
CREATE INDEX revisions_incident ON revisions (incident_id);
CREATE TABLE edits (
    id {pk},
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    payload TEXT NOT NULL
);
""",
    },
    {   # 2: incidents.plover, so that `--type THREATEN` finds political interactions
        "common": """
ALTER TABLE incidents ADD COLUMN plover TEXT;
UPDATE incidents SET plover = {record_plover}
""",
    },
]

PK = {"sqlite": "INTEGER PRIMARY KEY", "postgresql": "BIGSERIAL PRIMARY KEY"}
REAL = {"sqlite": "REAL", "postgresql": "DOUBLE PRECISION"}
RECORD_PLOVER = {"sqlite": "json_extract(record, '$.plover')", "postgresql": "(record::jsonb ->> 'plover')"}


def statements(version: int, dialect: str) -> list[str]:
    """The SQL statements of one migration (1-based) for a dialect."""
    sql = MIGRATIONS[version - 1]["common"].format(pk=PK[dialect], real=REAL[dialect],
                                                   record_plover=RECORD_PLOVER[dialect])
    return [s.strip() for s in sql.split(";") if s.strip()]


LATEST = len(MIGRATIONS)
