"""The exported site's pages: Markdown made safe, then Jinja2 templates with autoescape.

Student text is Markdown. It becomes HTML through markdown-it-py with raw HTML
switched off, then nh3 keeps only a small set of tags and attributes and drops
any URL scheme but http, https and mailto. Images in the text only ever point at
the entry's own attachments (anything else would be a network request, so it
becomes its alt text). Every other piece of text reaches the page through a
Jinja2 template with autoescape on.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import nh3
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup
from mdit_py_plugins.tasklists import tasklists_plugin

from journal import APP_NAME, __version__
from journal.core.text import words_changed
from journal.portfolio.formatting import count, format_day, format_size, format_when
from journal.portfolio.model import (
    ATTRIBUTE_LABELS,
    AttachmentData,
    AttachmentRef,
    EntryData,
    GoalData,
    PortfolioData,
    RevisionData,
)
from journal.portfolio.words import Words
from journal.resources import resource_path

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)
ALLOWED_TAGS = {
    "p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "a",
    "img", "table", "thead", "tbody", "tr", "th", "td", "del", "s",
    "h2", "h3", "h4", "h5", "h6", "input", "label",
}  # fmt: skip
# Block elements carry dir="auto": an Arabic paragraph reads right to left
# beside an English one, each following its own text.
_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "th", "td", "pre")
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {tag: {"dir"} for tag in _BLOCKS}
ALLOWED_ATTRIBUTES.update(
    {
        "a": {"href", "title"},
        "img": {"src", "alt", "title"},
        "ol": {"start", "dir"},
        "ul": {"dir", "class"},
        "li": {"dir", "class"},
        "input": {"type", "checked", "disabled", "class"},
    }
)
URL_SCHEMES = {"http", "https", "mailto"}
_ATTACHMENT_SRC = re.compile(r"^(?:\.\./)?attachments/[0-9a-f]{64}$|^data:image/svg\+xml;base64,")
SVG_INLINE_LIMIT = 2 * 1024 * 1024
TEMPLATE_FOLDER = "export"


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # "- [x] done" is a ticked box a screen reader announces, not "[x]" text.
    md.use(tasklists_plugin, enabled=False, label=True)
    return md


_MD = _markdown()


_TASK_CLASSES = {"contains-task-list", "task-list-item", "task-list-item-checkbox"}


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "dir":
        return value if value in ("auto", "ltr", "rtl") else None
    if element == "img" and attribute == "src":
        return value if _ATTACHMENT_SRC.match(value) else None
    if attribute == "class":  # only the checklist's own classes
        return value if value in _TASK_CLASSES else None
    if element == "input":  # only a read-only checkbox
        if attribute == "type":
            return value if value == "checkbox" else None
        return value if attribute in ("checked", "disabled") else None
    return value


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_filter_attribute,
        strip_comments=True,
    )


def _shift_headings(tokens: list[Token], base: int) -> None:
    """Student headings start at ``base`` and never skip a level (for screen readers)."""
    levels = sorted({int(t.tag[1]) for t in tokens if t.type == "heading_open"})
    mapping = {level: min(6, base + i) for i, level in enumerate(levels)}
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{mapping[int(token.tag[1])]}"


def _resolve_images(tokens: list[Token], images: Callable[[str], str | None]) -> None:
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        children: list[Token] = []
        for child in token.children:
            if child.type == "image":
                src = images(str(child.attrGet("src") or ""))
                if src is None:
                    text = Token("text", "", 0)
                    text.content = child.content or "(picture)"
                    children.append(text)
                    continue
                child.attrSet("src", src)
            children.append(child)
        token.children = children


def _directions(tokens: list[Token]) -> None:
    """Each block's direction follows its own text (dir="auto")."""
    for token in tokens:
        if token.nesting == 1 and token.tag in (*_BLOCKS, "ul", "ol"):
            token.attrSet("dir", "auto")


