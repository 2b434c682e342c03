"""The one entry point: ``journal`` opens the window, subcommands reach the same services.

A user mistake prints one clear sentence on stderr and exits non-zero; a
traceback means a bug in Learning Journal.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, cast

from journal import __version__
from journal.core.attributes import KEYS as ATTRIBUTE_KEYS
from journal.core.terminal import json_safe, safe_text
from journal.portfolio.formatting import count

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _say(*values: object, file: Any = None, single_line: bool = False) -> None:
    """Print a line with every terminal control in it made visible (names and
    comments come from other people's files; a terminal would obey them)."""
    text = " ".join(str(v) for v in values)
    print(safe_text(text, single_line=single_line), file=file or sys.stdout)


def _say_json(document: object) -> None:
    """JSON on stdout; C1 controls, bidi overrides and lone surrogates as \\u escapes."""
    print(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        if "unrecognized arguments: -" in message:
            message += (
                "; to search for words that start with '-', put '--' before them "
                "(journal search -- -word)"
            )
        text = safe_text(f"journal: {message} (see 'journal --help').", single_line=True)
        self.exit(EXIT_USAGE, text + "\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14"
        ) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be zero or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="journal",
        description="Learning Journal: keep the story of your own learning.",
    )
    parser.add_argument("--version", action="version", version=f"Learning Journal {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that this copy of the app runs (temporary journal, window) and exit",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="use the journal in DIR (default: JOURNAL_DATA_DIR or your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read a locked journal's passphrase from the first line of FILE "
        "(otherwise it is asked for, without showing it)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill the data folder with a sample student journal")
    demo.add_argument("--entries", type=_positive, default=120, help="how many entries (120)")
    demo.add_argument("--years", type=_positive, default=1, help="how many years it spans (1)")
    demo.add_argument("--seed", type=int, default=7, help="seed for the same journal every time")
    demo.add_argument("--no-images", action="store_true", help="skip the small picture attachments")

    sub.add_parser("check", help="check the journal's integrity; non-zero exit on problems")

    sub.add_parser(
        "repair",
        help="bring back a damaged journal: the newest good backup plus everything still "
        "readable, then rebuild the search index",
    )

    backup = sub.add_parser("backup", help="back the journal up now")
    backup.add_argument("--out", type=Path, metavar="FILE", help="write the backup to FILE")

    restore = sub.add_parser("restore", help="replace the journal with a backup")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")

    search = sub.add_parser("search", help="find entries by words, tags, attributes and dates")
    search.add_argument("query", nargs="?", default="", metavar="QUERY")
    search.add_argument("--tag", action="append", default=[], metavar="T")
    search.add_argument(
        "--attribute",
        action="append",
        default=[],
        metavar="A",
        choices=ATTRIBUTE_KEYS,
    )
    search.add_argument("--since", type=_date, metavar="DATE")
    search.add_argument("--until", type=_date, metavar="DATE")
    search.add_argument("--limit", type=_positive, default=50)
    search.add_argument("--json", action="store_true", help="print JSON instead of lines")

    prompts = sub.add_parser("prompts", help="list the reflective prompts (built-in, packs, mine)")
    prompts.add_argument("--attribute", metavar="A", choices=ATTRIBUTE_KEYS)
    prompts.add_argument("--json", action="store_true", help="print JSON instead of lines")

    import_ = sub.add_parser("import", help="import a file: a teacher's prompt pack, or entries")
    import_.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    import_.add_argument(
        "--from",
        dest="kind",
        metavar="KIND",
        help="what the file is: pack, jrnl, dayone, portfolio or feedback "
        "(default: recognised by content)",
    )

    export = sub.add_parser("export", help="export your portfolio (archive, web folder or PDF)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write it")
    export.add_argument(
        "--format", choices=["archive", "html", "pdf"], default="archive",
        help="a .portfolio.zip (default), a folder of web pages, or a PDF",
    )  # fmt: skip
    export.add_argument(
        "--include-private", action="store_true", help="include private entries and goals too"
    )
    export.add_argument(
        "--revisions", choices=["all", "first-last"], default="all",
        help="every version of each entry (default), or only the first and latest",
    )  # fmt: skip
    export.add_argument(
        "--name", choices=["full", "first-initial"], default=None, dest="name_style",
        help="your name as it appears: full, or first name and last initial "
        "(default: as chosen in the journal's Preferences)",
    )  # fmt: skip
    export.add_argument(
        "--keep-photo-metadata", action="store_true",
        help="keep camera details and location (EXIF/GPS) in photos; they are removed otherwise",
    )  # fmt: skip
    export.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="for PDF")
    export.add_argument(
        "--force", action="store_true",
        help="replace an earlier export of the same kind at --out (nothing else is ever replaced)",
    )  # fmt: skip

    exhibitions = sub.add_parser("exhibitions", help="list your exhibitions with their ids")
    exhibitions.add_argument("--json", action="store_true", help="print JSON instead of lines")
    exhibit = sub.add_parser("exhibit", help="write an exhibition as a page, a PDF or placards")
    exhibit.add_argument("id", metavar="ID", help="the exhibition's id (its start will do)")
    exhibit.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="where to write it"
    )
    exhibit.add_argument(
        "--format", choices=["page", "pdf", "placards"], default="page",
        help="a single-file web page (default), a PDF with a station a page, or placards",
    )  # fmt: skip
    exhibit.add_argument(
        "--preset", choices=["panel", "family", "public"],
        help="who will see it (default: the exhibition's own audience)",
    )  # fmt: skip
    exhibit.add_argument(
        "--include-private", action="store_true", help="include stations of private entries"
    )
    exhibit.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="for PDFs")

    encrypt = sub.add_parser(
        "encrypt",
        help="lock the journal with a passphrase: the database, files and backups are encrypted",
    )
    encrypt.add_argument(
        "--recovery-key-out",
        type=Path,
        metavar="FILE",
        help="also write the recovery key to FILE (keep it somewhere safe, not beside the journal)",
    )
    decrypt = sub.add_parser("decrypt", help="remove the passphrase: everything is stored plainly")
    decrypt.add_argument(
        "--use-recovery-key", action="store_true", help="unlock with the recovery key instead"
    )
    passphrase = sub.add_parser("passphrase", help="change a locked journal's passphrase")
    passphrase.add_argument(
        "--use-recovery-key",
        action="store_true",
        help="unlock with the recovery key (for a forgotten passphrase)",
    )
    passphrase.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from the first line of FILE",
    )

    review = sub.add_parser("review", help="check a student's portfolio and open it to review")
    review.add_argument("file", type=Path, metavar="FILE", help="the .portfolio.zip to review")
    review.add_argument(
        "--summary", action="store_true", help="only check it and print a summary (no window)"
    )
    return parser


