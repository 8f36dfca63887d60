"""The article page's CSS: one template, themed by the reading mode's colours and sized from
the body's font size.

QTextBrowser understands a subset of CSS (type and class selectors, colours, font, margins,
``line-height`` in %); every rule here stays inside it. Sizes are in px, proportional to the
body text, so the page keeps its proportions at any text size. The sheet is made of groups, in
the order the page has always had them (the pages' bytes are recorded by
``tests/core/test_render_snapshots.py``): text, headings, blocks, the article's own parts, and the
welcome page.
"""

from __future__ import annotations

import re

from reader.core.render.palette import ReadingColours


def stylesheet(colours: ReadingColours, font_size: int, font_family: str, rtl: bool = False) -> str:
    """The page's CSS: one template, themed by the reading mode's colours.

    Right-to-left scripts get no italics (Arabic and Hebrew fonts rarely have them, and a
    synthesized slant reads badly) and no upper-casing.
    """
    fs = max(8, min(int(font_size), 72))
    slant = "normal" if rtl else "italic"
    return "\n" + "".join(
        (
            _text_rules(colours, fs, _css_family(font_family)),
            _heading_rules(colours, fs),
            _block_rules(colours, fs, slant),
            _article_part_rules(colours, fs, slant),
            _welcome_rules(colours, fs),
        )
    )


def _css_family(family: str) -> str:
    """``family`` as a CSS font list with its generic fallback (``'Noto Serif', serif``); any
    character that could end the declaration is dropped."""
    cleaned = re.sub(r"[^\w \-.]", "", family).strip()[:100]
    if not cleaned or cleaned.lower() in ("serif", "sans", "sans-serif"):
        return "sans-serif" if cleaned.lower().startswith("sans") else "serif"
    generic = "sans-serif" if "sans" in cleaned.lower() else "serif"
    return f"'{cleaned}', {generic}"


def _text_rules(c: ReadingColours, fs: int, family: str) -> str:
    """The page and its running text: colours, font, line spacing, paragraphs, links."""
    return f"""\
body {{ background-color: {c.background}; color: {c.text}; font-family: {family};
       font-size: {fs}px; }}
p, li, dd, dt, div {{ line-height: 155%; }}
p {{ margin-top: 0px; margin-bottom: {round(fs * 0.95)}px; }}
a {{ color: {c.link}; text-decoration: underline; }}
a.action {{ text-decoration: {c.action_decoration}; }}
"""


def _heading_rules(c: ReadingColours, fs: int) -> str:
    """The title (h1) and the body's headings, smaller at each level."""
    return f"""\
h1 {{ color: {c.heading}; font-size: {round(fs * 1.85)}px; font-weight: 700;
     line-height: 120%; margin-top: {round(fs * 0.3)}px; margin-bottom: {round(fs * 0.6)}px; }}
h2 {{ color: {c.heading}; font-size: {round(fs * 1.35)}px; font-weight: 700; line-height: 125%;
     margin-top: {round(fs * 1.5)}px; margin-bottom: {round(fs * 0.5)}px; }}
h3 {{ color: {c.heading}; font-size: {round(fs * 1.15)}px; font-weight: 700;
     margin-top: {round(fs * 1.3)}px; margin-bottom: {round(fs * 0.4)}px; }}
h4, h5, h6 {{ color: {c.heading}; font-size: {fs}px; font-weight: 700;
     margin-top: {round(fs * 1.1)}px; margin-bottom: {round(fs * 0.3)}px; }}
"""


def _block_rules(c: ReadingColours, fs: int, slant: str) -> str:
    """The body's blocks: quotations (plain and boxed), code, lists, rules and tables."""
    return f"""\
blockquote {{ color: {c.quote}; font-style: {slant}; margin-left: {round(fs * 1.2)}px;
     margin-right: {round(fs * 1.2)}px; margin-top: 0px; margin-bottom: {round(fs * 0.5)}px; }}
blockquote.boxed {{ margin-left: 0px; margin-right: 0px; margin-bottom: 0px; }}
blockquote p {{ margin-bottom: {round(fs * 0.5)}px; }}
table.quotebox {{ font-size: {fs}px; margin-top: {round(fs * 0.2)}px; margin-bottom: {round(fs * 1.1)}px;
     margin-left: {round(fs * 0.6)}px; }}
pre, code, kbd, samp {{ font-family: monospace; font-size: {round(fs * 0.85)}px;
     background-color: {c.code_background}; }}
pre {{ white-space: pre-wrap; margin-bottom: {round(fs * 0.95)}px; }}
ul, ol {{ margin-top: 0px; margin-bottom: {round(fs * 0.95)}px; }}
li {{ margin-bottom: {round(fs * 0.3)}px; }}
hr {{ color: {c.rule}; }}
table {{ border-color: {c.rule}; border-style: solid; border-collapse: collapse;
     font-size: {round(fs * 0.9)}px; margin-top: {round(fs * 0.3)}px;
     margin-bottom: {round(fs * 1.1)}px; }}
th {{ font-weight: 700; }}
th, td {{ padding: 4px; }}
"""


def _article_part_rules(c: ReadingColours, fs: int, slant: str) -> str:
    """What the page adds around the body: the source line, byline, actions, lead image,
    captions, notes, search marks, summaries, and the bar of a boxed quotation."""
    return f"""\
.source {{ color: {c.muted}; font-family: sans-serif; font-size: {round(fs * 0.72)}px;
     font-weight: 700; text-transform: uppercase; margin-bottom: {round(fs * 0.4)}px; }}
.meta {{ color: {c.muted}; font-family: sans-serif; font-size: {round(fs * 0.8)}px;
     margin-bottom: {round(fs * 0.3)}px; }}
.actions {{ font-family: sans-serif; font-size: {round(fs * 0.8)}px;
     margin-bottom: {round(fs * 1.1)}px; }}
.lead {{ margin-top: {round(fs * 0.5)}px; margin-bottom: {round(fs * 1.5)}px; }}
.caption {{ color: {c.muted}; font-family: sans-serif; font-size: {round(fs * 0.78)}px;
     line-height: 135%; margin-top: 4px; margin-bottom: {round(fs * 1.2)}px; }}
.note {{ color: {c.muted}; font-family: sans-serif; font-size: {round(fs * 0.78)}px;
     font-style: {slant}; margin-bottom: {round(fs * 0.9)}px; }}
.mark {{ background-color: {c.selection}; }}
.summary {{ font-weight: 700; }}
td.bar {{ background-color: {c.quote_bar}; }}
"""


def _welcome_rules(c: ReadingColours, fs: int) -> str:
    """The welcome page's paragraphs, hints and keys; then the padding of a boxed quotation
    (last, where the page has always had it)."""
    return f"""\
.welcome p {{ margin-bottom: {round(fs * 0.8)}px; }}
.welcome .intro {{ margin-bottom: {round(fs * 1.6)}px; }}
.welcome .hint {{ color: {c.muted}; }}
.welcome .keys {{ color: {c.muted}; font-family: sans-serif; font-size: {round(fs * 0.8)}px;
     margin-top: {round(fs * 1.6)}px; }}
td.quote {{ padding-left: {round(fs * 1.1)}px; padding-right: {round(fs * 1.1)}px; }}
"""