def markdown_to_html(
    text: str, *, heading_base: int = 4, images: Callable[[str], str | None] | None = None
) -> Markup:
    """Safe HTML for a piece of student Markdown."""
    tokens = _MD.parse(text or "")
    _shift_headings(tokens, heading_base)
    _resolve_images(tokens, images or (lambda _src: None))
    _directions(tokens)
    html = _MD.renderer.render(tokens, _MD.options, {})
    return Markup(sanitize_html(html))


@cache
def environment(folder: Path | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(folder or resource_path(TEMPLATE_FOLDER))),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["day"] = _day
    env.filters["when"] = _when
    env.filters["size"] = _size
    env.filters["count"] = _count  # {{ n | count("entry") }} -> "1 entry" / "3 entries"
    return env


# Dates and counts in the page's language: a page's context carries its ``words``
# (English when a template is rendered without them).
@pass_context
def _day(context: Context, value: date | None) -> str:
    words = context.get("words")
    return words.day(value) if isinstance(words, Words) else format_day(value)


@pass_context
def _when(context: Context, value: datetime | None) -> str:
    words = context.get("words")
    return words.when(value) if isinstance(words, Words) else format_when(value)


@pass_context
def _size(context: Context, size: int) -> str:
    words = context.get("words")
    return words.size(size) if isinstance(words, Words) else human_size(size)


@pass_context
def _count(context: Context, n: int, singular: str) -> str:
    words = context.get("words")
    return words.count(n, singular) if isinstance(words, Words) else count(n, singular)


def human_size(size: int) -> str:
    return format_size(size)


@dataclass(frozen=True)
class Page:
    name: str  # path inside the site, forward slashes
    html: bytes


