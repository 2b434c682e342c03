"""Screen readers, checked for real: the app's AT-SPI tree read from another process.

The app runs under Xvfb on Qt's xcb platform with a D-Bus session and the
AT-SPI bus (see :mod:`tests.a11y.desktop`); Debian's pyatspi reads what a
screen reader would read, and xdotool types the keys. For every page and the
main dialogs: each control a person can reach has a name, a real role and
honest states, and Tab visits every showing control once, in reading order,
with no trap.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.a11y.desktop import PACKAGES, STEP_TIMEOUT, Desktop, DesktopError, missing_tools

Node = dict[str, Any]
WINDOW_TITLE = "Learning Journal"
PAGES = [
    ("ctrl+1", "Today"),
    ("ctrl+2", "Journal"),
    ("ctrl+3", "Timeline"),
    ("ctrl+4", "Goals"),
    ("ctrl+5", "How I learn best"),
    ("ctrl+6", "Exhibitions"),
]
# Items inside a list, table or tab bar: the container takes the focus, not them.
ITEM_ROLES = {
    "list item",
    "table cell",
    "tree item",
    "page tab",
    "table column header",
    "table row header",
    "menu item",
    "check menu item",
    "radio menu item",
}
# Date fields: Tab walks their sections before it leaves.
SECTIONED_ROLES = {"spin button", "date editor"}
MAX_SECTIONS = 4
# Roles that say nothing about what a control does.
VAGUE_ROLES = {"unknown", "filler", "panel", "redundant object", "invalid"}


def _check_machine() -> None:
    missing = missing_tools()
    if missing:
        pytest.fail(
            "The screen-reader test needs a virtual X server, D-Bus and AT-SPI. Missing: "
            + "; ".join(missing)
            + f". On Debian: apt-get install {PACKAGES}",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    _check_machine()
    workdir = tmp_path_factory.mktemp("atspi")
    data_dir = workdir / "data"
    demo = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal",
            "--data-dir",
            str(data_dir),
            "demo",
            "--entries",
            "40",
            "--no-images",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "journal",
            "--data-dir",
            str(data_dir),
            "search",
            "--json",
            "--limit",
            "1000",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    desk = Desktop(workdir, data_dir)
    desk.titles = [entry["title"] for entry in json.loads(found.stdout)]
    desk.start()
    try:
        desk.wait_for(lambda: _main_window(desk.probe()), "the main window on the AT-SPI bus")
        # A fresh journal greets the student first: check the welcome, then close it.
        welcome = desk.wait_for(lambda: _window(desk.probe()), "the welcome dialog")
        desk.focus_window(welcome[0]["name"])
        desk.welcome_problems = _problems_in(welcome, welcome[0])
        desk.welcome_problems += _tab_cycle(desk, welcome[0]["path"])[1]
        desk.key("Escape")
        desk.wait_for(lambda: _window(desk.probe()) is None, "the welcome dialog to close")
        _focus_main_window(desk)
        yield desk
    finally:
        desk.close()


# -- reading the tree ---------------------------------------------------------------
def _main_window(tree: dict[str, Any]) -> list[Node] | None:
    for nodes in tree.get("windows", []):
        if nodes and nodes[0]["role"] == "frame" and WINDOW_TITLE in nodes[0]["name"]:
            return list(nodes)
    return None


def _window(tree: dict[str, Any], role: str = "dialog") -> list[Node] | None:
    for nodes in tree.get("windows", []):
        if nodes and nodes[0]["role"] == role:
            return list(nodes)
    return None


def _under(nodes: list[Node], prefix: list[int]) -> list[Node]:
    return [n for n in nodes if n["path"][: len(prefix)] == prefix]


def _controls(nodes: list[Node]) -> list[Node]:
    """What a person reaches: showing, focusable, enabled, not an item inside a container.

    A tab widget is focusable only to hand the focus to its tab bar (its focus
    proxy): the tab bar is the control.
    """
    proxies = {tuple(n["path"][:-1]) for n in nodes if n["role"] == "page tab list"}
    return [
        n
        for n in nodes
        if {"focusable", "showing", "sensitive"} <= set(n["states"])
        and n["role"] not in ITEM_ROLES
        and n["parent_role"] not in {"menu bar", "popup menu"}
        and not (n["role"] == "filler" and tuple(n["path"]) in proxies)
    ]


def _tab_stops(controls: list[Node]) -> list[Node]:
    """The controls Tab must reach: not labels (read, not typed into), one radio per group."""
    stops = []
    groups: set[tuple[int, ...]] = set()
    for node in controls:
        if node["role"] == "label":
            continue
        if node["role"] == "radio button":
            group = tuple(node["path"][:-1])
            if group in groups:
                continue
            groups.add(group)
        stops.append(node)
    return stops


def _label(node: Node) -> str:
    return f"{node['role']} {node['name']!r} at {node['path']} {node['extents']}"


def _focused(desk: Desktop) -> Node | None:
    """The control with the keyboard focus (its container when the focus is on an item)."""
    tree = desk.probe()
    focused = [
        n
        for nodes in tree["windows"]
        for n in nodes
        if "focused" in n["states"] and n["role"] not in ITEM_ROLES
    ]
    return focused[-1] if focused else None


def _wait_focus_change(desk: Desktop, before: Node | None) -> Node | None:
    """The newly focused control, once it differs from ``before`` (or ``before`` if it stays)."""
    try:
        return desk.wait_for(
            lambda: (
                (node := _focused(desk)) is not None
                and (before is None or node["path"] != before["path"])
                and node
            ),
            "the focus to move",
            timeout=STEP_TIMEOUT / 4,
        )
    except DesktopError:
        return _focused(desk)


# -- checks ---------------------------------------------------------------------------
def _problems_in(nodes: list[Node], window: Node) -> list[str]:
    problems = []
    wx, wy, ww, wh = window["extents"]
    for node in _controls(nodes):
        if not node["name"].strip():
            problems.append(f"no name: {_label(node)}")
        if node["role"] in VAGUE_ROLES:
            problems.append(f"no real role: {_label(node)}")
    # Inside a scrolling area a control may be scrolled out of view and still "showing"
    # (Qt's meaning: shown, not hidden); Tab scrolls it into view.
    scrolled = [n["path"][:-2] for n in nodes if n["role"] == "scroll bar"]
    for node in nodes[1:]:
        if "showing" not in node["states"] or node["extents"] is None:
            continue
        x, y, w, h = node["extents"]
        outside = x + w <= wx or y + h <= wy or x >= wx + ww or y >= wy + wh
        in_scroller = any(node["path"][: len(p)] == p for p in scrolled)
        if node["role"] not in ITEM_ROLES and (w <= 0 or h <= 0 or (outside and not in_scroller)):
            problems.append(f"says it is showing but is not on screen: {_label(node)}")
    return problems


def _tab_cycle(desk: Desktop, scope: list[int]) -> tuple[list[Node], list[str]]:
    """Press Tab until the focus comes back to where it started; what it visited, and problems."""
    nodes = _under(_window_nodes(desk, scope), scope)
    expected = _controls(nodes)
    start = _focused(desk)
    problems: list[str] = []
    if start is None:
        return [], ["nothing has the keyboard focus"]
    start = _owner(start, expected)
    visited = [start]
    current = start
    held = 0
    for _ in range(len(expected) + 5 + 3 * len(expected)):
        desk.key("Tab")
        nxt = _wait_focus_change(desk, current)
        if nxt is None:
            problems.append(f"Tab from {_label(current)} lost the focus")
            break
        nxt = _owner(nxt, expected)
        if nxt["path"] == current["path"]:
            # A date field walks its day, month and year first, as in every Qt date field.
            held += 1
            if current["role"] in SECTIONED_ROLES and held < MAX_SECTIONS:
                continue
            problems.append(f"Tab trap: Tab does not leave {_label(current)}")
            break
        held = 0
        if nxt["path"] == start["path"]:
            break
        if any(v["path"] == nxt["path"] for v in visited):
            problems.append(f"Tab visits {_label(nxt)} twice before coming back to the start")
            break
        visited.append(nxt)
        current = nxt
    else:
        problems.append(f"Tab never came back to {_label(start)}")
    expected_paths = {tuple(n["path"]) for n in expected}
    visited_paths = {tuple(n["path"]) for n in visited}
    for node in visited:
        if "showing" not in node["states"]:
            problems.append(f"Tab reached a control that is not showing: {_label(node)}")
        elif tuple(node["path"]) not in expected_paths:
            problems.append(f"Tab reached something that is not a showing control: {_label(node)}")
    for node in _tab_stops(expected):
        path = tuple(node["path"])
        if path in visited_paths:
            continue
        if node["role"] == "radio button" and any(
            tuple(v["path"][:-1]) == path[:-1] for v in visited
        ):
            continue  # Tab reaches a radio group once; arrows move inside it
        problems.append(f"Tab never reaches: {_label(node)}")
    problems += _reading_order(visited)
    if problems:
        problems.append("Tab went: " + " -> ".join(f"{v['role']} {v['name']!r}" for v in visited))
    return visited, problems


def _owner(node: Node, controls: list[Node]) -> Node:
    """The control a focused part belongs to (a text field's viewport is the text field)."""
    owners = [c for c in controls if node["path"][: len(c["path"])] == c["path"]]
    return max(owners, key=lambda c: len(c["path"])) if owners else node


def _reading_order(visited: list[Node]) -> list[str]:
    """Controls side by side in one container come top to bottom, then start to end."""
    problems: list[str] = []
    if not visited:
        return problems
    # Tab goes round: read the round from the top-left control, wherever it started.
    first = min(
        range(len(visited)), key=lambda i: (visited[i]["extents"][1], visited[i]["extents"][0])
    )
    visited = visited[first:] + visited[:first]
    by_parent: dict[tuple[int, ...], list[Node]] = {}
    for node in visited:
        by_parent.setdefault(tuple(node["path"][:-1]), []).append(node)
    for siblings in by_parent.values():
        for a, b in itertools.pairwise(siblings):
            ax, ay, _aw, ah = a["extents"]
            bx, by, _bw, bh = b["extents"]
            same_row = abs(ay - by) < min(ah, bh) / 2
            backwards = (bx < ax) if same_row else (by < ay)
            if backwards:
                problems.append(f"out of reading order: {_label(b)} comes after {_label(a)}")
    return problems


def _window_nodes(desk: Desktop, scope: list[int]) -> list[Node]:
    for nodes in desk.probe()["windows"]:
        if nodes and nodes[0]["path"] == scope[:1]:
            return list(nodes)
    raise DesktopError(f"the window at {scope[:1]} is gone")


def _report(where: str, problems: list[str]) -> str:
    return f"{where}: {len(problems)} accessibility problem(s):\n  " + "\n  ".join(problems)


# -- tests ----------------------------------------------------------------------------
def _page_scope(desk: Desktop, page: str) -> tuple[list[Node], list[int]]:
    """The main window's nodes and the path of the page's container (the showing page)."""
    nodes = desk.wait_for(lambda: _main_window(desk.probe()), "the main window")
    pages = [n for n in nodes if n["role"] == "layered pane" and n["children"] >= 6]
    assert pages, "the main window has no stack of pages"
    shown = [n for n in nodes if n["path"][:-1] == pages[0]["path"] and "showing" in n["states"]]
    assert [n["name"] for n in shown] == [page], f"showing pages: {[n['name'] for n in shown]}"
    return nodes, shown[0]["path"]


def _focus_main_window(desk: Desktop) -> None:
    """X input focus on the main window (without a window manager, a closed dialog keeps it)."""
    main = desk.wait_for(lambda: _main_window(desk.probe()), "the main window")
    desk.focus_window(main[0]["name"])


def _show_page(desk: Desktop, keys: str, page: str) -> tuple[list[Node], list[int]]:
    _focus_main_window(desk)
    desk.key(keys)
    desk.wait_for(
        lambda: (
            (w := _main_window(desk.probe())) is not None
            and any(
                n["name"] == page
                and "showing" in n["states"]
                and n["parent_role"] == "layered pane"
                for n in w
            )
        ),
        f"the {page} page to show",
    )
    return _page_scope(desk, page)


@pytest.mark.parametrize(("keys", "page"), PAGES, ids=[p for _k, p in PAGES])
def test_page_controls_have_names_roles_and_states(desktop: Desktop, keys: str, page: str) -> None:
    nodes, scope = _show_page(desktop, keys, page)
    problems = _problems_in(_under(nodes, scope), nodes[0])
    assert _controls(_under(nodes, scope)), f"the {page} page shows no controls at all"
    assert not problems, _report(f"{page} page", problems)


@pytest.mark.parametrize(("keys", "page"), PAGES, ids=[p for _k, p in PAGES])
def test_tab_visits_every_control_of_the_page_once_in_order(
    desktop: Desktop, keys: str, page: str
) -> None:
    nodes, _scope = _show_page(desktop, keys, page)
    _visited, problems = _tab_cycle(desktop, nodes[0]["path"])
    assert not problems, _report(f"Tab on the {page} page", problems)


def test_welcome_dialog_controls_and_tab_order(desktop: Desktop) -> None:
    problems: list[str] = desktop.welcome_problems
    assert not problems, _report("Welcome dialog", problems)


DIALOGS = [("ctrl+comma", "Preferences"), ("ctrl+shift+e", "Export")]


@pytest.mark.parametrize(("keys", "title"), DIALOGS, ids=[t for _k, t in DIALOGS])
def test_dialog_controls_and_tab_order(desktop: Desktop, keys: str, title: str) -> None:
    _show_page(desktop, "ctrl+2", "Journal")
    desktop.key(keys)
    dialog = desktop.wait_for(lambda: _window(desktop.probe()), f"the {title} dialog")
    if title == "Export":
        # Export becomes a Tab stop once the preview of what will leave has loaded.
        dialog = desktop.wait_for(
            lambda: (
                (d := _window(desktop.probe())) is not None
                and any(
                    n["role"] == "push button"
                    and n["name"] == "Export"
                    and "sensitive" in n["states"]
                    for n in d
                )
                and d
            ),
            "the export preview to load",
        )
    try:
        desktop.focus_window(dialog[0]["name"])
        assert title.lower() in dialog[0]["name"].lower(), dialog[0]["name"]
        problems = _problems_in(dialog, dialog[0])
        _visited, tab_problems = _tab_cycle(desktop, dialog[0]["path"])
        problems += tab_problems
        assert _controls(dialog), f"the {title} dialog shows no controls"
        assert not problems, _report(f"{title} dialog", problems)
    finally:
        desktop.key("Escape")
        desktop.wait_for(lambda: _window(desktop.probe()) is None, f"the {title} dialog to close")


def _find(nodes: list[Node], role: str, name_start: str) -> Node:
    found = [n for n in nodes if n["role"] == role and n["name"].startswith(name_start)]
    assert found, f"no {role} called {name_start!r}; showing: " + ", ".join(
        _label(n) for n in _controls(nodes)
    )
    return found[0]


def test_screen_reader_lists_the_timelines_entries_and_months(desktop: Desktop) -> None:
    nodes, scope = _show_page(desktop, "ctrl+3", "Timeline")
    timeline = _find(_under(nodes, scope), "list", "Timeline")
    items = [n for n in nodes if n["path"][:-1] == timeline["path"]]
    entries = [n for n in items if n["role"] == "list item"]
    months = [n for n in items if n["role"] == "heading"]
    titles: list[str] = desktop.titles
    assert len(entries) == len(titles), [n["name"] for n in entries]
    # Every entry by its title, in time order (the search lists the newest first).
    listed = [n["name"] for n in entries]
    for name, title in zip(listed, reversed(titles), strict=True):
        assert name.startswith(f"{title}, "), (name, title)
    assert months and items[0]["role"] == "heading"
    assert all(": " in n["name"] and n["name"].split(": ")[1][0].isdigit() for n in months)
    shown = [n for n in entries if "showing" in n["states"]]
    assert shown, "no entry says it is on screen"
    x, y, w, h = timeline["extents"]
    for node in shown:
        ex, ey, ew, eh = node["extents"]
        assert x <= ex and ex + ew <= x + w and y <= ey and ey + eh <= y + h, _label(node)


def test_screen_reader_lists_the_charts_bars(desktop: Desktop) -> None:
    nodes, scope = _show_page(desktop, "ctrl+5", "How I learn best")
    chart = _find(_under(nodes, scope), "chart", "My four attributes")
    bars = [n for n in nodes if n["path"][:-1] == chart["path"]]
    assert bars, "the chart has no bars a screen reader can reach"
    assert all(n["role"] == "list item" for n in bars), [_label(n) for n in bars]
    # The bars say what the chart's description says, month by month.
    assert "; ".join(n["name"] for n in bars) == chart["description"]
