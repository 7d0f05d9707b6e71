"""The schema, as an ordered list of migrations keyed by `PRAGMA user_version`.

Each migration is frozen SQL, run in its own transaction together with the version
bump; a released migration is never edited, only followed by a new one.
"""

from __future__ import annotations

_AUDIT_COLUMNS = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER,
    updated_by INTEGER,
    search_text TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT ''
"""

MIGRATION_1 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('administrator', 'officer', 'case_worker', 'viewer')),
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    password_changed_at TEXT
);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    start_date TEXT NOT NULL,
    end_date TEXT,
    title TEXT NOT NULL,
    form TEXT NOT NULL,
    setting TEXT NOT NULL,
    hamlet TEXT NOT NULL DEFAULT '',
    campaign TEXT NOT NULL DEFAULT 'none',
    audiences TEXT NOT NULL DEFAULT '[]',
    attendance_total INTEGER,
    attendance_female INTEGER,
    attendance_male INTEGER,
    attendance_children INTEGER,
    attendance_ethnic_minority INTEGER,
    materials_count INTEGER NOT NULL DEFAULT 0,
    co_organisers TEXT NOT NULL DEFAULT '',
    cost_vnd INTEGER NOT NULL DEFAULT 0,
    funding_source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE INDEX activities_start_date ON activities (start_date);
CREATE INDEX activities_sort_key ON activities (sort_key);
CREATE TABLE survivors (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    sex TEXT NOT NULL,
    ethnicity TEXT NOT NULL DEFAULT 'unknown',
    disability INTEGER NOT NULL DEFAULT 0,
    birth_year INTEGER,
    created_at TEXT NOT NULL
);
CREATE TABLE survivor_identities (
    survivor_id INTEGER PRIMARY KEY REFERENCES survivors (id) ON DELETE CASCADE,
    full_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    ref_code TEXT NOT NULL UNIQUE,
    reported_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    survivor_id INTEGER NOT NULL REFERENCES survivors (id),
    age_group TEXT NOT NULL,
    violence_types TEXT NOT NULL DEFAULT '[]',
    domestic INTEGER NOT NULL DEFAULT 1,
    perpetrator_sex TEXT NOT NULL DEFAULT 'unknown',
    perpetrator_relation TEXT NOT NULL DEFAULT 'unknown',
    needs TEXT NOT NULL DEFAULT '[]',
    shelter_days INTEGER NOT NULL DEFAULT 0,
    handling TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'open',
    consent_to_share INTEGER NOT NULL DEFAULT 0,
    {_AUDIT_COLUMNS}
);
CREATE INDEX cases_reported_on ON cases (reported_on);
CREATE INDEX cases_survivor ON cases (survivor_id);
CREATE TABLE case_stories (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    story TEXT NOT NULL
);
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    given_on TEXT NOT NULL,
    provider_kind TEXT NOT NULL,
    provider_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX services_case ON services (case_id);
CREATE TABLE trainings (
    id INTEGER PRIMARY KEY,
    start_date TEXT NOT NULL,
    end_date TEXT,
    topic TEXT NOT NULL,
    organiser TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    cost_vnd INTEGER NOT NULL DEFAULT 0,
    funding_source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE INDEX trainings_start_date ON trainings (start_date);
CREATE TABLE training_participants (
    training_id INTEGER NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    female INTEGER NOT NULL DEFAULT 0,
    male INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (training_id, role)
);
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    model_type TEXT NOT NULL,
    name TEXT NOT NULL,
    established_on TEXT NOT NULL,
    hamlet TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    closed_on TEXT,
    members INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE TABLE influencers (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    hamlet TEXT NOT NULL,
    female INTEGER NOT NULL DEFAULT 0,
    male INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE TABLE mobilisations (
    id INTEGER PRIMARY KEY,
    received_on TEXT NOT NULL,
    source TEXT NOT NULL,
    donor TEXT NOT NULL,
    cash_vnd INTEGER NOT NULL DEFAULT 0,
    in_kind TEXT NOT NULL DEFAULT '',
    in_kind_value_vnd INTEGER NOT NULL DEFAULT 0,
    purpose TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    inspected_on TEXT NOT NULL,
    subject TEXT NOT NULL,
    inspector TEXT NOT NULL DEFAULT '',
    inspected_body TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE TABLE funding (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    budget_line TEXT NOT NULL,
    source TEXT NOT NULL,
    planned_vnd INTEGER NOT NULL DEFAULT 0,
    spent_vnd INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    {_AUDIT_COLUMNS}
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id INTEGER,
    summary TEXT NOT NULL DEFAULT '{{}}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_record ON audit (record_kind, record_id);
"""

# Reports as sent: the figures as they were, so a later edit shows as changed.
MIGRATION_2 = """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    figures TEXT NOT NULL,
    figures_sha256 TEXT NOT NULL,
    narrative TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    created_by INTEGER
);
CREATE INDEX reports_period ON reports (kind, year);
"""

# The city office (a database at level "city"): its member wards and communes, and the
# report packages received from them, each kept as received (aggregates only, no personal
# data) with the compact figures the compilation reads. A package replaced by a newer
# one is kept, marked `superseded_by`; none is ever deleted. IF NOT EXISTS: a database
# downgraded by hand (tests drop `reports` only) still migrates.
MIGRATION_3 = """
CREATE TABLE IF NOT EXISTS member_units (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT 'ward' CHECK (level IN ('ward', 'commune')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS member_units_code ON member_units (code) WHERE code != '';
CREATE TABLE IF NOT EXISTS received_packages (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    unit_code TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    unit_level TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    generated_at TEXT NOT NULL,
    format_version INTEGER NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    received_on TEXT NOT NULL,
    received_by INTEGER,
    superseded_by INTEGER REFERENCES received_packages (id),
    superseded_at TEXT,
    figures TEXT NOT NULL,
    package TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS received_packages_period
    ON received_packages (kind, period_start, period_end, unit_code);
"""


# A city's 100,000 activities: searching the list read every row of the table (0.2 s);
# this index holds what a search in date order and the totals line read, so they read
# it instead (a tenth of the table). Not a full-text index: SQLite's quick check at
# every unlock also checks FTS5 indexes, which cost more than the search saved.
MIGRATION_4 = """
CREATE INDEX IF NOT EXISTS activities_listing ON activities
    (start_date, attendance_total, attendance_female, attendance_male, cost_vnd, search_text);
"""

MIGRATIONS: list[str] = [MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4]
SCHEMA_VERSION = len(MIGRATIONS)