#: Keys of locked journals unlocked during this command (one passphrase prompt per journal).
_UNLOCKED: dict[Path, Any] = {}
_PASSPHRASE_FILE: list[Path] = []


def _read_secret_file(path: Path) -> str:
    """The first line of a passphrase file (a regular file; no pipes or devices)."""
    from journal.store.errors import JournalError
    from journal.store.files import source_file_problem

    problem = source_file_problem(path, max_bytes=4096)
    if problem is not None:
        raise JournalError(problem)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise JournalError(f"The passphrase file {path} can't be read as text ({exc}).") from exc
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise JournalError(
            f"The passphrase file {path} is empty; put the passphrase on its first line."
        )
    return line


def _ask_secret(prompt: str) -> str:
    """Ask for a passphrase without echo."""
    import getpass

    from journal.store.errors import JournalError

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise JournalError(
            "This journal is locked and there is no terminal to type the passphrase in; "
            "give it with --passphrase-file FILE."
        ) from None


def _passphrase(root: Path, what: str = "passphrase") -> str:
    if _PASSPHRASE_FILE:
        return _read_secret_file(_PASSPHRASE_FILE[0])
    return _ask_secret(f"The {what} of the journal in {root}: ")


def _key_for(root: Path) -> Any:
    """The key of a locked journal in ``root`` (asked for once), or None for a plain one."""
    from journal.store.paths import JournalPaths

    if not JournalPaths(root).key_file.exists():
        return None
    found = _UNLOCKED.get(Path(root).resolve())
    if found is None:
        from journal.store import crypto

        found = crypto.unlock(root, passphrase=_passphrase(root))
        _UNLOCKED[Path(root).resolve()] = found
    return found


def _open_journal(root: Path, **options: Any) -> Any:
    """Journal.open, unlocking a journal locked with a passphrase first."""
    from journal.store.database import Journal

    return Journal.open(root, key=_key_for(root), **options)