class SiteRenderer:
    """Turns a :class:`PortfolioData` into the pages of the static site."""

    def __init__(
        self,
        data: PortfolioData,
        *,
        has_timeline: bool,
        attachments: Any = None,
        exhibitions: list[tuple[str, str]] | None = None,
        language: str | None = None,
    ):
        self.data = data
        self.exhibitions = exhibitions or []  # (id, title) of each exhibition page carried
        self.has_timeline = has_timeline
        self.env = environment()
        self.words = Words(language)  # the app's language unless one is given
        self._svg = attachments  # callable sha -> bytes | None, for small SVGs
        self.entries_by_id = {e.id: e for e in data.entries}
        self.revision_entry = {r.id: e for e in data.entries for r in e.revisions}
        self.evidence_for: dict[str, list[GoalData]] = {}
        for goal in data.goals:
            for ev in goal.evidence:
                self.evidence_for.setdefault(ev.entry_id, []).append(goal)
        self.reflections_for: dict[str, list[Any]] = {}
        for reflection in data.reflections:
            if reflection.entry_id:
                self.reflections_for.setdefault(reflection.entry_id, []).append(reflection)

    def page_count(self) -> int:
        return 4 + len(self.data.entries)

    def _common(self, root: str, current: str) -> dict[str, Any]:
        words = self.words
        name = self.data.profile.name or words.text("A student")
        return {
            "root": root,
            "current": current,
            "csp": CONTENT_SECURITY_POLICY,
            "student": name,
            "app": APP_NAME,
            "version": __version__,
            "created_at": self.data.created_at,
            "labels": {key: words.text(label) for key, label in ATTRIBUTE_LABELS.items()},
            "words": words,
            "_": words,
            "lang": words.code,
            "dir": words.direction,
        }

    def _render(self, template: str, root: str, current: str, **values: Any) -> bytes:
        context = self._common(root, current) | values
        return self.env.get_template(template).render(context).encode("utf-8")

    def attachment_src(self, sha: str, root: str) -> str | None:
        info = self.data.attachments.get(sha)
        if info is None:
            return None
        if info.media_type == "image/svg+xml":
            # Offline, a file without its extension isn't shown as SVG; a data: URL
            # inside <img> is, and an <img> never runs an SVG's scripts.
            blob = self._svg(sha) if self._svg and info.size <= SVG_INLINE_LIMIT else None
            if blob is None:
                return None
            return "data:image/svg+xml;base64," + base64.b64encode(blob).decode("ascii")
        return f"{root}attachments/{sha}"

    def _images_for(self, refs: list[AttachmentRef], root: str) -> Callable[[str], str | None]:
        by_name = {r.filename: r.sha256 for r in refs}

        def resolve(src: str) -> str | None:
            sha = by_name.get(src.rsplit("/", 1)[-1])
            if sha is None or not self._is_image(self.data.attachments.get(sha)):
                return None
            return self.attachment_src(sha, root)

        return resolve

    @staticmethod
    def _is_image(info: AttachmentData | None) -> bool:
        return info is not None and info.media_type.startswith("image/")

    def files_view(self, refs: list[AttachmentRef], root: str) -> list[dict[str, Any]]:
        items = []
        for ref in refs:
            info = self.data.attachments.get(ref.sha256)
            if info is None:
                continue
            src = self.attachment_src(ref.sha256, root) if self._is_image(info) else None
            items.append(
                {
                    "filename": ref.filename,
                    "href": f"{root}attachments/{ref.sha256}",
                    "src": src,
                    "size": info.size,
                    "media_type": info.media_type,
                }
            )
        return items

    def revision_view(
        self,
        revision: RevisionData | None,
        root: str,
        base: int,
        *,
        plain: bool = False,
        against: RevisionData | None = None,
    ) -> Any:
        """A revision for a template; ``plain`` shows its text as written (no Markdown).

        The versions between the first and the latest are shown plain: they are
        many, and reading them as written is what comparing drafts needs.
        """
        if revision is None:
            return None
        shared = {
            "id": revision.id,
            "seq": revision.seq,
            "created_at": revision.created_at,
            "title": revision.title,
            "note": revision.note,
            "word_count": revision.word_count,
        }
        if plain:
            return {**shared, "plain": revision.body}
        if against is not None:
            # Beside another version, the change counted is the one the reader sees.
            added, removed = words_changed(against.body, revision.body)
        else:
            added, removed = revision.words_added, revision.words_removed
        return {
            **shared,
            "against_seq": against.seq if against is not None else None,
            "words_added": added,
            "words_removed": removed,
            "html": markdown_to_html(
                revision.body,
                heading_base=base,
                images=self._images_for(revision.attachments, root),
            ),
            "files": self.files_view(revision.attachments, root),
        }

    def entry_link(self, entry_id: str, root: str) -> str:
        return f"{root}entries/{entry_id}.html"

    def pages(self) -> Iterator[Page]:
        yield Page("index.html", self.index_page())
        yield Page("entries.html", self.entries_page())
        yield Page("goals.html", self.goals_page())
        yield Page("reflections.html", self.reflections_page())
        for entry in self.data.entries:
            yield Page(f"entries/{entry.id}.html", self.entry_page(entry))

    def index_page(self) -> bytes:
        data = self.data
        period = data.period
        recent = sorted(data.entries, key=lambda e: e.learned_on, reverse=True)[:8]
        return self._render(
            "index.html",
            "",
            "index",
            statement=markdown_to_html(data.profile.statement, heading_base=3),
            statement_updated_at=data.profile.statement_updated_at,
            has_timeline=self.has_timeline,
            period=period,
            counts={
                "entries": len(data.entries),
                "revisions": data.revision_total,
                "goals": len(data.goals),
                "reflections": len(data.reflections),
            },
            goals=data.goals,
            recent=recent,
            exhibitions=self.exhibitions,
        )

    def entries_page(self) -> bytes:
        by_year: dict[int, list[EntryData]] = {}
        for entry in sorted(self.data.entries, key=lambda e: (e.learned_on, e.created_at)):
            by_year.setdefault(entry.learned_on.year, []).append(entry)
        return self._render("entries.html", "", "entries", years=by_year)

    def entry_page(self, entry: EntryData) -> bytes:
        root = "../"
        first = entry.first_revision
        latest = entry.latest_revision
        history = entry.revisions[1:-1] if len(entry.revisions) > 2 else []
        current_files = entry.attachments or (latest.attachments if latest else [])
        working = None
        if latest is None and (entry.title or entry.body):
            working = markdown_to_html(
                entry.body, heading_base=3, images=self._images_for(entry.attachments, root)
            )
        goals = self.evidence_for.get(entry.id, [])
        return self._render(
            "entry.html",
            root,
            "entries",
            entry=entry,
            first=self.revision_view(first, root, 4) if latest is not first else None,
            latest=self.revision_view(
                latest, root, 4, against=first if latest is not first else None
            ),
            history=[self.revision_view(r, root, 5, plain=True) for r in history],
            working=working,
            files=self.files_view(current_files, root),
            goals=[{"title": g.title, "id": g.id} for g in goals],
            reflections=[
                {
                    "prompt": r.prompt_text,
                    "attribute": r.attribute,
                    "html": markdown_to_html(r.body, heading_base=4),
                    "created_at": r.created_at,
                }
                for r in self.reflections_for.get(entry.id, [])
            ],
        )

    def goals_page(self) -> bytes:
        goals = []
        for goal in self.data.goals:
            criteria = {c.id: c for c in goal.criteria}
            goals.append(
                {
                    "goal": goal,
                    "why": markdown_to_html(goal.why_it_matters, heading_base=4),
                    "task": markdown_to_html(goal.task, heading_base=4),
                    "task_criteria": markdown_to_html(goal.task_criteria, heading_base=4),
                    "checkpoints": [
                        {
                            "checkpoint": cp,
                            "note": markdown_to_html(cp.note, heading_base=5),
                            "ratings": [
                                (criteria[r.criterion_id].text, r.level)
                                for r in cp.ratings
                                if r.criterion_id in criteria
                            ],
                        }
                        for cp in goal.checkpoints
                    ],
                    "evidence": [
                        {
                            "title": self.entries_by_id[ev.entry_id].title
                            or self.words.text("Untitled entry"),
                            "href": self.entry_link(ev.entry_id, ""),
                            "criterion": criteria[ev.criterion_id].text
                            if ev.criterion_id in criteria
                            else None,
                            "note": ev.note,
                        }
                        for ev in goal.evidence
                        if ev.entry_id in self.entries_by_id
                    ],
                }
            )
        return self._render("goals.html", "", "goals", goals=goals)

    def reflections_page(self) -> bytes:
        groups: dict[str, list[dict[str, Any]]] = {key: [] for key in ATTRIBUTE_LABELS}
        groups["other"] = []
        for reflection in sorted(self.data.reflections, key=lambda r: r.created_at):
            key = reflection.attribute if reflection.attribute in ATTRIBUTE_LABELS else "other"
            entry = self.entries_by_id.get(reflection.entry_id or "")
            groups[key].append(
                {
                    "prompt": reflection.prompt_text,
                    "html": markdown_to_html(reflection.body, heading_base=4),
                    "created_at": reflection.created_at,
                    "entry": (
                        {
                            "title": entry.title or self.words.text("Untitled entry"),
                            "href": self.entry_link(entry.id, ""),
                        }
                        if entry
                        else None
                    ),
                    "conditions": [
                        (label, value)
                        for label, value in (
                            ("Where", reflection.place),
                            ("With whom", reflection.with_whom),
                            ("How", reflection.how),
                            ("Time of day", reflection.time_of_day),
                            ("Energy (1–5)", reflection.energy),
                            ("How well it went (1–5)", reflection.went_well),
                        )
                        if value not in (None, "")
                    ],
                }
            )
        labels = {key: self.words.text(label) for key, label in ATTRIBUTE_LABELS.items()}
        labels["other"] = self.words.text("Other reflections")
        return self._render(
            "reflections.html",
            "",
            "reflections",
            groups=[(key, labels[key], items) for key, items in groups.items() if items],
        )


def stylesheets() -> dict[str, bytes]:
    folder = resource_path(TEMPLATE_FOLDER)
    return {name: (folder / name).read_bytes() for name in ("style.css", "print.css")}
