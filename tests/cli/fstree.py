"""Snapshots of a folder tree, to prove a refused command changed nothing on disk."""

from __future__ import annotations

import os
from pathlib import Path

Snapshot = dict[str, tuple[str, int, int, bytes | None]]


def snapshot(root: Path, *, content: bool = True) -> Snapshot:
    """Every name under ``root`` (and ``root`` itself) with its kind, size, mtime (ns), bytes.

    Folders are included with their mtime, so a file created and removed again
    inside one still shows.
    """
    result: Snapshot = {}
    if not os.path.lexists(root):
        return result
    for here, dirs, files in os.walk(root):
        for name in [".", *dirs, *files]:
            path = Path(here) if name == "." else Path(here) / name
            st = path.lstat()
            kind = (
                "dir"
                if path.is_dir() and not path.is_symlink()
                else ("link" if path.is_symlink() else "file")
            )
            data = None
            if content and kind == "file" and st.st_size < 4 * 1024 * 1024:
                data = path.read_bytes()
            result[str(path.relative_to(root))] = (kind, st.st_size, st.st_mtime_ns, data)
    return result


def differences(before: Snapshot, after: Snapshot) -> list[str]:
    """Readable differences between two snapshots (empty: identical)."""
    found = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            found.append(f"removed {name}")
        elif name not in before:
            found.append(f"created {name}")
        elif before[name] != after[name]:
            b, a = before[name], after[name]
            what = "content" if b[:2] == a[:2] and b[2] == a[2] else f"{b[:3]} -> {a[:3]}"
            found.append(f"changed {name}: {what}")
    return found
