"""The frozen app's entry point (PyInstaller runs this file, not a console script)."""

from __future__ import annotations

import os
import sys


def _attach_windows_console() -> None:
    """A windowed .exe has no stdout; borrow the console it was started from, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    try:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            return
    except OSError:
        pass
    # Started from Explorer or the Start menu: nowhere to print; keep it quiet.
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _attach_windows_console()
    from journal.cli import main

    sys.exit(main())
