"""The Exhibitions page: build, rehearse, present and export an exhibition of learning."""

from journal.ui.exhibitions.page import ExhibitionsPage

__all__ = ["ExhibitionsPage"]
