"""The command line: the same jobs as the window, headless.

The password comes from `GBV_PASSWORD` or a prompt, never from an argument. Messages
are in the app's language (Vietnamese by default, English with `--lang en`). Exit 0 on
success, 1 with one clear line on a failure the user can act on, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gbv_desktop import __version__, i18n, paths
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Message
from gbv_desktop.domain.records import FieldError

_C = "Cli"


def tr(text: str, **params: Any) -> str:
    return Message(_C, text, params).render(i18n.translate)


def say(text: str, **params: Any) -> None:
    print(tr(text, **params), flush=True)


class CliError(Exception):
    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(text)
        self.message = Message(_C, text, params)


def _password(prompt: str, confirm: bool = False) -> str:
    env = os.environ.get("GBV_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "No password: set GBV_PASSWORD or run in a terminal.")
        )
    first = getpass.getpass(tr(prompt) + " ")
    if (
        confirm
        and getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "Repeat the password:")) + " ") != first
    ):
        raise CliError(QT_TRANSLATE_NOOP("Cli", "The two passwords differ; nothing was created."))
    return first


def _user(args: argparse.Namespace) -> str:
    return getattr(args, "user", None) or os.environ.get("GBV_USER") or "admin"


def _db_path(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    return Path(db).expanduser() if db else paths.default_db()


def _open(args: argparse.Namespace) -> Any:
    from gbv_desktop.storage.database import Database

    path = _db_path(args)
    return Database.open(path, _user(args), _password(QT_TRANSLATE_NOOP("Cli", "Password:")))


def _field_line(error: FieldError, prefix: str = "") -> str:
    return f"{prefix}{error.field}: {error.message.render(i18n.translate)}"


def _print_problems(errors: Sequence[Any], limit: int = 50) -> None:
    for count, item in enumerate(errors):
        if count == limit:
            say(QT_TRANSLATE_NOOP("Cli", "... and {n} more."), n=len(errors) - limit)
            break
        if isinstance(item, FieldError):
            line = _field_line(item)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], FieldError):
            line = _field_line(item[1], f"#{item[0] + 1} ")
        elif hasattr(item, "render"):
            line = item.render(i18n.translate)
        else:
            line = str(item)
        print("  " + line, file=sys.stderr)


# -- commands ----------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.storage.database import Database

    path = _db_path(args)
    profile = default_profile(args.unit_name, args.unit_code, args.level)
    password = _password(
        QT_TRANSLATE_NOOP("Cli", "Password for the new administrator:"), confirm=True
    )
    db, recovery = Database.create(path, profile, _user(args), password)
    db.close()
    say(
        QT_TRANSLATE_NOOP("Cli", "Created the encrypted database {path} for {unit}."),
        path=path,
        unit=profile.name,
    )
    say(QT_TRANSLATE_NOOP("Cli", "Administrator account: {user}"), user=_user(args))
    print()
    say(
        QT_TRANSLATE_NOOP(
            "Cli", "RECOVERY KEY (shown only once; print it and keep it locked away):"
        )
    )
    print(f"    {recovery}")
    say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "With this key an administrator can set a new password if every password is forgotten.",
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from gbv_desktop.domain import demo
    from gbv_desktop.storage.records import RecordStore

    path = _db_path(args)
    if not path.exists():
        args.unit_name, args.unit_code, args.level = "Phường Tân Lợi", "24133", "ward"
        cmd_init(args)
    started = time.perf_counter()
    with _open(args) as db:
        store = RecordStore(db)
        records = list(demo.generate(seed=args.seed, years=args.years, records=args.records))
        store.save_many(records)
        counts = store.count()
    elapsed = time.perf_counter() - started
    say(
        QT_TRANSLATE_NOOP("Cli", "Added {n} synthetic records in {seconds} s."),
        n=len(records),
        seconds=f"{elapsed:.1f}",
    )
    for kind, n in counts.items():
        print(f"  {kind}: {n}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from gbv_desktop.storage import exchange

    with _open(args) as db:
        summary = exchange.export_records(
            db, Path(args.out), include_identities=args.include_identities
        )
    say(QT_TRANSLATE_NOOP("Cli", "Exported {n} records to {path}."), n=summary.total, path=args.out)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from gbv_desktop.storage import exchange

    with _open(args) as db:
        summary = exchange.import_records(db, Path(args.file))
    say(
        QT_TRANSLATE_NOOP("Cli", "Imported {n} records from {path}."),
        n=summary.total,
        path=args.file,
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from gbv_desktop.storage import audit
    from gbv_desktop.storage.connection import full_check
    from gbv_desktop.storage.records import RecordStore
    from gbv_desktop.storage.schema import SCHEMA_VERSION

    with _open(args) as db:
        problems = full_check(db.conn)
        broken = audit.verify(db.conn)
        counts = RecordStore(db).count()
        version = db.schema_version
        entries = db.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    say(QT_TRANSLATE_NOOP("Cli", "Database: {path}"), path=_db_path(args))
    say(
        QT_TRANSLATE_NOOP("Cli", "Schema version: {found} (this program: {known})"),
        found=version,
        known=SCHEMA_VERSION,
    )
    for kind, n in counts.items():
        print(f"  {kind}: {n}")
    say(QT_TRANSLATE_NOOP("Cli", "Change log entries: {n}"), n=entries)
    ok = True
    if problems:
        ok = False
        say(
            QT_TRANSLATE_NOOP("Cli", "Integrity check FAILED: {detail}"),
            detail="; ".join(problems[:5]),
        )
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Integrity and encryption checks: passed."))
    if broken:
        ok = False
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "The change log was altered outside the program (entries {ids})."
            ),
            ids=", ".join(map(str, broken[:10])),
        )
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Change log chain: intact."))
    return 0 if ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from gbv_desktop.storage.backup import backups_folder

    dest = Path(args.to) if args.to else backups_folder(_db_path(args))
    started = time.perf_counter()
    with _open(args) as db:
        info = db.backup(dest)
    say(
        QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path} ({size} MB, {seconds} s)."),
        path=info.path,
        size=f"{info.size / 1e6:.1f}",
        seconds=f"{time.perf_counter() - started:.1f}",
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from gbv_desktop.storage import backup
    from gbv_desktop.storage.errors import StorageError
    from gbv_desktop.storage.keys import KeyFile, keys_path

    path = _db_path(args)
    source = Path(args.backup)
    if not source.exists():
        raise CliError(QT_TRANSLATE_NOOP("Cli", "There is no backup at {path}."), path=source)
    password = _password(QT_TRANSLATE_NOOP("Cli", "Password:"))
    data_key = None
    last_error: StorageError | None = None
    # The current key file knows today's passwords; the backup's, those of its day.
    for key_file in (keys_path(path), keys_path(source)):
        if not key_file.exists():
            continue
        try:
            data_key = KeyFile.load(key_file).unlock_password(_user(args), password)
            break
        except StorageError as exc:
            last_error = exc
    if data_key is None:
        if last_error:
            raise last_error
        raise CliError(QT_TRANSLATE_NOOP("Cli", "No key file found beside {path}."), path=source)
    aside = backup.restore_backup(path, source, data_key)
    say(QT_TRANSLATE_NOOP("Cli", "Restored {backup} into {path}."), backup=source, path=path)
    if aside:
        say(QT_TRANSLATE_NOOP("Cli", "The database it replaced is kept at {path}."), path=aside)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import datetime

    from gbv_desktop.domain.calendar import Period, default_period
    from gbv_desktop.reports.produce import build_document, parse_formats, produce

    def day(text: str | None) -> Any:
        if not text:
            return None
        try:
            return datetime.strptime(text.strip(), "%d/%m/%Y").date()
        except ValueError as exc:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "{value} is not a date in the form DD/MM/YYYY."),
                value=text,
            ) from exc

    formats = parse_formats(args.formats)
    start, end = day(args.date_from), day(args.date_to)
    out = Path(args.out).expanduser()
    with _open(args) as db:
        period = None
        if start or end:
            programme = db.programme
            default = default_period(args.kind, args.year, programme.calendar, programme.phase)
            period = Period(start or default.start, end or default.end)
        document = build_document(db, args.kind, args.year, period, masked=args.masked)
        if args.number:
            document.letter.number = args.number
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from gbv_desktop.storage.errors import from_os_error

            raise from_os_error(exc, out) from exc
        started = time.perf_counter()
        written = produce(db, document, out, formats, to=args.email_to or "")
    say(
        QT_TRANSLATE_NOOP("Cli", "Report written to {path} in {seconds} s:"),
        path=out,
        seconds=f"{time.perf_counter() - started:.1f}",
    )
    for path in written:
        print(f"  {path}")
    return 0


def cmd_consolidate(args: argparse.Namespace) -> int:
    """The city office: import the units' packages, then write the compiled report."""
    from datetime import datetime

    from gbv_desktop.domain.calendar import Period
    from gbv_desktop.reports import consolidate
    from gbv_desktop.reports.produce import parse_formats, produce

    def day(text: str | None) -> Any:
        if not text:
            return None
        try:
            return datetime.strptime(text.strip(), "%d/%m/%Y").date()
        except ValueError as exc:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "{value} is not a date in the form DD/MM/YYYY."),
                value=text,
            ) from exc

    def ask(older: Any, incoming: Any) -> bool:
        if args.replace != "ask":
            return bool(args.replace == "yes")
        question = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{file}: a newer package from {unit}. Replace the one received on {date} (it is kept)? [y/N]",
            ),
            file=incoming.source_name,
            unit=incoming.unit_name,
            date=older.received_on.strftime("%d/%m/%Y"),
        )
        answer = input(question + " ").strip().casefold()
        return answer in ("y", "yes", "c", "có", "co")

    interactive = bool(sys.stdin) and sys.stdin.isatty()
    formats = parse_formats(args.formats)
    start, end, due = day(args.date_from), day(args.date_to), day(args.due)
    out = Path(args.out).expanduser()
    with _open(args) as db:
        period = None
        if args.kind == "ad_hoc":
            if not (start and end):
                raise KnownError(Message("Reports", consolidate.AD_HOC_PERIOD))
            period = Period(start, end)
        elif start or end:
            default = consolidate.expected_period(db, args.kind, args.year)
            period = Period(start or default.start, end or default.end)
        period = consolidate.expected_period(db, args.kind, args.year, period)
        if not consolidate.list_member_units(db):
            raise KnownError(Message("Reports", consolidate.NO_MEMBERS))
        started = time.perf_counter()
        confirm = ask if (args.replace != "ask" or interactive) else None
        result = consolidate.import_packages(
            db, [Path(p).expanduser() for p in args.packages], args.kind, args.year, confirm,
            period=period,
        )  # fmt: skip
        for outcome in result.outcomes:
            if outcome.status == consolidate.ACCEPTED:
                line = tr(
                    QT_TRANSLATE_NOOP("Cli", "imported {file} ({unit})"),
                    file=outcome.path,
                    unit=outcome.unit_name,
                )
            elif outcome.status == consolidate.REPLACED:
                line = tr(
                    QT_TRANSLATE_NOOP(
                        "Cli", "replaced by {file} ({unit}; the older package is kept)"
                    ),
                    file=outcome.path,
                    unit=outcome.unit_name,
                )
            elif outcome.status == consolidate.PENDING:
                line = tr(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "not imported {file}: a newer package from {unit}; run again with --replace yes to replace the older one (it is kept).",
                    ),
                    file=outcome.path,
                    unit=outcome.unit_name,
                )
            else:
                line = tr(
                    QT_TRANSLATE_NOOP("Cli", "not imported {file}: {reason}"),
                    file=outcome.path,
                    reason=outcome.reason.render(i18n.translate) if outcome.reason else "",
                )
            print("  " + line, flush=True)
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "{n} package(s) imported, {rejected} not imported, in {seconds} s."
            ),
            n=len(result.imported),
            rejected=len(result.outcomes) - len(result.imported),
            seconds=f"{time.perf_counter() - started:.1f}",
        )
        rows = consolidate.tracker(db, args.kind, args.year, period=period, due=due)
        missing = [r.unit.name for r in rows if r.status == consolidate.MISSING]
        say(
            QT_TRANSLATE_NOOP("Cli", "Reports received from {n} of {total} member units."),
            n=len(rows) - len(missing),
            total=len(rows),
        )
        if missing:
            say(QT_TRANSLATE_NOOP("Cli", "Not received yet: {units}"), units=", ".join(missing))
        document = consolidate.build_city_document(db, args.kind, args.year, period, due=due)
        if args.number:
            document.letter.number = args.number
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from gbv_desktop.storage.errors import from_os_error

            raise from_os_error(exc, out) from exc
        started = time.perf_counter()
        written = produce(db, document, out, formats, to=args.email_to or "")
    say(
        QT_TRANSLATE_NOOP("Cli", "Compiled report written to {path} in {seconds} s:"),
        path=out,
        seconds=f"{time.perf_counter() - started:.1f}",
    )
    for path in written:
        print(f"  {path}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from gbv_desktop.ui import app as ui_app

    return ui_app.run(_db_path(args), i18n.language())


def cmd_smoke(args: argparse.Namespace) -> int:
    path = _db_path(args)
    password = _password(QT_TRANSLATE_NOOP("Cli", "Password:"))
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: draw in memory
    from gbv_desktop.ui.smoke import run_smoke

    screenshots = Path(args.screenshots).expanduser() if args.screenshots else None
    return run_smoke(path, _user(args), password, screenshots, i18n.language())


# -- parser ------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the sub-command is not reset by the sub-parser.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--db",
        help=tr(QT_TRANSLATE_NOOP("Cli", "database file (default: in the user's data folder)")),
    )
    common.add_argument(
        "--user", help=tr(QT_TRANSLATE_NOOP("Cli", "account name (default: $GBV_USER or admin)"))
    )
    common.add_argument("--lang", help=tr(QT_TRANSLATE_NOOP("Cli", "language: vi (default) or en")))

    parser = argparse.ArgumentParser(
        prog="gbv-desktop",
        parents=[common],
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "Records and reports of the programme against gender-based violence."
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"gbv-desktop {__version__}")
    sub = parser.add_subparsers(dest="command")

    def add(
        name: str, help_text: str, func: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=tr(help_text))
        p.set_defaults(func=func)
        return p

    p = add(
        "init",
        QT_TRANSLATE_NOOP("Cli", "create an encrypted database and its first administrator"),
        cmd_init,
    )
    p.add_argument("--unit-name", required=True)
    p.add_argument("--unit-code", required=True)
    p.add_argument("--level", choices=["ward", "commune", "city"], required=True)

    p = add(
        "demo",
        QT_TRANSLATE_NOOP("Cli", "fill a database with synthetic demonstration records"),
        cmd_demo,
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--years", type=int, default=5)
    p.add_argument("--records", type=int, default=None)

    p = add("export", QT_TRANSLATE_NOOP("Cli", "export every record to a JSON file"), cmd_export)
    p.add_argument("--out", required=True)
    p.add_argument("--include-identities", action="store_true")

    p = add(
        "import",
        QT_TRANSLATE_NOOP("Cli", "import records from an export file (all or nothing)"),
        cmd_import,
    )
    p.add_argument("file")

    add(
        "check",
        QT_TRANSLATE_NOOP("Cli", "check integrity, encryption, schema version and change log"),
        cmd_check,
    )

    p = add("backup", QT_TRANSLATE_NOOP("Cli", "write a verified, encrypted backup"), cmd_backup)
    p.add_argument("--to", default=None)

    p = add(
        "restore",
        QT_TRANSLATE_NOOP(
            "Cli", "replace the database by a backup (the current one is kept aside)"
        ),
        cmd_restore,
    )
    p.add_argument("backup")

    p = add(
        "report",
        QT_TRANSLATE_NOOP(
            "Cli", "produce a report's files (letter, annex, package, email draft) into a folder"
        ),
        cmd_report,
    )
    p.add_argument("--kind", required=True, choices=["half_year", "annual", "ad_hoc", "phase"])
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--from", dest="date_from", metavar="DD/MM/YYYY", default=None)
    p.add_argument("--to", dest="date_to", metavar="DD/MM/YYYY", default=None)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--formats", default="pdf,docx,xlsx,json,eml")
    p.add_argument("--masked", action="store_true")
    p.add_argument(
        "--number",
        default="",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the letter's number, e.g. 12/BC-UBND")),
    )
    p.add_argument(
        "--email-to",
        dest="email_to",
        default="",
        metavar="ADDRESS",
        help=tr(QT_TRANSLATE_NOOP("Cli", "address the email draft to ADDRESS")),
    )

    p = add(
        "consolidate",
        QT_TRANSLATE_NOOP(
            "Cli",
            "city office: import the wards' and communes' report packages and write the compiled report",
        ),
        cmd_consolidate,
    )
    p.add_argument("packages", nargs="*", metavar="PACKAGE_OR_DIR")
    p.add_argument("--kind", required=True, choices=["half_year", "annual", "ad_hoc", "phase"])
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--from", dest="date_from", metavar="DD/MM/YYYY", default=None)
    p.add_argument("--to", dest="date_to", metavar="DD/MM/YYYY", default=None)
    p.add_argument("--due", metavar="DD/MM/YYYY", default=None)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--formats", default="pdf,docx,xlsx,json,eml")
    p.add_argument(
        "--replace",
        choices=["ask", "yes", "no"],
        default="ask",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "a newer package from a unit that already reported: ask (the default; keep the older one without a terminal), yes or no",
            )
        ),
    )
    p.add_argument(
        "--number",
        default="",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the letter's number, e.g. 12/BC-UBND")),
    )
    p.add_argument(
        "--email-to",
        dest="email_to",
        default="",
        metavar="ADDRESS",
        help=tr(QT_TRANSLATE_NOOP("Cli", "address the email draft to ADDRESS")),
    )

    add("run", QT_TRANSLATE_NOOP("Cli", "start the application (the default)"), cmd_run)

    p = add(
        "smoke",
        QT_TRANSLATE_NOOP(
            "Cli", "open every page and form of the window once and report any error or warning"
        ),
        cmd_smoke,
    )
    p.add_argument(
        "--screenshots",
        metavar="DIR",
        default=None,
        help=tr(QT_TRANSLATE_NOOP("Cli", "also save a PNG of every page and form in DIR")),
    )
    return parser


def _lang_from_argv(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("GBV_LANG") or i18n.preferred_language()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from gbv_desktop.storage.location import quiet_drive_errors

    quiet_drive_errors()  # Windows: no "insert a disk" dialog for an empty card reader
    i18n.install(_lang_from_argv(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_run)
    try:
        return func(args)
    except CliError as exc:
        print(exc.message.render(i18n.translate), file=sys.stderr)
        return 1
    except KnownError as exc:
        print(i18n.render(exc), file=sys.stderr)
        problems = getattr(exc, "errors", None) or getattr(exc, "problems", None)
        if problems:
            _print_problems(problems)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
