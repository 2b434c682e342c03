"""The one entry point: ``journal`` opens the window, subcommands reach the same services.

A user mistake prints one clear sentence on stderr and exits non-zero; a
traceback means a bug in Learning Journal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from journal import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"journal: {message} (see 'journal --help').\n")


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill the data folder with a sample student journal")
    demo.add_argument("--entries", type=_positive, default=120, help="how many entries (120)")
    demo.add_argument("--years", type=_positive, default=1, help="how many years it spans (1)")
    demo.add_argument("--seed", type=int, default=7, help="seed for the same journal every time")
    demo.add_argument("--no-images", action="store_true", help="skip the small picture attachments")

    sub.add_parser("check", help="check the journal's integrity; non-zero exit on problems")

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
        choices=["voice", "cocreation", "social", "selfdiscovery"],
    )
    search.add_argument("--since", type=_date, metavar="DATE")
    search.add_argument("--until", type=_date, metavar="DATE")
    search.add_argument("--limit", type=_positive, default=50)
    search.add_argument("--json", action="store_true", help="print JSON instead of lines")

    prompts = sub.add_parser("prompts", help="list the reflective prompts (built-in, packs, mine)")
    prompts.add_argument(
        "--attribute", metavar="A", choices=["voice", "cocreation", "social", "selfdiscovery"]
    )
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
    export.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="for PDF")

    review = sub.add_parser("review", help="check a student's portfolio and open it to review")
    review.add_argument("file", type=Path, metavar="FILE", help="the .portfolio.zip to review")
    review.add_argument(
        "--summary", action="store_true", help="only check it and print a summary (no window)"
    )
    return parser


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


def _cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from journal.demo import DemoSize, generate_demo
    from journal.store.database import Journal
    from journal.store.errors import JournalError
    from journal.store.models import Entry

    with Journal.open(_data_dir(args)) as journal:
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
    print(
        f"Made a sample journal in {_data_dir(args)}: {counts['entries']} entries, "
        f"{counts['revisions']} revisions, {counts['goals']} goals, "
        f"{counts['reflections']} reflections."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from journal.store.check import check_journal
    from journal.store.database import Journal

    # Not read-only: FTS5's integrity check is spelled as an INSERT, which a
    # read-only connection refuses (it changes nothing).
    with Journal.open(_existing_journal(args), auto_backup=False) as journal:
        problems = check_journal(journal)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return EXIT_PROBLEMS
    print("All is well: the database, search index, revisions and attachments are intact.")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from journal.store.backup import make_backup
    from journal.store.database import Journal

    with Journal.open(_existing_journal(args), auto_backup=False) as journal:
        path = make_backup(journal, out=args.out)
    print(f"Backed up to {path}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from journal.store.backup import restore_backup
    from journal.store.database import Journal
    from journal.store.errors import JournalError

    if not args.file.is_file():  # before opening, so a typo creates nothing
        raise JournalError(f"There is no backup file at {args.file}.")
    with Journal.open(_data_dir(args), auto_backup=False) as journal:
        aside = restore_backup(journal, args.file)
    print(f"Restored {args.file}. The journal it replaced is kept at {aside}.")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    # Standard library only on this path: a search must answer in tens of
    # milliseconds, and importing SQLAlchemy alone takes longer than that.
    import sqlite3

    from journal.core.filters import EntryFilter, SortOrder
    from journal.core.text import excerpt
    from journal.store.errors import JournalError
    from journal.store.paths import JournalPaths
    from journal.store.sqlite import search_rows

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
    try:
        found = search_rows(database, flt, order, limit=args.limit or None)
    except sqlite3.DatabaseError as exc:
        raise JournalError(
            f"The journal in {database.parent} can't be searched ({exc}); "
            "run 'journal check' to see what is wrong."
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
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for row in rows:
            print(f"{row['learned_on']}  {row['title'] or '(untitled)'}")
        if not rows:
            print("No entries match.", file=sys.stderr)
    return EXIT_OK


def _cmd_prompts(args: argparse.Namespace) -> int:
    from journal.store.database import Journal
    from journal.store.paths import JournalPaths
    from journal.store.prompts import PromptInfo, builtin_prompts, list_prompts

    root = _data_dir(args)
    rows: list[PromptInfo]
    if JournalPaths(root).database.exists():
        with Journal.open(root, read_only=True) as journal, journal.read() as session:
            rows = list_prompts(session, attribute=args.attribute)
    else:  # no journal yet: the built-in library is still worth seeing
        rows = [
            PromptInfo(p.id, p.text, p.attribute, p.moment, p.learn_best, p.source)
            for p in builtin_prompts()
            if args.attribute is None or p.attribute == args.attribute
        ]
    if args.json:
        json.dump(
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
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        for p in rows:
            print(f"{p.id}\t{p.attribute}\t{p.moment}\t{p.source}\t{p.text}")
        if not rows:
            print("No prompts match.", file=sys.stderr)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from journal.portfolio.imports import import_file
    from journal.store.database import Journal

    with Journal.open(_data_dir(args)) as journal:
        result = import_file(journal, args.file, args.kind)
    print(result.summary)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from journal.portfolio.export import export_portfolio
    from journal.portfolio.model import ExportOptions, RevisionChoice
    from journal.store.database import Journal

    options = ExportOptions(
        include_private=args.include_private, revisions=RevisionChoice(args.revisions)
    )
    with Journal.open(_data_dir(args), read_only=True) as journal:
        result = export_portfolio(
            journal, args.out, options, format=args.format, page_size=args.page_size
        )
    private = "with" if args.include_private else "without"
    print(f"Exported your portfolio ({private} private entries) to {result.path}.")
    if result.missing_attachments:
        names = ", ".join(result.missing_attachments[:5])
        print(
            f"Left out {len(result.missing_attachments)} attached file(s) missing from the "
            f"journal folder: {names}; run 'journal check' to see why.",
            file=sys.stderr,
        )
    return EXIT_OK


def _cmd_review(args: argparse.Namespace) -> int:
    from journal.portfolio.review import verify_portfolio

    info = verify_portfolio(args.file)
    if not args.summary:
        try:
            from journal.app import run_review  # type: ignore[attr-defined]
        except ImportError:
            run_review = None
        if run_review is not None:
            return int(run_review(args.file))
    exported = info.exported_at.strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"{args.file.name} is intact: {info.student_name or 'a student'}’s portfolio, exported "
        f"{exported} with Learning Journal {info.app_version}: {info.entries} entries, "
        f"{info.revisions} revisions, {info.goals} goals, {info.reflections} reflections."
    )
    return EXIT_OK


COMMANDS = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "search": _cmd_search,
    "prompts": _cmd_prompts,
    "import": _cmd_import,
    "export": _cmd_export,
    "review": _cmd_review,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from journal.store.errors import JournalError

    if args.smoke_test:  # packaging checks: touches nothing but a temporary folder
        from journal.smoke import run_smoke_test

        return run_smoke_test()
    try:
        if args.command is None:
            from journal.app import run_app

            found = _deployment(args)
            for problem in found.problems:
                print(f"journal: {problem}", file=sys.stderr)
            return run_app(found.data_dir, deployment=found)
        return COMMANDS[args.command](args)
    except JournalError as exc:
        print(f"journal: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # The reader went away (e.g. `journal search x | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("journal: stopped.", file=sys.stderr)
        return 130
