"""Read the app's AT-SPI tree from outside it, as a screen reader does.

Runs under the system Python (Debian's python3-pyatspi), not the project's
venv: ``/usr/bin/python3 atspi_probe.py APP_NAME COMMAND``. Prints one JSON
document on stdout. Commands:

``tree``   every showing object of the app's showing windows (role, name, states,
           extents, path, and for lists and custom items their children).
``focus``  the focused object (or null), found through the showing objects only.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi

# Containers whose items a screen reader lists: we report up to this many of them.
ITEM_LIMIT = 400
ITEM_CONTAINERS = {"list", "tree", "table", "tree table", "list box", "page tab list"}
STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "sensitive": pyatspi.STATE_SENSITIVE,
    "enabled": pyatspi.STATE_ENABLED,
    "checked": pyatspi.STATE_CHECKED,
    "selected": pyatspi.STATE_SELECTED,
    "active": pyatspi.STATE_ACTIVE,
    "modal": pyatspi.STATE_MODAL,
}


def find_app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def describe(acc: Any, path: list[int]) -> dict[str, Any]:
    states = acc.getState()
    node = {
        "path": path,
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": sorted(k for k, v in STATES.items() if states.contains(v)),
        "children": acc.childCount,
    }
    try:
        ext = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        node["extents"] = [ext.x, ext.y, ext.width, ext.height]
    except NotImplementedError:
        node["extents"] = None
    return node


def walk(acc: Any, path: list[int], out: list[dict[str, Any]], parent_role: str = "") -> None:
    try:
        node = describe(acc, path)
    except Exception:  # the object went away while we read it (a closing dialog)
        return
    node["parent_role"] = parent_role
    out.append(node)
    if "showing" not in node["states"] and path:
        return  # hidden subtrees are not read (their root is reported, marked not showing)
    count = node["children"]
    if node["role"] in ITEM_CONTAINERS:
        count = min(count, ITEM_LIMIT)
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:  # as above
            continue
        if child is not None:
            walk(child, [*path, i], out, node["role"])


def main() -> int:
    app_name, command = sys.argv[1], sys.argv[2]
    app = find_app(app_name)
    if app is None:
        print(json.dumps({"error": f"no application called {app_name!r} on the AT-SPI bus"}))
        return 0
    windows = []
    for i in range(app.childCount):
        try:
            win = app.getChildAtIndex(i)
            if win is None or not win.getState().contains(pyatspi.STATE_SHOWING):
                continue
        except Exception:  # a window closing while we look
            continue
        nodes: list[dict[str, Any]] = []
        walk(win, [i], nodes)
        windows.append(nodes)
    if command == "tree":
        print(json.dumps({"windows": windows}))
    elif command == "focus":
        focused = [n for nodes in windows for n in nodes if "focused" in n["states"]]
        print(json.dumps({"focused": focused, "windows": windows}))
    else:
        print(json.dumps({"error": f"unknown command {command!r}"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
