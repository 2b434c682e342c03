"""A zip reader that every import goes through, trusting nothing the archive says.

Portfolios, Day One exports and other archives come from other machines. Before
a single byte is used, :class:`SafeZip` checks every name (no climbing out of
the folder, no absolute, drive-letter or UNC paths, no backslashes, no names
Windows reserves, no trailing dots or spaces, no duplicates that differ only by
case or Unicode form), every kind (no links or other special files, no
encryption, only stored or deflated data) and that members don't overlap. While
reading it decompresses by itself, in chunks, and counts the bytes it really
gets — never the sizes the archive declares — so a zip bomb is stopped after at
most one chunk past a limit. Files are only ever extracted into a temporary
folder it creates and removes on :meth:`SafeZip.close`.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from journal.portfolio.errors import ImportRefused
from journal.store.errors import JournalError
from journal.store.scratch import make_scratch_dir, remove_scratch_dir

CHUNK = 256 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_END_SIGNATURE = b"PK\x05\x06"
_REPARSE_POINT = 0x400  # the DOS attribute Windows tools set on links
_UNICODE_PATH = 0x7075  # Info-ZIP Unicode Path extra field: a second name for a member

_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"]
)
_FORBIDDEN_CHARACTERS = frozenset('<>:"|?*\\') | {chr(c) for c in range(32)} | {"\x7f"}

DEFAULT_ADVICE = "ask whoever made it for a fresh copy"


@dataclass(frozen=True)
class ZipLimits:
    """How much an archive may hold; checked against bytes actually decompressed."""

    max_members: int = 50_000
    max_total_bytes: int = 2 * 1024**3
    max_member_bytes: int = 1024**3
    max_ratio: int = 100
    # Small members may compress very well (a page of spaces); the ratio only
    # counts once a member has produced this much.
    ratio_grace_bytes: int = 1024 * 1024
    max_archive_bytes: int = 4 * 1024**3
    max_name_length: int = 400


@dataclass(frozen=True)
class Member:
    """One file in the archive, as its central directory describes it."""

    name: str  # NFC, forward slashes, no trailing slash
    declared_size: int  # what the archive claims; never trusted for limits
    compressed_size: int
    crc: int
    info: zipfile.ZipInfo


@dataclass(frozen=True)
class ExtractedFile:
    name: str
    path: Path
    size: int
    sha256: str


def _printable(name: str, limit: int = 60) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in name)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def name_key(name: str) -> str:
    """The key two names collide on: case-folded, in one Unicode form."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def check_member_name(name: str, max_length: int = 400) -> str | None:
    """None if ``name`` is a safe relative path inside the archive, else why not."""
    if not name or name in ("/", "."):
        return "has a file with an empty name"
    if len(name) > max_length:
        return "has a file name that is far too long"
    if "\\" in name:
        if name.startswith("\\\\"):
            return "names a file on another computer (a network path)"
        return "has a file name with a backslash in it"
    if name.startswith("/"):
        return "has a file with an absolute path"
    if len(name) >= 2 and name[1] == ":" and name[0].isascii() and name[0].isalpha():
        return "has a file with a drive letter in its path"
    parts = name.rstrip("/").split("/")
    for part in parts:
        if part in ("", ".", ".."):
            if part == "..":
                return "has a file whose path climbs out of its folder"
            return "has a file path with an empty or '.' part"
        if any(ch in _FORBIDDEN_CHARACTERS for ch in part):
            return "has a file name with characters that are not allowed in file names"
        if part[-1] in ". ":
            return "has a file name that ends in a dot or a space"
        if part.split(".")[0].rstrip(" ").upper() in _RESERVED_NAMES:
            return f"has a file named '{_printable(part)}', a name Windows keeps for devices"
        if len(part.encode("utf-8")) > 255:
            return "has a file name that is far too long"
    return None


