"""The safe zip reader: every hostile shape is refused with one sentence."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from journal.portfolio.errors import ImportRefused
from journal.portfolio.safezip import SafeZip, ZipLimits, check_member_name
from tests.portfolio.hostile import build_zip, member, symlink_member


def _refusal(path: Path, limits: ZipLimits | None = None, read: bool = True) -> str:
    with pytest.raises(ImportRefused) as caught, SafeZip(path, limits) as archive:
        if read:
            for name in archive.names():
                archive.read(name)
    message = str(caught.value)
    assert message.count(". ") == 0 and message.endswith("."), message  # one sentence
    return message


def test_plain_archive_reads_and_extracts_into_its_own_temp_folder(tmp_path: Path) -> None:
    path = build_zip(
        tmp_path / "ok.zip",
        [member("pages/a.html", b"<p>hi</p>"), member("b.bin", b"\x00" * 10, compress=0)],
    )
    with SafeZip(path) as archive:
        assert sorted(archive.names()) == ["b.bin", "pages/a.html"]
        assert archive.read("pages/a.html") == b"<p>hi</p>"
        folder = archive.extract_all()
        assert (folder / "pages" / "a.html").read_bytes() == b"<p>hi</p>"
        assert folder.name.startswith("journal-import-") and folder != tmp_path
    assert not folder.exists()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../evil.txt", "climbs out"),
        ("pages/../../evil.txt", "climbs out"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil.dll", "drive letter"),
        ("c:evil.txt", "drive letter"),
        ("\\\\server\\share\\evil.txt", "another computer"),
        ("pages\\evil.txt", "backslash"),
        ("CON", "Windows keeps"),
        ("pages/aux.txt", "Windows keeps"),
        ("COM1.json", "Windows keeps"),
        ("lpt9", "Windows keeps"),
        ("notes.", "ends in a dot"),
        ("notes ", "space"),
        ("a//b.txt", "empty"),
        ("./a.txt", "empty or '.'"),
        ("stream.txt:hidden", "not allowed"),
    ],
)
def test_unsafe_names_are_refused(tmp_path: Path, name: str, words: str) -> None:
    path = build_zip(tmp_path / "bad.zip", [member("fine.txt"), member(name)])
    assert words in _refusal(path)


def test_nul_in_a_name_is_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "nul.zip", [member("aQQQb.txt")])
    path.write_bytes(path.read_bytes().replace(b"aQQQb", b"a\x00\x00\x00b"))
    assert "not allowed" in _refusal(path)


def test_names_that_are_fine_pass_the_check() -> None:
    for name in ["index.html", "entries/abc.html", "attachments/" + "a" * 64, "café/ß.txt"]:
        assert check_member_name(name) is None


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "link.zip", [symlink_member("portfolio.json", "/etc/passwd")])
    assert "link" in _refusal(path)


def test_device_and_fifo_members_are_refused(tmp_path: Path) -> None:
    for mode in (stat.S_IFIFO | 0o644, stat.S_IFCHR | 0o644, stat.S_IFBLK | 0o644):
        path = build_zip(tmp_path / f"dev{mode}.zip", [member("x", mode=mode)])
        assert "not a plain file" in _refusal(path)


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "dup.zip", [member("a.txt", b"1"), member("a.txt", b"2")])
    assert "twice" in _refusal(path)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Index.html", "index.html"), ("caf\u00e9.txt", "cafe\u0301.txt"), ("STRASSE", "straße")],
)
def test_names_colliding_by_case_or_unicode_form_are_refused(
    tmp_path: Path, first: str, second: str
) -> None:
    path = build_zip(tmp_path / "case.zip", [member(first), member(second)])
    assert "differ only" in _refusal(path) or "twice" in _refusal(path)


def test_file_used_as_folder_is_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "ff.zip", [member("a"), member("a/b")])
    assert "folder" in _refusal(path)


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "enc.zip", [member("secret.txt")])
    raw = bytearray(path.read_bytes())
    raw[6] |= 0x1  # general-purpose flag of the local header: encrypted
    raw[raw.rfind(b"PK\x01\x02") + 8] |= 0x1  # and of the central directory record
    path.write_bytes(bytes(raw))
    assert "encrypted" in _refusal(path)


def test_other_compression_methods_are_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "bz.zip", [member("a.txt", b"hello", compress=zipfile.ZIP_BZIP2)])
    assert "can't read" in _refusal(path)


def test_high_ratio_bomb_is_stopped_while_reading(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "bomb.zip", [member("bomb.bin", b"\0" * 30_000_000)])
    assert path.stat().st_size < 100_000
    assert "zip bomb" in _refusal(path)


def test_too_many_members_are_refused_before_reading(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "many.zip", [member(f"f{i}", b"") for i in range(60)])
    assert "more than 50 files" in _refusal(path, ZipLimits(max_members=50), read=False)


def test_too_many_members_with_default_limits(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(50_001):
            archive.writestr(f"{i}", b"")
    assert "more than 50,000 files" in _refusal(path, read=False)


def test_total_size_is_counted_from_real_bytes(tmp_path: Path) -> None:
    members = [member(f"f{i}", bytes(range(256)) * 400, compress=0) for i in range(5)]
    path = build_zip(tmp_path / "big.zip", members)
    assert "more data" in _refusal(path, ZipLimits(max_total_bytes=300_000))


def test_lying_declared_size_is_caught_as_damage(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "lie.zip", [member("a.txt", b"A" * 5000)])
    raw = bytearray(path.read_bytes())
    directory = raw.rfind(b"PK\x01\x02")
    # Claim 10 bytes in the central directory's uncompressed-size field.
    raw[directory + 24 : directory + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    assert "damaged" in _refusal(path)


def test_overlapping_members_are_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "ov.zip", [member("a.txt", b"A" * 100), member("b.txt", b"B")])
    raw = bytearray(path.read_bytes())
    second = raw.rfind(b"PK\x01\x02")
    # Point the second directory record at the first member's data.
    raw[second + 42 : second + 46] = (0).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    message = _refusal(path)
    assert "overlap" in message or "two different names" in message


def test_empty_archive_opens_with_nothing_in_it(tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    with SafeZip(path) as archive:
        assert archive.names() == []


@pytest.mark.parametrize("blob", [b"", b"not a zip", b"PK\x05\x06" + b"\1" * 18, b"PK" * 100])
def test_garbage_is_refused_as_not_a_zip(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "junk.zip"
    path.write_bytes(blob)
    message = _refusal(path)
    assert "not a zip" in message or "damaged" in message


def test_corrupted_data_is_refused(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "crc.zip", [member("a.txt", b"hello world" * 100, compress=0)])
    raw = bytearray(path.read_bytes())
    spot = raw.find(b"hello world")
    raw[spot] ^= 0xFF
    path.write_bytes(bytes(raw))
    assert "damaged" in _refusal(path)


def test_member_size_cap_for_one_read(tmp_path: Path) -> None:
    path = build_zip(tmp_path / "cap.zip", [member("big.json", b"{}" + b" " * 5000)])
    with SafeZip(path) as archive, pytest.raises(ImportRefused, match="too large"):
        archive.read("big.json", max_bytes=1000)