def _data_dir(args: argparse.Namespace) -> Path:
    return _deployment(args).data_dir


def _deployment(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Where the journal is: --data-dir, JOURNAL_DATA_DIR, portable mode, school, user folder."""
    from journal import deployment

    found = deployment.resolve(Path(args.data_dir) if args.data_dir else None)
    deployment.apply(found)
    return found


def _existing_journal(args: argparse.Namespace) -> Path:
    """The data folder, if a journal is there; otherwise one clear sentence (nothing created)."""
    from journal.store.errors import JournalError
    from journal.store.paths import JournalPaths

    root = _data_dir(args)
    if not JournalPaths(root).database.is_file():
        raise JournalError(
            f"There is no journal in {root} yet; start Learning Journal once or run "
            "'journal demo' to create one."
        )
    return root


def _has_entries(root: Path) -> bool:
    """Whether the journal in ``root`` has entries, read without opening it for writing."""
    import sqlite3

    from journal.store.paths import JournalPaths
    from journal.store.sqlite import untouched_uri

    database = JournalPaths(root).database
    if not database.is_file():
        return False
    try:
        con = sqlite3.connect(untouched_uri(database), uri=True)
        try:
            return con.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False  # opening it will say what is wrong


def _cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from journal.demo import DemoSize, generate_demo
    from journal.store.errors import JournalError
    from journal.store.models import Entry

    root = _data_dir(args)
    if _has_entries(root):  # refused before the journal is opened: nothing changes
        raise JournalError(
            f"The journal in {root} already has entries, so no sample "
            "was added; give 'journal --data-dir' an empty folder for the sample."
        )
    with _open_journal(root) as journal:
        with journal.read() as session:
            if session.scalar(select(Entry.id).limit(1)) is not None:
                raise JournalError(
                    f"The journal in {journal.paths.root} already has entries, so no sample "
                    "was added; give 'journal --data-dir' an empty folder for the sample."
                )
        counts = generate_demo(
            journal,
            DemoSize(
                entries=args.entries,
                years=max(1, args.years),
                seed=args.seed,
                images=not args.no_images,
            ),
        )
    _say(
        f"Made a sample journal in {_data_dir(args)}: {count(counts['entries'], 'entry')}, "
        f"{count(counts['revisions'], 'revision')}, {count(counts['goals'], 'goal')}, "
        f"{count(counts['reflections'], 'reflection')}."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from journal.store.check import check_journal
    from journal.store.errors import CorruptDatabaseError
    from journal.store.paths import JournalPaths
    from journal.store.recovery import integrity_problems

    root = _existing_journal(args)
    # Not read-only: FTS5's integrity check is spelled as an INSERT, which a
    # read-only connection refuses (it changes nothing).
    try:
        with _open_journal(root, auto_backup=False) as journal:
            problems = check_journal(journal)
    except CorruptDatabaseError:  # too damaged to open: still a report, never a traceback
        found = integrity_problems(JournalPaths(root).database) or ["the file can't be opened"]
        problems = [f"Database: {safe_text(p)}" for p in found]
    if problems:
        for problem in problems:
            _say(problem)
        damaged = any(p.startswith("Database:") for p in problems)
        search = any(p.startswith("Search index") for p in problems)
        advice = (
            " Run 'journal repair' to bring the journal back."
            if damaged
            else " Run 'journal repair' to rebuild the search index."
            if search
            else ""
        )
        _say(f"{count(len(problems), 'problem')} found.{advice}", file=sys.stderr)
        return EXIT_PROBLEMS
    _say("All is well: the database, search index, revisions and attachments are intact.")
    return EXIT_OK


def _backup_out_problem(root: Path, out: Path) -> str | None:
    """Why ``backup --out`` can't write there (one sentence), or None."""
    from journal.store.paths import JournalPaths

    paths = JournalPaths(root)
    target = out.resolve()
    home, backups = paths.root.resolve(), paths.backups.resolve()
    if (target == home or target.is_relative_to(home)) and not target.is_relative_to(backups):
        return (
            f"{out} is inside the journal's own folder; write the backup somewhere else "
            "(or leave out --out to put it in the backups folder)."
        )
    if out.exists() and not out.is_dir():
        try:
            with open(out, "rb") as handle:
                is_database = handle.read(16) == b"SQLite format 3\x00"
        except OSError:
            is_database = False
        if not is_database:
            return (
                f"{out} already exists and is not a journal backup, so it was left alone; "
                "choose another name."
            )
    return None


def _cmd_backup(args: argparse.Namespace) -> int:
    from journal.store.backup import make_backup
    from journal.store.errors import JournalError

    root = _existing_journal(args)
    if args.out is not None and (problem := _backup_out_problem(root, args.out)):
        raise JournalError(problem)
    with _open_journal(root, auto_backup=False) as journal:
        path = make_backup(journal, out=args.out)
    _say(f"Backed up to {path}")
    return EXIT_OK


def _cmd_repair(args: argparse.Namespace) -> int:
    from journal.store.paths import JournalPaths
    from journal.store.recovery import recover

    report = recover(JournalPaths(_existing_journal(args)))
    for line in report.sentences():
        _say(line)
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from journal.store.backup import journal_file_problem, restore_backup
    from journal.store.errors import JournalError
    from journal.store.lock import FolderLock
    from journal.store.paths import JournalPaths
    from journal.store.recovery import integrity_problems, replace_damaged_with

    # Everything is checked before anything is opened, so a refusal creates nothing.
    if not args.file.is_file():
        raise JournalError(f"There is no backup file at {args.file}.")
    root = _data_dir(args)
    # A locked journal's backups are encrypted with its key: checked with it.
    key = _key_for(root) if JournalPaths(root).database.is_file() else None
    refusal = journal_file_problem(args.file, key.db_key if key is not None else None)
    if refusal is not None:
        raise JournalError(refusal)
    paths = JournalPaths(root)
    if key is None and paths.database.is_file() and integrity_problems(paths.database):
        # A damaged journal can't be copied aside as a backup: it is renamed aside instead.
        lock = FolderLock(root)
        lock.acquire()
        try:
            aside = replace_damaged_with(paths, args.file)
        finally:
            lock.release()
        _open_journal(root, auto_backup=False).close()  # brings an older backup up to date
        _say(
            f"Restored {args.file}. Your damaged journal is kept at "
            f"{aside}; 'journal repair' can rescue newer work from it."
        )
        return EXIT_OK
    with _open_journal(root, auto_backup=False) as journal:
        aside = restore_backup(journal, args.file)
    _say(f"Restored {args.file}. The journal it replaced is kept at {aside}.")
    return EXIT_OK


#: Longer search text is refused: nobody types it, and matching it costs seconds.
MAX_QUERY_CHARS = 1_000
#: More results than this are never printed (a bigger --limit is capped, with a note).
MAX_SEARCH_LIMIT = 1_000_000


def _check_search_words(args: argparse.Namespace) -> None:
    from journal.store.errors import JournalError

    for label, text in [("search words", args.query), *(("tag", t) for t in args.tag)]:
        if any("\udc80" <= ch <= "\udcff" for ch in text) or any(
            "\ud800" <= ch <= "\udfff" for ch in text
        ):
            raise JournalError(
                f"The {label} hold bytes that are not UTF-8 text (your terminal may use "
                "another encoding); type them again or set the terminal to UTF-8."
            )
        if len(text) > MAX_QUERY_CHARS:
            raise JournalError(
                f"The {label} are {len(text):,} characters long; search for at most "
                f"{MAX_QUERY_CHARS:,} characters (a few words are enough)."
            )


def _cmd_search(args: argparse.Namespace) -> int:
    # Standard library only on this path: a search must answer in tens of
    # milliseconds, and importing SQLAlchemy alone takes longer than that.
    import sqlite3

    from journal.core.filters import EntryFilter, SortOrder
    from journal.core.text import excerpt
    from journal.store.errors import JournalError
    from journal.store.paths import JournalPaths
    from journal.store.sqlite import search_rows

    _check_search_words(args)
    flt = EntryFilter(
        text=args.query,
        tags=tuple(args.tag),
        attributes=tuple(args.attribute),
        since=args.since,
        until=args.until,
    )
    order = SortOrder.RELEVANCE if args.query.strip() else SortOrder.LEARNED_NEWEST
    database = JournalPaths(_data_dir(args)).database
    if not database.is_file():
        raise JournalError(
            f"There is no journal in {database.parent} yet; start Learning Journal "
            "once or run 'journal demo' to create one."
        )
    limit = args.limit or None
    if limit is not None and limit > MAX_SEARCH_LIMIT:
        _say(
            f"journal: showing at most {MAX_SEARCH_LIMIT:,} entries "
            f"(--limit can't be more than that).",
            file=sys.stderr,
        )
        limit = MAX_SEARCH_LIMIT
    key = _key_for(database.parent)
    try:
        found = search_rows(
            database, flt, order, limit=limit, key=key.db_key if key is not None else None
        )
    except sqlite3.DatabaseError as exc:
        raise JournalError(
            f"The journal in {database.parent} can't be searched ({exc}); "
            "run 'journal check' to see what is wrong ('journal repair' mends a damaged one)."
        ) from exc
    rows = [
        {
            "id": r["id"],
            "title": r["title"],
            "learned_on": r["learned_on"],
            "tags": r["tags"],
            "attributes": sorted(r["attributes"]),
            "excerpt": excerpt(r["body"]),
        }
        for r in found
    ]
    if args.json:
        _say_json(rows)
    else:
        for row in rows:
            _say(f"{row['learned_on']}  {row['title'] or '(untitled)'}")
        if not rows:
            _say("No entries match.", file=sys.stderr)
    return EXIT_OK


def _cmd_prompts(args: argparse.Namespace) -> int:
    from journal.store.paths import JournalPaths
    from journal.store.prompts import PromptInfo, builtin_prompts, list_prompts

    root = _data_dir(args)
    rows: list[PromptInfo]
    if JournalPaths(root).database.exists():
        with _open_journal(root, read_only=True) as journal, journal.read() as session:
            rows = list_prompts(session, attribute=args.attribute)
    else:  # no journal yet: the built-in library is still worth seeing
        rows = [
            PromptInfo(p.id, p.text, p.attribute, p.moment, p.learn_best, p.source)
            for p in builtin_prompts()
            if args.attribute is None or p.attribute == args.attribute
        ]
    if args.json:
        _say_json(
            [
                {
                    "id": p.id,
                    "attribute": p.attribute,
                    "moment": p.moment,
                    "text": p.text,
                    "source": p.source,
                    "learn_best": p.learn_best,
                    "pack": p.pack_name or None,
                }
                for p in rows
            ]
        )
    else:
        for p in rows:
            _say(f"{p.id}\t{p.attribute}\t{p.moment}\t{p.source}\t{p.text}")
        if not rows:
            _say("No prompts match.", file=sys.stderr)
    return EXIT_OK


class _OpenOnFirstUse:
    """A journal opened only when an importer first reaches for it.

    Importers check the whole file before they touch the journal, so a refused
    file never opens it: no journal is created in a new folder, no lock is
    taken, no backup is written or pruned. Once open, an automatic backup (if
    one is due) is taken just before the first write, and kept only if that
    write commits.
    """

    def __init__(self, root: Path) -> None:
        self._root = root
        self._journal: Any = None
        self.created = False

    def _open(self) -> Any:
        if self._journal is None:
            from journal.store.paths import JournalPaths

            self.created = not JournalPaths(self._root).database.is_file()
            journal = _open_journal(self._root, auto_backup=False)
            journal.backup_before_first_write()
            self._journal = journal
        return self._journal

    def __getattr__(self, name: str) -> Any:
        return getattr(self._open(), name)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()


def _outermost_missing(root: Path) -> Path | None:
    """The outermost folder on the way to ``root`` that doesn't exist yet (None: root exists)."""
    missing = None
    path = root.absolute()
    while not path.exists() and path.parent != path:
        missing, path = path, path.parent
    return missing


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def _remove_new_journal(
    root: Path, before: set[str] | None, missing: Path | None, mtime: int | None
) -> None:
    """Undo a journal created by a command that was then refused.

    Folders made for it are removed; in a folder that was there, only what was
    not there before (``before``: its names then) is removed. The time of the
    folder that stays is put back, so the tree is as it was.
    """
    import os
    import shutil

    keeper = missing.parent if missing is not None else root
    if missing is not None:
        shutil.rmtree(missing, ignore_errors=True)
    elif before is not None:
        for child in list(root.iterdir()):
            if child.name in before:
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
    if mtime is not None:
        with contextlib.suppress(OSError):
            os.utime(keeper, ns=(mtime, mtime))


def _cmd_import(args: argparse.Namespace) -> int:
    from journal.portfolio.errors import ImportRefused
    from journal.portfolio.imports import import_file
    from journal.store.database import Journal
    from journal.store.files import source_file_problem
    from journal.store.paths import JournalPaths

    problem = source_file_problem(args.file)  # before anything is opened or locked
    if problem is not None:
        raise ImportRefused(problem)
    root = _data_dir(args)
    fresh = not JournalPaths(root).database.is_file()
    missing = _outermost_missing(root)
    before = {p.name for p in root.iterdir()} if root.is_dir() else None
    kept_mtime = _mtime(missing.parent if missing is not None else root)
    journal = _OpenOnFirstUse(root)
    try:
        result = import_file(cast(Journal, journal), args.file, args.kind)
    except BaseException:
        journal.close()
        if fresh and journal.created:
            _remove_new_journal(root, before, missing, kept_mtime)
        raise
    journal.close()
    _say(result.summary)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from journal.portfolio.export import check_destination, export_portfolio
    from journal.portfolio.model import ExportOptions, NameStyle, RevisionChoice
    from journal.store.paths import JournalPaths
    from journal.store.read_models.profile import journal_profile

    root = _existing_journal(args)
    # Before the journal is even opened: a refused place changes nothing at all.
    check_destination(JournalPaths(root), args.out, args.format, force=args.force)
    with _open_journal(root, read_only=True) as journal:
        style = args.name_style or journal_profile(journal).preference("export_name", "full")
        options = ExportOptions(
            include_private=args.include_private,
            revisions=RevisionChoice(args.revisions),
            name_style=NameStyle(style),
            keep_photo_metadata=args.keep_photo_metadata,
        )
        result = export_portfolio(
            journal,
            args.out,
            options,
            format=args.format,
            page_size=args.page_size,
            replace=args.force,
        )
    private = "with" if args.include_private else "without"
    _say(f"Exported your portfolio ({private} private entries) to {result.path}.")
    if result.missing_attachments:
        names = ", ".join(result.missing_attachments[:5])
        _say(
            f"Left out {count(len(result.missing_attachments), 'attached file')} missing from the "
            f"journal folder: {names}; run 'journal check' to see why.",
            file=sys.stderr,
        )
    return EXIT_OK


def _cmd_exhibitions(args: argparse.Namespace) -> int:
    from journal.core.exhibitions import TEMPLATES
    from journal.portfolio.formatting import count
    from journal.store.read_models.exhibitions import list_exhibitions

    with _open_journal(_existing_journal(args), read_only=True) as journal:
        rows = list_exhibitions(journal)
    if args.json:
        json.dump(
            [
                {
                    "id": e.id,
                    "title": e.title,
                    "claim": e.claim,
                    "format": e.format.value,
                    "audience": e.audience.value,
                    "time_budget_s": e.time_budget_s,
                    "planned_s": e.planned_s,
                    "stations": e.station_count,
                    "rehearsals": e.rehearsals,
                    "presentations": e.presentations,
                    "updated_at": e.updated_at.isoformat(),
                }
                for e in rows
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        for e in rows:
            print(
                f"{e.id[:8]}  {e.title}  ({TEMPLATES[e.format].label.lower()}, "
                f"{count(e.station_count, 'station')})"
            )
        if not rows:
            print("No exhibitions yet.", file=sys.stderr)
    return EXIT_OK


def _cmd_exhibit(args: argparse.Namespace) -> int:
    from journal.portfolio.exhibition import export_exhibition
    from journal.store.read_models.exhibitions import find_exhibition_id

    with _open_journal(_existing_journal(args), read_only=True) as journal:
        result = export_exhibition(
            journal,
            find_exhibition_id(journal, args.id),
            args.out,
            format=args.format,
            audience=args.preset,
            include_private=args.include_private,
            page_size=args.page_size,
        )
    print(f"Wrote the exhibition to {result.path}.")
    for item in result.left_out:
        print(item.message, file=sys.stderr)
    return EXIT_OK


def _cmd_review(args: argparse.Namespace) -> int:
    from journal.portfolio.review import verify_portfolio

    info = verify_portfolio(args.file)
    if not args.summary:
        from journal.app import run_review

        return run_review(args.file)
    exported = info.exported_at.strftime("%Y-%m-%d %H:%M UTC")
    _say(
        f"{args.file.name} is intact: {info.student_name or 'a student'}’s portfolio, exported "
        f"{exported} with Learning Journal {info.app_version}: {info.entries} entries, "
        f"{info.revisions} revisions, {info.goals} goals, {info.reflections} reflections."
    )
    return EXIT_OK


def _new_passphrase(file: Path | None) -> str:
    from journal.store.crypto import check_new_passphrase
    from journal.store.errors import JournalError

    if file is not None:
        chosen = _read_secret_file(file)
    else:
        chosen = _ask_secret("New passphrase: ")
        check_new_passphrase(chosen)
        if _ask_secret("The new passphrase again: ") != chosen:
            raise JournalError("The two passphrases are not the same; nothing was changed.")
    check_new_passphrase(chosen)
    return chosen


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from journal.store import crypto
    from journal.store.errors import EncryptionStateError

    root = _existing_journal(args)
    if crypto.is_encrypted(root):
        raise EncryptionStateError(
            f"The journal in {root} is already locked with a passphrase; "
            "use 'journal passphrase' to change it."
        )
    chosen = _new_passphrase(args.passphrase_file)
    recovery = crypto.enable_encryption(
        root, chosen, backups_dir=_deployment(args).school.backup_dir()
    )
    if args.recovery_key_out is not None:
        from journal.store.files import write_atomically

        write_atomically(args.recovery_key_out, (recovery + "\n").encode("ascii"))
    _say(f"The journal in {root} is now locked: its database, files and backups are encrypted.")
    _say("Your recovery key (it opens the journal if you forget the passphrase; it is shown "
         "only now, so write it down and keep it somewhere safe):")
    print(recovery)
    return EXIT_OK


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from journal.store import crypto
    from journal.store.errors import EncryptionStateError

    root = _existing_journal(args)
    if not crypto.is_encrypted(root):
        raise EncryptionStateError(f"The journal in {root} is not locked with a passphrase.")
    backups = _deployment(args).school.backup_dir()
    if args.use_recovery_key:
        crypto.disable_encryption(
            root, None, recovery_key=_passphrase(root, "recovery key"), backups_dir=backups
        )
    else:
        crypto.disable_encryption(root, _passphrase(root), backups_dir=backups)
    _say(f"The journal in {root} is no longer locked: everything is stored without encryption.")
    return EXIT_OK


def _cmd_passphrase(args: argparse.Namespace) -> int:
    from journal.store import crypto
    from journal.store.errors import EncryptionStateError

    root = _existing_journal(args)
    if not crypto.is_encrypted(root):
        raise EncryptionStateError(
            f"The journal in {root} is not locked with a passphrase; 'journal encrypt' locks it."
        )
    if args.use_recovery_key:
        recovery = _passphrase(root, "recovery key")
        # A wrong key is told before the new passphrase is asked for.
        crypto.unlock(root, recovery_key=recovery)
        crypto.change_passphrase(
            root, None, _new_passphrase(args.new_passphrase_file), recovery_key=recovery
        )
    else:
        old = _passphrase(root)
        crypto.unlock(root, passphrase=old)
        crypto.change_passphrase(root, old, _new_passphrase(args.new_passphrase_file))
    _say("The passphrase was changed; the recovery key is still the same.")
    return EXIT_OK


COMMANDS = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "repair": _cmd_repair,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "search": _cmd_search,
    "prompts": _cmd_prompts,
    "import": _cmd_import,
    "export": _cmd_export,
    "review": _cmd_review,
    "exhibitions": _cmd_exhibitions,
    "exhibit": _cmd_exhibit,
    "encrypt": _cmd_encrypt,
    "decrypt": _cmd_decrypt,
    "passphrase": _cmd_passphrase,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from journal.store.errors import JournalError

    if args.smoke_test:  # packaging checks: touches nothing but a temporary folder
        from journal.smoke import run_smoke_test

        return run_smoke_test()
    _UNLOCKED.clear()
    _PASSPHRASE_FILE[:] = [args.passphrase_file] if args.passphrase_file else []
    try:
        if args.command is None:
            from journal.app import run_app

            found = _deployment(args)
            for problem in found.problems:
                print(f"journal: {problem}", file=sys.stderr)
            # A folder named on the command line (or in JOURNAL_DATA_DIR) opens straight away.
            import os

            named = bool(args.data_dir or os.environ.get("JOURNAL_DATA_DIR"))
            return run_app(found.data_dir, deployment=found, ask_who=not named)
        return COMMANDS[args.command](args)
    except JournalError as exc:
        _say(f"journal: {exc}", file=sys.stderr, single_line=True)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # The reader went away (e.g. `journal search x | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _say("journal: stopped.", file=sys.stderr)
        return 130
