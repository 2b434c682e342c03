"""Building hostile archives by hand, the way an attacker (or a broken tool) would."""

from __future__ import annotations

import stat
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path

#: One archive member as ``build_zip`` writes it: its header and its bytes.
Member = tuple[zipfile.ZipInfo, bytes]


def member(
    name: str,
    data: bytes = b"x",
    *,
    mode: int | None = None,
    compress: int = zipfile.ZIP_DEFLATED,
    flag_bits: int = 0,
) -> Member:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = compress
    if mode is not None:
        info.external_attr = mode << 16
        info.create_system = 3
    info.flag_bits |= flag_bits
    return info, data


def build_zip(path: Path, members: Iterable[Member]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we make on purpose
        with zipfile.ZipFile(path, "w") as archive:
            for item in members:
                info, data = item
                archive.writestr(info, data)
    return path


def symlink_member(name: str, target: str) -> Member:
    return member(name, target.encode(), mode=stat.S_IFLNK | 0o777)


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild_portfolio(
    path: Path,
    members: dict[str, bytes],
    *,
    extra: Iterable[Member] = (),
    relist: bool = True,
) -> Path:
    """Write ``members`` as a portfolio archive, with a manifest that matches them.

    With ``relist`` the manifest lists every member (and ``extra`` ones) with true
    hashes, so what gets tested is the check that comes after the hashes.
    """
    import hashlib
    import json

    extra = list(extra)
    contents = dict(members)
    if relist:
        manifest = json.loads(contents["manifest.json"])
        listed = [(n, d) for n, d in contents.items() if n != "manifest.json"]
        listed += [(info.filename, data) for info, data in extra]
        manifest["members"] = [
            {"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in listed
        ]
        contents["manifest.json"] = json.dumps(manifest).encode()
    return build_zip(
        path,
        [member(n, d) for n, d in contents.items()] + extra,
    )