def unicode_path_names(extra: bytes) -> list[str | None]:
    """The names in an extra field's Info-ZIP Unicode Path records (0x7075).

    None stands for a record that is damaged (too short, an unknown version,
    or a name that isn't UTF-8). Other unzip tools show that name instead of
    the directory's, so it must say the same thing.
    """
    names: list[str | None] = []
    at = 0
    while at + 4 <= len(extra):
        tag, size = struct.unpack("<HH", extra[at : at + 4])
        body = extra[at + 4 : at + 4 + size]
        if tag == _UNICODE_PATH:
            if len(body) < 5 or len(body) != size or body[0] != 1:
                names.append(None)
            else:
                try:
                    names.append(body[5:].decode("utf-8"))
                except UnicodeDecodeError:
                    names.append(None)
        at += 4 + size
    return names


def _end_record_count(handle: BinaryIO, archive_size: int) -> int | None:
    """How many members the end record claims (None if it can't tell)."""
    tail_size = min(archive_size, 65_535 + 22)
    handle.seek(archive_size - tail_size)
    tail = handle.read(tail_size)
    where = tail.rfind(_END_SIGNATURE)
    if where < 0 or where + 22 > len(tail):
        return None
    (count,) = struct.unpack("<H", tail[where + 10 : where + 12])
    return None if count == 0xFFFF else count


