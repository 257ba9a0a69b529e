"""Small package parts (styles, workbook, relationships, properties, VML) read with expat callbacks.

Building an ElementTree for a part of which a few attributes are wanted costs
more than everything else the pre-check does (defusedxml uses the pure-Python
tree builder).  Here expat calls back only for what the caller asks for.  The
same refusals as defusedxml apply: a DTD, an entity declaration and an
external entity reference stop the parse (and io/safety has already refused
any part that holds a DTD, in any encoding).  Element and attribute names are
expat's ``'namespace}local'`` (``'local'`` without a namespace), handed over as they come.
"""
from __future__ import annotations

from collections.abc import Callable
from xml.parsers import expat

StartHandler = Callable[[str, dict[str, str]], None]


class XmlRefused(ValueError):
    """A DTD or an entity in a package part."""


def _refuse(*_args) -> None:
    raise XmlRefused("DTD or entity in a package part")


def scan(data: bytes, start: StartHandler, end: Callable[[str], None] | None = None,
         text: Callable[[str], None] | None = None) -> None:
    """Parse `data`, calling start(name, attributes) / end(name) / text(characters).

    Names are 'namespace}local' ('local' without a namespace).  Raises expat.ExpatError for XML
    that is not well formed and XmlRefused for a DTD or an entity."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.buffer_text = True
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    parser.Parse(data, True)



def elements(data: bytes, wanted: Callable[[str], bool]) -> list[tuple[str, dict[str, str]]]:
    """(name, attributes) of every element whose name `wanted` accepts, in document order."""
    out: list[tuple[str, dict[str, str]]] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        if wanted(name):
            out.append((name, attrs))

    scan(data, start)
    return out


def elements_with_text(data: bytes, name: str, child: bool = False,
                       also: str = "") -> list[tuple[str, dict[str, str], str]]:
    """(name, attributes, text) of every element called `name` (or `also`, whose text is not read), in
    one pass: its own text before any child element (ElementTree's .text), or with child=True that
    of its first child element ('' when it has none)."""
    out: list[tuple[str, dict[str, str], str]] = []
    texts: list[list[str]] = []
    st = [None, -1, 0]  # [pieces being collected, depth of the `name` element awaiting its first child, depth]

    def start(tag: str, attrs: dict[str, str]) -> None:
        st[0] = None
        if tag == name:
            out.append((tag, attrs, ""))
            texts.append([])
            if child:
                st[1] = st[2]
            else:
                st[0] = texts[-1]
        else:
            if st[1] >= 0:  # the first child of a `name` element (child=True)
                st[0], st[1] = texts[-1], -1
            if tag == also:
                out.append((tag, attrs, ""))
                texts.append([])
        st[2] += 1

    def end(tag: str) -> None:
        st[0] = None
        st[2] -= 1
        if st[2] == st[1]:
            st[1] = -1  # the element ended without a child

    def text(data: str) -> None:
        if st[0] is not None:
            st[0].append(data)

    scan(data, start, end, text)
    return [(tag, attrs, "".join(pieces)) for (tag, attrs, _), pieces in zip(out, texts)]
