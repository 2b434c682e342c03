"""Student text on exported pages: Markdown made safe, never live markup."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from journal.portfolio.export import export_portfolio
from journal.portfolio.render import markdown_to_html, sanitize_html
from tests.portfolio.conftest import XSS_BODY, Filled

DANGEROUS_TAGS = {"script", "svg", "iframe", "object", "embed", "style", "link", "meta", "base",
                  "form", "math"}  # fmt: skip
DANGEROUS_URL = re.compile(r"^\s*(javascript|vbscript|data:text|file):", re.IGNORECASE)


class _Markup(HTMLParser):
    """Collects what a browser would treat as markup (tags and attributes), not text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                self.problems.append(f"{tag}[{name}]")
            if name in ("href", "src", "action") and value and DANGEROUS_URL.match(value):
                self.problems.append(f"{tag}[{name}={value}]")


def live_markup(html: str) -> list[str]:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser.problems


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](  javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<svg onload=alert(1)>",
        "<iframe src=//evil></iframe>",
        "[x](vbscript:msgbox)",
        '<div style="background:url(javascript:alert(1))">',
    ],
)
def test_hostile_markdown_never_becomes_live_markup(payload: str) -> None:
    html = str(markdown_to_html(payload))
    assert live_markup(html) == [], html


def test_markdown_keeps_ordinary_formatting() -> None:
    html = str(markdown_to_html("# Big\n\n**bold** and [a link](https://example.org)\n\n- one"))
    assert '<h4 dir="auto">Big</h4>' in html and "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html and 'rel="noopener noreferrer nofollow"' in html
    assert '<li dir="auto">one</li>' in html


def test_headings_start_at_the_base_and_never_skip() -> None:
    html = str(markdown_to_html("# A\n\n### B\n\n###### C", heading_base=3))
    assert [int(n) for n in re.findall(r"<h(\d)[ >]", html)] == [3, 4, 5]


def test_remote_images_become_their_alt_text() -> None:
    html = str(markdown_to_html("![a tracker](https://tracker.example/p.png)"))
    assert "<img" not in html and "a tracker" in html


def test_only_attachment_images_survive_sanitising() -> None:
    sha = "a" * 64
    kept = sanitize_html(f'<img src="../attachments/{sha}" alt="x">')
    dropped = sanitize_html('<img src="https://evil.example/x.png" alt="x">')
    assert f"attachments/{sha}" in kept and "evil" not in dropped


def test_exported_pages_carry_no_live_payloads(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "x.portfolio.zip"
    export_portfolio(filled.journal, out)
    with zipfile.ZipFile(out) as archive:
        pages = {n: archive.read(n).decode() for n in archive.namelist() if n.endswith(".html")}
    page = pages[f"entries/{filled.xss_id}.html"]
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends" in page
    assert "click me" in page  # the link's text stays, its javascript: target does not
    assert "pwned" in page  # the payloads are there as harmless text…
    assert "pwned" not in "".join(re.findall(r"<[^>]+>", page))  # …never inside a tag
    assert XSS_BODY.count("javascript:") == 2
    for name, html in pages.items():
        assert live_markup(html.split("<body>", 1)[1]) == [], name


def test_each_block_follows_the_direction_of_its_own_text() -> None:
    html = str(markdown_to_html("# عنوان\n\nمرحبا بالعالم\n\nHello\n\n> اقتباس\n\n- بند"))
    for block in ("<h4", "<p", "<blockquote", "<ul", "<li"):
        assert f'{block} dir="auto">' in html, block
    # A dir attribute the student typed is not trusted (raw HTML stays text).
    assert '<p dir="rtl">' not in str(markdown_to_html('<p dir="rtl">x</p>'))


def test_every_text_block_of_the_export_pages_follows_its_own_direction() -> None:
    """Titles, captions and table cells as well as Markdown: dir="auto" on each block."""
    from journal.resources import resource_path

    block = re.compile(r"<(h[1-6]|p|li|td|th|figcaption|blockquote|dd|dt|caption)(?=[\s>])([^>]*)>")
    for template in sorted(resource_path("export").glob("*.html")):
        for tag, attributes in block.findall(template.read_text(encoding="utf-8")):
            assert "dir=" in attributes, f"<{tag}{attributes}> in {template.name}"
