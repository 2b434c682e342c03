"""The exhibition leaves safely: one offline file, escaped text, presets, no picture metadata."""

from __future__ import annotations

import base64
import errno
import re
import struct
import threading
import time
from pathlib import Path

import pytest
from markupsafe import escape

from journal.actions import entries as entry_act
from journal.actions import exhibitions as act
from journal.portfolio.errors import ExportCancelled, ExportFailed
from journal.portfolio.exhibition import (
    ExhibitFormat,
    content_security_policy,
    default_file_name,
    export_exhibition,
    picture_bytes,
    plan_exhibit,
)
from journal.portfolio.image_meta import ImageError, clean_image
from journal.store.database import Journal
from journal.store.read_models.exhibitions import exhibition_detail
from tests.exhibitions.helpers import Built, build_exhibition, jpeg_with_gps, png_with_text

_DATA_URI = re.compile(r'src="data:(image/[a-z+]+);base64,([A-Za-z0-9+/=]*)"')


def _page(journal: Journal, exhibition_id: str, out: Path, preset: str = "panel") -> str:
    export_exhibition(journal, exhibition_id, out, audience=preset)
    return out.read_text("utf-8")


def _images(html: str) -> list[tuple[str, bytes]]:
    return [(m.group(1), base64.b64decode(m.group(2))) for m in _DATA_URI.finditer(html)]


def _jpeg_segments(data: bytes) -> list[tuple[int, bytes]]:
    segments, i = [], 2
    while i < len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker in (0xD9, 0xDA):
            break
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        segments.append((marker, data[i + 4 : i + 2 + length]))
        i += 2 + length
    return segments


def _png_chunks(data: bytes) -> list[bytes]:
    kinds, i = [], 8
    while i < len(data):
        length = struct.unpack(">I", data[i : i + 4])[0]
        kinds.append(data[i + 4 : i + 8])
        i += 12 + length
    return kinds


