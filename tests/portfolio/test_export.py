"""Exporting a portfolio: what goes in, what never does, and no partial files."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest

from journal.portfolio.errors import ExportCancelled
from journal.portfolio.export import (
    ExportFormat,
    collect_for_export,
    default_file_name,
    export_portfolio,
)
from journal.portfolio.model import ExportOptions, RevisionChoice, preview_portfolio
from journal.store.attachments import blob_path
from tests.portfolio.conftest import SECRET, SECRET_GOAL, TRASHED, Filled

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000030101007a4d3e4d0000000049454e44ae426082"
)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_archive_holds_site_data_manifest_and_attachments(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "ada.portfolio.zip"
    result = export_portfolio(filled.journal, out, timeline_png=PNG_1X1)
    assert result.path == out and out.is_file()
    members = _members(out)
    entry_pages = {f"entries/{filled.shared_id}.html", f"entries/{filled.xss_id}.html"}
    expected = {"index.html", "entries.html", "goals.html", "reflections.html", "style.css",
                "print.css", "timeline.png", "portfolio.json", "manifest.json"}  # fmt: skip
    assert expected | entry_pages <= set(members)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "learning-journal-portfolio"
    assert manifest["format_version"] == "1.0"
    assert manifest["student_name"] == "Ada Example"
    assert manifest["app_version"]
    listed = {m["path"]: m for m in manifest["members"]}
    assert set(listed) == set(members) - {"manifest.json"}
    for name, member in listed.items():
        assert member["sha256"] == hashlib.sha256(members[name]).hexdigest()
        assert member["size"] == len(members[name])
    attachments = [n for n in members if n.startswith("attachments/")]
    assert len(attachments) == 2
    for name in attachments:
        assert hashlib.sha256(members[name]).hexdigest() == name.removeprefix("attachments/")
    data = json.loads(members["portfolio.json"])
    assert data["profile"]["journal_id"] == manifest["journal_id"]


def test_private_entries_goals_and_trash_never_leave_unless_ticked(
    filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "p.portfolio.zip"
    export_portfolio(filled.journal, out)
    raw = out.read_bytes()
    members = _members(out)
    for secret in (SECRET, SECRET_GOAL, TRASHED, filled.private_id, filled.private_goal_id):
        assert secret.encode() not in raw
        for name, content in members.items():
            assert secret.encode() not in content, (secret, name)
    data = json.loads(members["portfolio.json"])
    assert all(ev["entry_id"] != filled.private_id for g in data["goals"] for ev in g["evidence"])

    everything = tmp_path / "all.portfolio.zip"
    export_portfolio(filled.journal, everything, ExportOptions(include_private=True))
    both = b"".join(_members(everything).values())
    assert SECRET.encode() in both and SECRET_GOAL.encode() in both
    assert TRASHED.encode() not in both


def test_preview_lists_exactly_what_will_leave(filled: Filled) -> None:
    preview = preview_portfolio(collect_for_export(filled.journal))
    assert {e.id for e in preview.entries} == {filled.shared_id, filled.xss_id}
    assert preview.private_entries_left_out == 1
    assert preview.private_goals_left_out == 1
    assert [g.id for g in preview.goals] == [filled.goal_id]
    shared = next(e for e in preview.entries if e.id == filled.shared_id)
    assert (shared.revisions_included, shared.revisions_total) == (3, 3)
    assert shared.attachment_bytes == preview.attachment_bytes > 0
    assert sorted(a.filename for a in preview.attachments) == ["bridge.png", "diagram.svg"]
    assert preview.reflections_by_attribute == {"social": 1, "voice": 1}
    assert preview.feedback_count == 1

    wider = preview_portfolio(
        collect_for_export(
            filled.journal, ExportOptions(include_private=True, revisions=RevisionChoice.FIRST_LAST)
        )
    )
    assert len(wider.entries) == 3 and wider.private_entries_left_out == 0
    shared = next(e for e in wider.entries if e.id == filled.shared_id)
    assert (shared.revisions_included, shared.revisions_total) == (2, 3)


def test_first_last_keeps_first_and_latest_revisions(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "fl.portfolio.zip"
    export_portfolio(filled.journal, out, ExportOptions(revisions=RevisionChoice.FIRST_LAST))
    data = json.loads(_members(out)["portfolio.json"])
    shared = next(e for e in data["entries"] if e["id"] == filled.shared_id)
    assert [r["id"] for r in shared["revisions"]] == [
        filled.revision_ids[0],
        filled.revision_ids[-1],
    ]
    assert shared["revision_count"] == 3
    page = _members(out)[f"entries/{filled.shared_id}.html"].decode()
    assert "This portfolio shows 2 of the 3 versions" in page


def test_pages_are_static_offline_and_accessible(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "site.portfolio.zip"
    export_portfolio(filled.journal, out, timeline_png=PNG_1X1)
    for name, content in _members(out).items():
        if not name.endswith(".html"):
            continue
        html = content.decode()
        assert '<html lang="en" dir="ltr">' in html
        assert "Content-Security-Policy" in html
        assert "default-src &#39;none&#39;" in html and "script-src" not in html
        assert "<script" not in html.lower()
        assert re.search(r'<a class="skip-link" href="#main">', html)
        assert '<main id="main"' in html and "<nav " in html and '<h1 dir="auto">' in html
        assert not re.search(r'(src|href)="(https?:)?//', html), name
        for img in re.findall(r"<img [^>]*>", html):
            assert " alt=" in img, img
    index = _members(out)["index.html"].decode()
    assert "<strong>by building</strong>" in index  # the statement, as Markdown
    assert 'src="timeline.png"' in index


def test_entry_page_shows_first_and_latest_side_by_side_with_notes(
    filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "e.portfolio.zip"
    export_portfolio(filled.journal, out)
    page = _members(out)[f"entries/{filled.shared_id}.html"].decode()
    assert 'class="side-by-side"' in page
    assert page.index("First version") < page.index("Latest version")
    assert "First try: it fell down." in page and "Final bridge held 2 kg." in page
    assert "Wrote what I learned." in page
    assert "Versions in between" in page and "Added triangles after the test." in page
    # The picture in the Markdown points at the attachment inside the archive.
    sha = next(a.sha256 for a in collect_for_export(filled.journal).attachments.values()
               if a.media_type == "image/png")  # fmt: skip
    assert f'src="../attachments/{sha}"' in page
    # SVG only ever appears inside <img>, as data the browser can't run scripts from.
    assert "<svg" not in page and 'src="data:image/svg+xml;base64,' in page
    goals = _members(out)["goals.html"].decode()
    assert "I explain why triangles help" in goals and "3 of 4" in goals and "It held!" in goals
    reflections = _members(out)["reflections.html"].decode()
    assert (
        "Social construction" in reflections
        and "Working in a <strong>group</strong>" in reflections
    )


def test_cancelled_export_leaves_no_file(filled: Filled, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "c.portfolio.zip"
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_portfolio(filled.journal, out, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_failed_export_leaves_no_file(filled: Filled, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    data = collect_for_export(filled.journal)
    sha = next(iter(data.attachments))
    blob = blob_path(filled.journal.paths, sha)
    blob.write_bytes(b"damaged")  # the store's file no longer matches its hash
    for fmt, name in ((ExportFormat.ARCHIVE, "f.portfolio.zip"), (ExportFormat.HTML, "site")):
        with pytest.raises(Exception, match="damaged"):
            export_portfolio(filled.journal, tmp_path / name, data=data, format=fmt)
    assert list(tmp_path.iterdir()) == []


def test_progress_goes_up_to_the_total(filled: Filled, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_portfolio(
        filled.journal, tmp_path / "x.portfolio.zip", progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_html_folder_export_replaces_an_earlier_one(filled: Filled, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "site"
    export_portfolio(filled.journal, out, format="html")
    first = json.loads((out / "manifest.json").read_text())["portfolio_id"]
    export_portfolio(filled.journal, out, format="html")
    assert json.loads((out / "manifest.json").read_text())["portfolio_id"] != first
    assert (out / "index.html").is_file() and (out / f"entries/{filled.shared_id}.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    with pytest.raises(Exception, match="already exists"):
        export_portfolio(filled.journal, other, format="html")
    assert other.read_text() == "mine"


@pytest.mark.parametrize(("size", "box"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_pdf_export_has_pages_of_the_chosen_size(
    filled: Filled, tmp_path: Path, qapp: object, size: str, box: tuple[int, int]
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "p.pdf"
    export_portfolio(filled.journal, out, format="pdf", page_size=size, timeline_png=PNG_1X1)
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", raw)
    assert boxes and all((round(float(w)), round(float(h))) == box for w, h in boxes)
    assert SECRET.encode() not in raw
    assert [p.name for p in tmp_path.iterdir()] == ["p.pdf"]


def test_pdf_writer_counts_pages_and_scales_pictures(
    filled: Filled, tmp_path: Path, qapp: object
) -> None:
    from journal.portfolio.pdf import _PdfBuilder, write_pdf

    data = collect_for_export(filled.journal)
    pages = write_pdf(data, tmp_path / "a.pdf", attachments_folder=filled.journal.paths)
    assert pages >= 2
    raw = (tmp_path / "a.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", raw)) == pages
    from PySide6.QtGui import QImage

    builder = _PdfBuilder(data, None, width=1000, height=1000)
    tag = builder.image_tag("wide", QImage(4000, 500, QImage.Format.Format_RGB32))
    assert tag["width"] <= 1000 and tag["height"] <= 800


def test_default_file_name_is_safe(filled: Filled) -> None:
    data = collect_for_export(filled.journal)
    data.profile.name = "Ada/../Example"
    name = default_file_name(data)
    assert name.endswith(".portfolio.zip") and "/" not in name and ".." not in name
