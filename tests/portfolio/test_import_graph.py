"""No import cycles inside journal.portfolio (the import dispatcher least of all)."""

from __future__ import annotations

import itertools

import grimp
import pytest


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("journal")


@pytest.mark.parametrize(
    "importer", ["portfolio_import", "feedback", "other_tools", "review", "importer"]
)
def test_importers_do_not_import_the_dispatcher(graph: grimp.ImportGraph, importer: str) -> None:
    chain = graph.find_shortest_chain(f"journal.portfolio.{importer}", "journal.portfolio.imports")
    assert chain is None, " -> ".join(chain or ())


def test_no_two_portfolio_modules_import_each_other(graph: grimp.ImportGraph) -> None:
    modules = sorted(m for m in graph.modules if m.startswith("journal.portfolio."))
    cycles = [
        (a, b)
        for a, b in itertools.combinations(modules, 2)
        if graph.find_shortest_chain(a, b) and graph.find_shortest_chain(b, a)
    ]
    assert cycles == []


def test_every_importer_is_listed_in_sniffing_order() -> None:
    from journal.portfolio.imports import IMPORTERS, KNOWN_KINDS

    assert list(IMPORTERS) == ["pack", "feedback", "jrnl", "dayone", "portfolio"]
    assert set(IMPORTERS) == set(KNOWN_KINDS)
