"""Make `resources/templates/report.docx`, the template the DOCX letter is written on.

It is python-docx's own default template with what the letter never uses taken out:
- `stylesWithEffects.xml` (a Word 2010 copy of the styles), the custom XML item, the web
  settings, the numbering definitions and python-docx's thumbnail of an empty page;
- every style but the defaults (Normal, Default Paragraph Font, Normal Table, No List),
  the page header and footer the page numbers use, and Table Grid and List Paragraph
  for the officer's own edits. Word's list of built-in styles (`latentStyles`) stays,
  so every usual style is still offered in Word and LibreOffice.

The default template's styles were 800 KB of XML to read and compress in every report;
this one is a few. Run it again after upgrading python-docx:

    .venv/bin/python scripts/docx_template.py

`tests/reports/test_docx.py` checks that the stored template is what this script makes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates" / "report.docx"

KEEP_STYLES = {
    "Normal",
    "DefaultParagraphFont",
    "TableNormal",
    "NoList",
    "Header",
    "HeaderChar",
    "Footer",
    "FooterChar",
    "TableGrid",
    "ListParagraph",
}
DROP_DOCUMENT_RELS = {"stylesWithEffects", "customXml", "webSettings", "numbering"}
DROP_PACKAGE_RELS = {"thumbnail"}
# Fixed entry times, so the same python-docx makes the same bytes.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def template_bytes() -> bytes:
    """The trimmed template, as a DOCX file's bytes."""
    document = docx.Document()
    for rels, drop in (
        (document.part.rels, DROP_DOCUMENT_RELS),
        (document.part.package.rels, DROP_PACKAGE_RELS),
    ):
        for r_id, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in drop:
                del rels[r_id]
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEEP_STYLES:
            styles.remove(style)
    body = document.element.body
    for child in list(body):  # the empty first paragraph
        if child.tag == qn("w:p"):
            body.remove(child)
    props = document.core_properties
    for name in ("title", "subject", "author", "last_modified_by", "keywords", "comments"):
        setattr(props, name, "")
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _without_dates(data)
            z.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _without_dates(core: bytes) -> bytes:
    """Core properties without the created and modified times python-docx stamps in
    (the report sets its own)."""
    from lxml import etree

    root = etree.fromstring(core)
    for child in list(root):
        if etree.QName(child).localname in ("created", "modified", "lastPrinted"):
            root.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def main() -> int:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    data = template_bytes()
    if TARGET.exists() and TARGET.read_bytes() == data:
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
