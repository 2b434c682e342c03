"""A real desktop for accessibility tests: Xvfb, a D-Bus session, the AT-SPI bus, the app.

The app runs on Qt's xcb platform (not offscreen) with its accessibility
bridge on; :mod:`tests.a11y.atspi_probe` reads its tree from another process
under the system Python, as a screen reader would, and keys are typed with
xdotool. Every process started here is stopped again by :meth:`Desktop.close`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

APP_NAME = "LearningJournal"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PROBE = Path(__file__).with_name("atspi_probe.py")
# What to install when something is missing (Debian package names, as in .ci/run).
PACKAGES = (
    "python3-pyatspi at-spi2-core dbus-x11 xvfb xdotool libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 "
    "libxkbcommon-x11-0"
)
STARTUP_TIMEOUT = 120.0
STEP_TIMEOUT = 20.0


def missing_tools() -> list[str]:
    """What this machine lacks to run the tests, each with the package that brings it."""
    missing = []
    for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            missing.append(f"{tool} (apt-get install {package})")
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append(f"{BUS_LAUNCHER} (apt-get install at-spi2-core)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        missing.append(f"{SYSTEM_PYTHON} (apt-get install python3)")
    else:
        check = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False
        )
        if check.returncode != 0:
            missing.append("pyatspi for /usr/bin/python3 (apt-get install python3-pyatspi)")
    return missing


class DesktopError(AssertionError):
    """The desktop or the app did not come up, or stopped answering."""


@dataclass
class Desktop:
    """Xvfb + D-Bus session + AT-SPI bus + the app on a data folder."""

    workdir: Path
    data_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    app: subprocess.Popen[bytes] | None = None
    # What the tests learnt before the app started or while it greeted the student.
    titles: list[str] = field(default_factory=list)
    welcome_problems: list[str] = field(default_factory=list)

    # -- starting and stopping -----------------------------------------------------
    def start(self) -> None:
        try:
            self._start_x()
            self._start_dbus()
            self._start_atspi_bus()
            self._start_app()
        except BaseException:
            self.close()
            raise

    def _spawn(self, args: list[str], log: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        with (self.workdir / log).open("wb") as out:
            proc = subprocess.Popen(
                args,
                stdout=out,
                stderr=out,
                env=kwargs.pop("env", self.env),
                start_new_session=True,
                **kwargs,
            )
        self.processes.append(proc)
        return proc

    def _start_x(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            self.env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": str(self.workdir / "home"),
                "XDG_CONFIG_HOME": str(self.workdir / "config"),
                "XDG_DATA_HOME": str(self.workdir / "xdg-data"),
                "XDG_RUNTIME_DIR": str(self.workdir / "runtime"),
                "LANG": "C.UTF-8",
            }
            for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
                Path(self.env[key]).mkdir(mode=0o700, parents=True, exist_ok=True)
            self._spawn(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    "1600x1000x24",
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                "xvfb.log",
                pass_fds=(write_fd,),
            )
            os.close(write_fd)
            write_fd = -1
            display = self._read_line(read_fd, "Xvfb did not report its display")
            self.env["DISPLAY"] = f":{display}"
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)

    def _read_line(self, fd: int, message: str) -> str:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        data = b""
        os.set_blocking(fd, False)
        while b"\n" not in data:
            if time.monotonic() > deadline:
                raise DesktopError(message)
            try:
                chunk = os.read(fd, 256)
            except BlockingIOError:
                time.sleep(0.05)
                continue
            if not chunk:
                raise DesktopError(message)
            data += chunk
        return data.split(b"\n", 1)[0].decode().strip()

    def _start_dbus(self) -> None:
        read_fd, write_fd = os.pipe()
        try:
            self._spawn(
                ["dbus-daemon", "--session", "--nofork", f"--print-address={write_fd}"],
                "dbus.log",
                pass_fds=(write_fd,),
            )
            os.close(write_fd)
            write_fd = -1
            address = self._read_line(read_fd, "dbus-daemon did not report its address")
            self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        finally:
            os.close(read_fd)
            if write_fd >= 0:
                os.close(write_fd)

    def _start_atspi_bus(self) -> None:
        self._spawn([BUS_LAUNCHER, "--launch-immediately"], "at-spi-bus.log")
        # The launcher registers org.a11y.Bus on the session bus once it is up.
        self.wait_for(lambda: "org.a11y.Bus" in self._bus_names(), "the AT-SPI bus to start")

    def _bus_names(self) -> str:
        result = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.ListNames",
            ],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
            timeout=STEP_TIMEOUT,
        )
        return result.stdout

    def _start_app(self) -> None:
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_SCALE_FACTOR="1",
        )
        self.app = self._spawn(
            [sys.executable, "-m", "journal", "--data-dir", str(self.data_dir)], "app.log", env=env
        )

    def close(self) -> None:
        """Stop everything started here, newest first (app, AT-SPI bus, D-Bus, X)."""
        for proc in reversed(self.processes):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for proc in reversed(self.processes):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        self.processes.clear()

    def app_log(self) -> str:
        path = self.workdir / "app.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    # -- reading and typing -------------------------------------------------------
    def wait_for(
        self, condition: Callable[[], Any], what: str, timeout: float = STARTUP_TIMEOUT
    ) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            if self.app is not None and self.app.poll() is not None:
                raise DesktopError(f"the app exited while waiting for {what}:\n{self.app_log()}")
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise DesktopError(f"gave up after {timeout:.0f} s waiting for {what}")
            time.sleep(0.2)

    def probe(self, command: str = "tree") -> dict[str, Any]:
        result = subprocess.run(
            [SYSTEM_PYTHON, str(PROBE), APP_NAME, command],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
            timeout=STEP_TIMEOUT * 3,
        )
        if result.returncode != 0:
            raise DesktopError(f"the AT-SPI probe failed:\n{result.stderr[-3000:]}")
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    def key(self, *keys: str) -> None:
        subprocess.run(
            ["xdotool", "key", "--clearmodifiers", *keys],
            env=self.env,
            check=True,
            timeout=STEP_TIMEOUT,
            capture_output=True,
        )

    def focus_window(self, title: str) -> None:
        """Give X input focus to the app's window called ``title`` (there is no window manager)."""
        # The title's first word: xdotool's regular expressions match UTF-8 names unreliably.
        pattern = re.findall(r"[A-Za-z]+", title)[0]

        def window_ids() -> list[str]:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", pattern],
                env=self.env,
                check=False,
                timeout=STEP_TIMEOUT,
                capture_output=True,
                text=True,
            )
            return found.stdout.split()

        # The window is on the AT-SPI bus a moment before X maps it.
        ids = self.wait_for(window_ids, f"a visible X window called {title!r}")
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", ids[-1]],
            env=self.env,
            check=True,
            timeout=STEP_TIMEOUT,
            capture_output=True,
        )
