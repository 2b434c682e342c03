"""``make screenshots``: a developer tool that draws the app's main screens offscreen.

Run as ``python -m journal.screenshots OUT_DIR`` (see ``__main__``). It sits
above the layers (it builds a demo journal and opens windows on it), so
nothing in ``journal.ui`` imports it.
"""