class SafeZip:
    """An archive opened for reading after its directory has been checked.

    Use as a context manager; :meth:`close` removes any extracted files.
    """

    def __init__(
        self,
        path: Path,
        limits: ZipLimits | None = None,
        *,
        label: str | None = None,
        advice: str = DEFAULT_ADVICE,
    ) -> None:
        self.path = Path(path)
        self.limits = limits or ZipLimits()
        self.label = label or self.path.name
        self.advice = advice
        self._counted: dict[str, int] = {}
        self._tempdir: Path | None = None
        self._members: dict[str, Member] = {}
        self._directories: list[str] = []
        self._data_start: dict[str, int] = {}
        try:
            self._handle: BinaryIO = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise ImportRefused(
                f"{self.label} can't be read ({exc.strerror or exc}); check the file is there "
                "and that you may open it."
            ) from exc
        try:
            self._check_directory()
        except BaseException:
            self._handle.close()
            raise

    # -- the checks done on opening ----------------------------------------------------------

    def refusal(self, reason: str, advice: str | None = None) -> ImportRefused:
        return ImportRefused(
            f"{self.label} was not opened because it {reason}; {advice or self.advice}."
        )

    def _check_directory(self) -> None:
        limits = self.limits
        size = os.fstat(self._handle.fileno()).st_size
        if size > limits.max_archive_bytes:
            raise self.refusal("is larger than an archive may be")
        claimed = _end_record_count(self._handle, size) if size >= 22 else None
        if claimed is not None and claimed > limits.max_members:
            raise self.refusal(f"holds more than {limits.max_members:,} files")
        self._handle.seek(0)
        try:
            archive = zipfile.ZipFile(self._handle)
            infos = archive.infolist()
            start_of_directory = int(getattr(archive, "start_dir", size))
        except Exception as exc:  # zipfile raises many kinds of error on hostile bytes
            raise ImportRefused(
                f"{self.label} is not a zip archive, or it is damaged; {self.advice}."
            ) from exc
        if len(infos) > limits.max_members:
            raise self.refusal(f"holds more than {limits.max_members:,} files")

        seen: dict[str, str] = {}
        files: set[str] = set()
        declared_total = 0
        for info in infos:
            raw_name = info.orig_filename
            problem = check_member_name(raw_name, limits.max_name_length)
            if problem:
                raise self.refusal(problem)
            name = unicodedata.normalize("NFC", raw_name).rstrip("/")
            key = name_key(name)
            if key in seen:
                if seen[key] == name:
                    raise self.refusal(f"holds '{_printable(name)}' twice")
                raise self.refusal(
                    f"holds '{_printable(seen[key])}' and '{_printable(name)}', names that "
                    "differ only in capital letters or accents"
                )
            seen[key] = name
            self._check_kind(info, name)
            self._check_second_name(info.extra, raw_name, name)
            if info.is_dir():
                self._directories.append(name)
                continue
            files.add(key)
            if info.file_size > limits.max_member_bytes:
                raise self.refusal(f"holds a file ('{_printable(name)}') that is too large")
            declared_total += info.file_size
            if declared_total > limits.max_total_bytes:
                raise self.refusal("holds more data than an archive may")
            self._members[name] = Member(name, info.file_size, info.compress_size, info.CRC, info)
        for key in files:
            parts = key.split("/")
            for depth in range(1, len(parts)):
                if "/".join(parts[:depth]) in files:
                    raise self.refusal("uses a file's name as a folder name")
        self._check_layout(start_of_directory)

    def _check_kind(self, info: zipfile.ZipInfo, name: str) -> None:
        shown = _printable(name)
        if info.flag_bits & 0x1:
            raise self.refusal(
                f"holds a locked (encrypted) file ('{shown}')",
                "ask for a copy without a password",
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise self.refusal(f"packs '{shown}' in a way Learning Journal can't read")
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise self.refusal(f"holds a link ('{shown}') instead of a file")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR) or info.external_attr & _REPARSE_POINT:
            raise self.refusal(f"holds something that is not a plain file ('{shown}')")

    def _check_second_name(self, extra: bytes, raw_name: str, name: str) -> None:
        """Refuse a Unicode Path extra field that names the member differently (or is damaged)."""
        for other in unicode_path_names(extra):
            if other is None:
                raise self.refusal(f"gives '{_printable(name)}' a damaged second name")
            if other != raw_name:
                raise self.refusal(
                    f"gives '{_printable(name)}' a second name ('{_printable(other)}') that "
                    "other unzip tools would use instead"
                )

    def _check_layout(self, start_of_directory: int) -> None:
        """Every member's data sits in its own place before the directory: no overlaps."""
        end_of_previous = 0
        for member in sorted(self._members.values(), key=lambda m: m.info.header_offset):
            info = member.info
            if info.header_offset < end_of_previous:
                raise self.refusal("has files that overlap one another")
            self._handle.seek(info.header_offset)
            header = self._handle.read(_LOCAL_HEADER.size)
            if len(header) != _LOCAL_HEADER.size:
                raise self.refusal("is cut short (damaged)")
            fields = _LOCAL_HEADER.unpack(header)
            if fields[0] != _LOCAL_SIGNATURE:
                raise self.refusal("is damaged")
            flags, name_length, extra_length = fields[2], fields[9], fields[10]
            local_name = self._handle.read(name_length)
            encoding = "utf-8" if flags & 0x800 else "cp437"
            try:
                decoded = local_name.decode(encoding)
            except UnicodeDecodeError:
                raise self.refusal("is damaged") from None
            if decoded != info.orig_filename:
                raise self.refusal(f"gives '{_printable(member.name)}' two different names")
            self._check_second_name(
                self._handle.read(extra_length), info.orig_filename, member.name
            )
            start = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
            end = start + info.compress_size
            if end > start_of_directory:
                raise self.refusal("has files that overlap one another")
            self._data_start[member.name] = start
            end_of_previous = end

    # -- reading -----------------------------------------------------------------------------

    @property
    def members(self) -> list[Member]:
        return list(self._members.values())

    def names(self) -> list[str]:
        return list(self._members)

    def directories(self) -> list[str]:
        """The folder entries the archive holds (names without the trailing slash)."""
        return list(self._directories)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and unicodedata.normalize("NFC", name) in self._members

    def member(self, name: str) -> Member:
        try:
            return self._members[unicodedata.normalize("NFC", name)]
        except KeyError:
            raise self.refusal(f"has no '{_printable(name)}' in it") from None

    def iter_chunks(self, name: str, *, max_bytes: int | None = None) -> Iterator[bytes]:
        """The member's bytes in chunks, counted against every limit as they come."""
        member = self.member(name)
        limits = self.limits
        cap = (
            limits.max_member_bytes
            if max_bytes is None
            else min(max_bytes, limits.max_member_bytes)
        )
        others = sum(v for k, v in self._counted.items() if k != member.name)
        shown = _printable(member.name)
        produced = 0
        crc = 0

        def count(data: bytes, consumed: int) -> None:
            nonlocal produced, crc
            produced += len(data)
            crc = zlib.crc32(data, crc)
            if produced > cap:
                raise self.refusal(f"holds a file ('{shown}') that is too large")
            if others + produced > limits.max_total_bytes:
                raise self.refusal("holds more data than an archive may")
            if produced > limits.ratio_grace_bytes and produced > limits.max_ratio * max(
                consumed, 1
            ):
                raise self.refusal(
                    f"holds a file ('{shown}') that unpacks to far more than it packs "
                    "(a “zip bomb”)"
                )

        handle = self._handle
        handle.seek(self._data_start[member.name])
        remaining = member.compressed_size
        if member.info.compress_type == zipfile.ZIP_STORED:
            while remaining > 0:
                handle.seek(self._data_start[member.name] + member.compressed_size - remaining)
                data = handle.read(min(CHUNK, remaining))
                if not data:
                    raise self.refusal("is cut short (damaged)")
                remaining -= len(data)
                count(data, member.compressed_size - remaining)
                yield data
        else:
            inflater = zlib.decompressobj(-15)
            while True:
                if inflater.unconsumed_tail:
                    data = inflater.unconsumed_tail
                elif remaining > 0:
                    handle.seek(self._data_start[member.name] + member.compressed_size - remaining)
                    data = handle.read(min(CHUNK, remaining))
                    if not data:
                        raise self.refusal("is cut short (damaged)")
                    remaining -= len(data)
                else:
                    data = b""
                try:
                    out = inflater.decompress(data, CHUNK)
                except zlib.error:
                    raise self.refusal(f"holds a damaged file ('{shown}')") from None
                consumed = member.compressed_size - remaining - len(inflater.unconsumed_tail)
                if out:
                    count(out, consumed)
                    yield out
                if inflater.eof:
                    break
                if not data and not out:
                    raise self.refusal(f"holds a damaged file ('{shown}')")
        if produced != member.declared_size or (crc & 0xFFFFFFFF) != member.crc:
            raise self.refusal(f"holds a damaged file ('{shown}')")
        self._counted[member.name] = max(self._counted.get(member.name, 0), produced)

    def read(self, name: str, *, max_bytes: int | None = None) -> bytes:
        """The whole member, refused if it unpacks past ``max_bytes``."""
        return b"".join(self.iter_chunks(name, max_bytes=max_bytes))

    def hash_member(
        self, name: str, cancelled: Callable[[], bool] | None = None
    ) -> tuple[str, int]:
        """(SHA-256, size) of the member's real bytes."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self.iter_chunks(name):
            if cancelled is not None and cancelled():
                raise ImportRefused("Opening the archive was cancelled; nothing was changed.")
            digest.update(chunk)
            size += len(chunk)
        return digest.hexdigest(), size

    @property
    def temp_folder(self) -> Path:
        """The temporary folder this reader extracts into (created on first use)."""
        if self._tempdir is None:
            self._tempdir = make_scratch_dir("journal-import-")
        return self._tempdir

    def extract(self, name: str, cancelled: Callable[[], bool] | None = None) -> ExtractedFile:
        """Write one member into the temporary folder; returns where, with its hash."""
        member = self.member(name)
        root = self.temp_folder
        target = root.joinpath(*member.name.split("/"))
        # The name was checked already; this is the belt to those braces.
        if os.path.commonpath([root.resolve(), target.resolve()]) != str(root.resolve()):
            raise self.refusal("has a file whose path climbs out of its folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        flags |= getattr(os, "O_BINARY", 0)
        digest = hashlib.sha256()
        size = 0
        fd = os.open(target, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.iter_chunks(member.name):
                    if cancelled is not None and cancelled():
                        raise ImportRefused(
                            "Opening the archive was cancelled; nothing was changed."
                        )
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise JournalError(
                f"{self.label} could not be unpacked into a temporary folder "
                f"({exc.strerror or exc}); free some disk space and try again."
            ) from exc
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return ExtractedFile(member.name, target, size, digest.hexdigest())

    def extract_all(self, cancelled: Callable[[], bool] | None = None) -> Path:
        for name in self._members:
            self.extract(name, cancelled)
        return self.temp_folder

    def close(self) -> None:
        self._handle.close()
        if self._tempdir is not None:
            remove_scratch_dir(self._tempdir)
            self._tempdir = None

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