def assert_no_metadata(media_type: str, data: bytes) -> None:
    assert b"SpyPhone" not in data and b"Home Street" not in data and b"51.5 N" not in data
    if media_type == "image/jpeg":
        for marker, payload in _jpeg_segments(data):
            assert marker != 0xFE, "a comment was left in"
            if marker == 0xE1:
                # Only a minimal EXIF with the orientation may stay: no GPS IFD, one tag.
                assert payload.startswith(b"Exif\x00\x00") and b"\x88\x25" not in payload
                assert struct.unpack(">H", payload[14:16])[0] == 1
    elif media_type == "image/png":
        assert not {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"} & set(_png_chunks(data))


def test_the_page_is_one_offline_file_with_no_script(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    html = _page(journal, built.exhibition_id, tmp_path / "x.exhibition.html")
    assert "<script" not in html.lower()
    assert "http://" not in html and "https://" not in html
    srcs = re.findall(r'src="([^"]*)"', html)
    assert len(srcs) == 2 and all(s.startswith("data:image/") for s in srcs)
    assert "<link" not in html
    style = re.search(r"<style>(.*)</style>", html, re.S)
    assert style is not None
    assert str(escape(content_security_policy(style.group(1)))) in html
    assert 'alt="A balsa bridge on two desks"' in html
    assert "Failing &lt;b&gt;helps&lt;/b&gt;" in html  # the claim, escaped
    assert "Station 3: <bdi>Fractions game</bdi>" in html


def test_user_text_is_escaped_and_readable(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    long = ("العلوم تجربة 🌧️ " * 30)[:300]
    act.set_captions(
        journal, built.stations[0], topic='<img src=x onerror="alert(1)">', myself=long
    )
    act.describe_attachment(journal, built.photo_id, alt_text='"><script>alert(1)</script>')
    entry_act.save_draft(journal, built.entries[1], "Poem", "<script>bad()</script> **rain**")
    revision = entry_act.save_revision(journal, built.entries[1]).value
    assert revision is not None
    act.pin_revision(journal, built.stations[1], revision.id)
    html = _page(journal, built.exhibition_id, tmp_path / "x.exhibition.html")
    assert "<script" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert f'<p class="user" dir="auto">{long}</p>' in html
    assert "&lt;script&gt;bad()&lt;/script&gt; <strong>rain</strong>" in html
    assert 'alt="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_every_picture_leaves_without_metadata(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    source = jpeg_with_gps()
    assert b"SpyPhone" in source and b"\x88\x25" in source  # the test photo does carry GPS
    for preset in ("panel", "family", "public"):
        html = _page(journal, built.exhibition_id, tmp_path / f"{preset}.html", preset)
        images = _images(html)
        assert images
        for media_type, data in images:
            assert_no_metadata(media_type, data)


def test_family_and_public_hold_no_surname_and_no_flagged_file(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    panel = _page(journal, built.exhibition_id, tmp_path / "panel.html", "panel")
    assert "Sam Rivera" in panel and len(_images(panel)) == 2
    for preset, shown in (("family", "<bdi>Sam</bdi>"), ("public", "<bdi>Sam R.</bdi>")):
        html = _page(journal, built.exhibition_id, tmp_path / f"{preset}.html", preset)
        assert "Rivera" not in html
        assert shown in html
        assert "My team holding the bridge" not in html
        assert [t for t, _ in _images(html)] == ["image/jpeg"]
    plan = plan_exhibit(exhibition_detail(journal, built.exhibition_id), "public")
    assert plan.student == "Sam R."
    assert [item.filename for item in plan.left_out] == ["team.png"]
    assert "shows other people" in plan.left_out[0].message
    # Ticked for this station: it goes to families too.
    act.include_people_file(journal, built.stations[0], built.people_id, True)
    html = _page(journal, built.exhibition_id, tmp_path / "ticked.html", "family")
    assert "My team holding the bridge" in html and len(_images(html)) == 2
    for media_type, data in _images(html):
        assert_no_metadata(media_type, data)


def test_what_stays_behind_is_named_and_nothing_crashes(
    journal: Journal, tmp_path: Path
) -> None:
    built = build_exhibition(journal, tmp_path)
    detail = exhibition_detail(journal, built.exhibition_id)
    photo = next(f for f in detail.stations[0].files if f.attachment_id == built.photo_id)
    photo.path.unlink()
    entry_act.trash_entry(journal, built.entries[1])
    act.set_notes(journal, built.stations[2], "SECRET talking note")
    result = export_exhibition(journal, built.exhibition_id, tmp_path / "x.html")
    messages = [item.message for item in result.left_out]
    assert any("Station 1" in m and "bridge.jpg" in m and "missing" in m for m in messages)
    assert any("Station 2" in m and "trash" in m for m in messages)
    html = (tmp_path / "x.html").read_text("utf-8")
    assert "Poem about rain" not in html and "SECRET" not in html
    assert "Station 1:" in html and "Station 3:" in html


def test_private_entries_stay_behind_unless_asked(journal: Journal, tmp_path: Path) -> None:
    from journal.core.enums import Privacy

    built = build_exhibition(journal, tmp_path)
    entry_act.set_privacy(journal, built.entries[2], Privacy.PRIVATE)
    detail = exhibition_detail(journal, built.exhibition_id)
    assert [s.station.number for s in plan_exhibit(detail).stations] == [1, 2]
    assert len(plan_exhibit(detail, include_private=True).stations) == 3


def test_pdf_and_placards_are_written(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    pdf = export_exhibition(
        journal, built.exhibition_id, tmp_path / "s.pdf", format="pdf", audience="public"
    )
    assert pdf.path.read_bytes().startswith(b"%PDF") and pdf.pages >= 4  # cover + 3 stations
    placards = export_exhibition(
        journal, built.exhibition_id, tmp_path / "p.pdf", format=ExhibitFormat.PLACARDS,
        page_size="Letter", audience="family",
    )  # fmt: skip
    assert placards.path.read_bytes().startswith(b"%PDF") and placards.pages == 2
    assert [p.name for p in tmp_path.glob("*.part")] == []


def test_a_folder_that_does_not_exist_is_refused(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    with pytest.raises(ExportFailed, match="doesn't exist"):
        export_exhibition(journal, built.exhibition_id, tmp_path / "nowhere" / "x.html")
    name = default_file_name(exhibition_detail(journal, built.exhibition_id), "page")
    assert name == "How-I-learned-to-build.exhibition.html"


def test_the_stripper_handles_png_and_refuses_damaged_pictures() -> None:
    cleaned = clean_image(png_with_text(), "image/png")
    assert_no_metadata("image/png", cleaned)
    assert _png_chunks(cleaned) == [b"IHDR", b"IDAT", b"IEND"]
    with pytest.raises(ImageError):
        clean_image(b"not a picture", "image/jpeg")
    with pytest.raises(ImageError):
        clean_image(jpeg_with_gps()[:40], "image/jpeg")
    with pytest.raises(ImageError):
        clean_image(b"II*\x00", "image/tiff")


def test_a_station_preview_for_the_builder(journal: Journal, tmp_path: Path) -> None:
    from journal.portfolio.exhibition_pdf import station_document

    built = build_exhibition(journal, tmp_path)
    plan = plan_exhibit(exhibition_detail(journal, built.exhibition_id), "family")
    document = station_document(plan, 1, 500)
    text = document.toPlainText()
    assert "Station 1: Bridge model" in text and "Topic 1" in text and "Me 1" in text
    assert "Rivera" not in text
    with pytest.raises(KeyError):
        station_document(plan, 9)


def test_pictures_in_the_draft_text_are_inlined_too(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    entry_act.save_draft(
        journal, built.entries[0], "Bridge model",
        "Look: ![my bridge](bridge.jpg) and ![them](team.png) and ![web](https://x.example/a.png)",
    )  # fmt: skip
    revision = entry_act.save_revision(journal, built.entries[0]).value
    assert revision is not None
    act.pin_revision(journal, built.stations[0], revision.id)
    html = _page(journal, built.exhibition_id, tmp_path / "p.html", "public")
    assert "x.example" not in html  # a picture from the web becomes its words
    kinds = [t for t, _ in _images(html)]
    assert kinds == ["image/jpeg", "image/jpeg"]  # the figure and the picture in the text
    for media_type, data in _images(html):
        assert_no_metadata(media_type, data)


def test_the_first_sheet_of_placards_draws_as_a_picture(journal: Journal, tmp_path: Path) -> None:
    """The screenshot of placards uses the PDF's own layout: two placards and a cut line."""
    from PySide6.QtGui import QColor

    from journal.portfolio.exhibit_plan import plan_exhibit
    from journal.portfolio.exhibition_pdf import placard_sheet_image

    built = build_exhibition(journal, tmp_path)
    plan = plan_exhibit(exhibition_detail(journal, built.exhibition_id), "family")
    image = placard_sheet_image(plan, dpi=60)
    assert (image.width(), image.height()) == (round(8.27 * 60), round(11.69 * 60))
    white = QColor("white").rgb()
    rows_with_ink = {
        y for y in range(0, image.height(), 4)
        if any(image.pixel(x, y) != white for x in range(0, image.width(), 3))
    }  # fmt: skip
    middle = image.height() // 2
    # Ink in the top half and in the bottom half: two placards on the sheet.
    assert any(y < middle - 20 for y in rows_with_ink)
    assert any(y > middle + 20 for y in rows_with_ink)


def test_a_published_address_puts_a_qr_code_on_each_placard(
    journal: Journal, tmp_path: Path
) -> None:
    import segno
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    from journal.portfolio.exhibit_plan import plan_exhibit
    from journal.portfolio.exhibition_pdf import QR_KEY, _placard

    built = build_exhibition(journal, tmp_path)
    act.edit_exhibition(journal, built.exhibition_id, published_url="sites.example.org/sam")
    detail = exhibition_detail(journal, built.exhibition_id)
    assert detail.published_url == "https://sites.example.org/sam"
    plan = plan_exhibit(detail, "public")
    image = QImage(800, 1000, QImage.Format.Format_RGB32)
    document = _placard(image, plan, plan.stations[0], 700.0, 900.0)
    code = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(QR_KEY))
    assert isinstance(code, QImage) and not code.isNull()
    expected = segno.make("https://sites.example.org/sam", error="m")
    assert code.width() == expected.symbol_size(scale=8, border=4)[0]
    assert "Scan to see it online: https://sites.example.org/sam" in document.toPlainText()
    # Without an address, no code.
    act.edit_exhibition(journal, built.exhibition_id, published_url="")
    plain = plan_exhibit(exhibition_detail(journal, built.exhibition_id), "public")
    bare = _placard(image, plain, plain.stations[0], 700.0, 900.0)
    assert "Scan to see it online" not in bare.toPlainText()
    placards = export_exhibition(
        journal, built.exhibition_id, tmp_path / "p.pdf", format=ExhibitFormat.PLACARDS
    )
    assert placards.pages == 2


@pytest.mark.parametrize(
    "typed", ["javascript:alert(1)", "ftp://example.org/x", "https://", "a b.org", "x" * 600]
)
def test_an_address_a_phone_cannot_open_is_refused_in_one_sentence(
    journal: Journal, tmp_path: Path, typed: str
) -> None:
    from journal.store.errors import JournalError

    built = build_exhibition(journal, tmp_path)
    with pytest.raises(JournalError) as refused:
        act.edit_exhibition(journal, built.exhibition_id, published_url=typed)
    assert "web address" in str(refused.value) and "\n" not in str(refused.value)
    assert exhibition_detail(journal, built.exhibition_id).published_url == ""


def _only_files(folder: Path) -> list[str]:
    deadline = time.monotonic() + 10  # the old copy is removed on a thread of its own
    while any(t.name == "drop-replaced" for t in threading.enumerate()):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert not [t for t in threading.enumerate() if t.name == "write-behind"]
    return sorted(p.name for p in folder.iterdir())


def test_each_picture_is_inlined_byte_for_byte(journal: Journal, tmp_path: Path) -> None:
    built = build_exhibition(journal, tmp_path)
    plan = plan_exhibit(exhibition_detail(journal, built.exhibition_id), "panel")
    html = _page(journal, built.exhibition_id, tmp_path / "x.exhibition.html")
    files = [f for p in plan.stations for f in p.images]
    assert files
    for file in files:
        assert base64.b64encode(picture_bytes(file)).decode("ascii") in html


def _on_a_stick(journal: Journal, tmp_path: Path) -> tuple[Built, Path]:
    """An exhibition, and where its page goes: a folder of its own."""
    (tmp_path / "work").mkdir()
    (tmp_path / "usb").mkdir()
    return build_exhibition(journal, tmp_path / "work"), tmp_path / "usb" / "show.exhibition.html"


def test_exporting_again_replaces_the_page_and_leaves_nothing_beside_it(
    journal: Journal, tmp_path: Path
) -> None:
    built, out = _on_a_stick(journal, tmp_path)
    folder = out.parent
    (folder / ".show.exhibition.html.0badc0de.replaced").write_bytes(b"a killed copy's")
    first = _page(journal, built.exhibition_id, out)
    act.set_captions(journal, built.stations[0], topic="Changed after the first export")
    second = _page(journal, built.exhibition_id, out)
    assert "Changed after the first export" in second and second != first
    assert _only_files(folder) == ["show.exhibition.html"]


class _DiskFillsUp:
    """The file the page goes to takes ``room`` bytes, then the disk is full."""

    def __init__(self, real: object, room: int) -> None:
        self.real, self.room, self.taken = real, room, 0

    def write(self, data: bytes) -> int:
        if self.taken + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.taken += len(data)
        return self.real.write(data)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def __enter__(self) -> _DiskFillsUp:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.real.close()  # type: ignore[attr-defined]


def test_a_full_disk_or_a_cancel_keeps_the_earlier_page_whole(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, out = _on_a_stick(journal, tmp_path)
    folder = out.parent
    before = _page(journal, built.exhibition_id, out).encode("utf-8")
    act.set_captions(journal, built.stations[0], topic="Not written")

    with pytest.raises(ExportCancelled):
        export_exhibition(journal, built.exhibition_id, out, cancelled=lambda: True)
    assert out.read_bytes() == before
    assert _only_files(folder) == ["show.exhibition.html"]

    import journal.portfolio.exhibition as exhibition

    monkeypatch.setattr(  # the page's file, as the exhibition module opens it
        exhibition, "open",
        lambda *a, **k: _DiskFillsUp(open(*a, **k), len(before) // 2),  # noqa: SIM115 - it closes
        raising=False,
    )  # fmt: skip
    with pytest.raises(ExportFailed, match="The disk is full"):
        export_exhibition(journal, built.exhibition_id, out)
    monkeypatch.undo()
    assert out.read_bytes() == before
    assert _only_files(folder) == ["show.exhibition.html"]


def test_a_share_that_cannot_sync_its_folder_still_gets_the_page(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import journal.portfolio.exhibition as exhibition

    def refuse(_folder: Path) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")  # as some network shares answer

    built, out = _on_a_stick(journal, tmp_path)
    monkeypatch.setattr(exhibition, "fsync_dir", refuse)
    html = _page(journal, built.exhibition_id, out)
    assert "Station 3" in html
    placards = export_exhibition(
        journal, built.exhibition_id, out.with_name("placards.pdf"), format=ExhibitFormat.PLACARDS
    )
    assert placards.path.read_bytes().startswith(b"%PDF")
