"""Writing on a thread of its own (WriteBehind) and renaming over a big file (replace_quickly)."""

from __future__ import annotations

import errno
import io
import os
import random
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from journal.store.files import WriteBehind, clear_replaced, replace_quickly


def _writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "write-behind"]


def _wait_for_drops() -> None:
    deadline = time.monotonic() + 10
    while any(t.name == "drop-replaced" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the old file was never removed"
        time.sleep(0.01)


@pytest.mark.parametrize("seed", range(5))
def test_pieces_land_in_order_small_and_large(tmp_path: Path, seed: int) -> None:
    rnd = random.Random(seed)
    pieces: list[bytes | memoryview] = []
    for n in range(60):
        size = rnd.choice([0, 1, 7, 300, 4096, 100_000, 262_143, 262_144, 700_000])
        data = bytes([n % 251]) * size
        pieces.append(memoryview(data)[1:] if rnd.random() < 0.3 and data else data)
    out = tmp_path / "out.bin"
    with open(out, "wb") as handle, WriteBehind(handle, depth=2) as behind:
        for piece in pieces:
            behind.write(piece)
    assert out.read_bytes() == b"".join(bytes(p) for p in pieces)
    assert not _writer_threads()


class _FillsUp(io.RawIOBase):
    """A file that takes ``room`` bytes and then says the disk is full."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.kept = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        if len(self.kept) + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.kept += data
        return len(data)


def test_a_full_disk_reaches_the_caller_and_stops_the_thread() -> None:
    target = _FillsUp(room=1_000_000)
    with pytest.raises(OSError) as caught, WriteBehind(target) as behind:  # type: ignore[arg-type]
        for _ in range(40):
            behind.write(b"x" * 300_000)
    assert caught.value.errno == errno.ENOSPC
    assert len(target.kept) <= 1_000_000
    assert not _writer_threads()


def test_an_error_in_the_block_drops_what_waits_and_is_not_hidden(tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    with open(out, "wb") as handle:
        with pytest.raises(KeyError), WriteBehind(handle) as behind:
            behind.write(b"a" * 300_000)
            raise KeyError("cancelled")
        assert not _writer_threads()
        written = handle.tell()
    assert written in (0, 300_000)  # the thread may or may not have reached it


def test_a_file_system_that_takes_no_advice_is_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "posix_fadvise", refuse, raising=False)
    out = tmp_path / "out.bin"
    with open(out, "wb") as handle, WriteBehind(handle) as behind:
        for n in range(5):
            behind.write(bytes([n]) * 400_000)
    assert out.read_bytes() == b"".join(bytes([n]) * 400_000 for n in range(5))


def test_replacing_a_big_file_leaves_only_the_new_one(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    out.write_bytes(b"old" * 1_000_000)
    new = tmp_path / ".page.html.x.part"
    new.write_bytes(b"new")
    replace_quickly(new, out)
    assert out.read_bytes() == b"new"
    _wait_for_drops()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_where_links_cannot_be_made_it_is_a_plain_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")  # FAT, some shares

    monkeypatch.setattr(os, "link", no_links)
    out = tmp_path / "page.html"
    out.write_bytes(b"old")
    new = tmp_path / "new.part"
    new.write_bytes(b"new")
    replace_quickly(new, out)
    assert out.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_a_failed_rename_keeps_the_old_file_and_no_aside_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    out = tmp_path / "page.html"
    out.write_bytes(b"old")
    new = tmp_path / "new.part"
    new.write_bytes(b"new")
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        replace_quickly(new, out)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.part", "page.html"]


def test_what_a_killed_copy_left_aside_is_cleared_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "my [page].html"  # glob characters in the name are taken literally
    out.write_bytes(b"page")
    left = tmp_path / ".my [page].html.0a1b2c3d.replaced"
    left.write_bytes(b"old page")
    keep = [
        tmp_path / "my [page].html.replaced",
        tmp_path / ".other.html.0a1b2c3d.replaced",
        tmp_path / ".my [page].html.abc.part",
    ]
    for path in keep:
        path.write_bytes(b"theirs")
    clear_replaced(out)
    assert not left.exists()
    assert all(path.exists() for path in keep) and out.exists()
