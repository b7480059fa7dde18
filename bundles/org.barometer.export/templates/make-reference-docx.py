#!/usr/bin/env python3
"""Writes barometer-reference.docx, the Word template the exports start from.

Why a template at all: a document POI creates from nothing has no styles part, so every
named style (Heading1, TableHeading...) silently falls back to Normal. The exports instead
open this file, drop its (empty) body and write into it; every paragraph, table and footer
they produce names one of the styles below, so the production desk restyles the output by
editing the template (or passing its own with --template), never the tables one by one.

The file is written from scratch with the standard library only, so it is reproducible
byte for byte (fixed entry order and timestamps): run it after changing a style and commit
both files. It holds only what an export keeps (styles, settings, page setup): every other
part would be parsed at each export for nothing, and the document properties are the
export's own.

    python3 make-reference-docx.py            # writes barometer-reference.docx beside it

Page: A4 portrait, 2 cm margins. Fonts: Arial (LibreOffice substitutes the metrically
identical Liberation Sans), body 10 pt, tables 9 pt.
"""
import os
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ACCENT = '1F3864'   # headings
RULE = '808080'     # table borders
HEADER_FILL = 'D9E2F3'


def para_style(style_id, name, based_on='Normal', next_style=None, ppr='', rpr='', ui_priority=None,
               quick=True, default=False):
    attrs = ' w:default="1"' if default else ''
    parts = [f'<w:style w:type="paragraph"{attrs} w:styleId="{style_id}">', f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if ui_priority is not None:
        parts.append(f'<w:uiPriority w:val="{ui_priority}"/>')
    if quick:
        parts.append('<w:qFormat/>')
    if ppr:
        parts.append(f'<w:pPr>{ppr}</w:pPr>')
    if rpr:
        parts.append(f'<w:rPr>{rpr}</w:rPr>')
    parts.append('</w:style>')
    return ''.join(parts)


def border(side):
    return f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'


STYLES = [
    # defaults
    para_style('Normal', 'Normal', based_on=None, default=True, ppr='<w:spacing w:after="0" w:line="264" w:lineRule="auto"/>'),
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>'
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    # masthead
    para_style('Title', 'Title', next_style='Subtitle', ui_priority=10,
               ppr='<w:spacing w:before="1200" w:after="120"/><w:jc w:val="center"/>',
               rpr=f'<w:b/><w:caps/><w:color w:val="{ACCENT}"/><w:spacing w:val="20"/><w:sz w:val="56"/><w:szCs w:val="56"/>'),
    para_style('Subtitle', 'Subtitle', next_style='MastheadDetail', ui_priority=11,
               ppr='<w:spacing w:after="240"/><w:jc w:val="center"/>',
               rpr=f'<w:color w:val="{ACCENT}"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
    para_style('MastheadDetail', 'Masthead Detail', ppr='<w:spacing w:after="60"/><w:jc w:val="center"/>',
               rpr='<w:sz w:val="22"/><w:szCs w:val="22"/>'),
    # headings: every Heading 1 (a section, an appendix, the authors) starts a page
    para_style('Heading1', 'heading 1', next_style='BodyText', ui_priority=9,
               ppr='<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="0"/>',
               rpr=f'<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="36"/><w:szCs w:val="36"/>'),
    para_style('Heading2', 'heading 2', next_style='BodyText', ui_priority=9,
               ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="1"/>',
               rpr=f'<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
    para_style('Heading3', 'heading 3', next_style='BodyText', ui_priority=9,
               ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="2"/>',
               rpr='<w:b/><w:i/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    para_style('AppendixTitle', 'Appendix Title', next_style='Heading2',
               ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240"/>',
               rpr=f'<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
    # running text
    para_style('BodyText', 'Body Text', ppr='<w:spacing w:after="140"/><w:jc w:val="both"/>'),
    # the letter's closing block: closing, name, role and affiliation on lines of their own, kept together
    para_style('Closing', 'Closing', next_style='Signature', ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/>'),
    para_style('Signature', 'Signature', next_style='SignatureRole', ppr='<w:keepNext/><w:spacing w:before="120" w:after="40"/>',
               rpr='<w:b/>'),
    para_style('SignatureRole', 'Signature Role', ppr='<w:keepNext/><w:spacing w:after="0"/>', rpr='<w:i/>'),
    para_style('SectionAuthor', 'Section Author', next_style='BodyText', ppr='<w:spacing w:after="200"/>',
               rpr='<w:i/><w:color w:val="404040"/>'),
    para_style('IndexFigure', 'Index Figure', ppr='<w:keepNext/><w:spacing w:after="40"/>',
               rpr='<w:b/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    para_style('Trend', 'Trend', ppr='<w:spacing w:after="100"/><w:ind w:left="397" w:hanging="397"/>'),
    # the items of a narrative's lists; the export numbers them (numbering.xml) with the same indents.
    # Contextual spacing: no gap between items, a body paragraph's gap after the list
    para_style('ListBullet', 'List Bullet', ppr='<w:spacing w:after="140"/><w:contextualSpacing/><w:ind w:left="397" w:hanging="284"/>'),
    para_style('ListNumber', 'List Number', ppr='<w:spacing w:after="140"/><w:contextualSpacing/><w:ind w:left="397" w:hanging="284"/>'),
    para_style('AuthorEntry', 'Author Entry', based_on='BodyText'),
    '<w:style w:type="character" w:customStyle="1" w:styleId="AuthorName"><w:name w:val="Author Name"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:b/></w:rPr></w:style>',
    # tables
    para_style('TableCaption', 'Table Caption', ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/>', rpr='<w:b/>'),
    para_style('TableHeading', 'Table Heading', ppr='<w:keepNext/><w:spacing w:before="20" w:after="20"/>',
               rpr='<w:b/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
    para_style('TableHeadingNumber', 'Table Heading Number', based_on='TableHeading', ppr='<w:jc w:val="right"/>'),
    para_style('TableText', 'Table Text', ppr='<w:spacing w:before="20" w:after="20"/>',
               rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>'),
    para_style('TableScore', 'Table Score', based_on='TableText', ppr='<w:jc w:val="right"/>'),
    para_style('TableTotal', 'Table Total', based_on='TableText', rpr='<w:b/>'),
    para_style('TableTotalScore', 'Table Total Score', based_on='TableScore', rpr='<w:b/>'),
    # the table of contents: its title starts a page; entries with dotted leaders to the page number
    para_style('TOCHeading', 'TOC Heading', next_style='TOC1', ui_priority=39,
               ppr='<w:keepNext/><w:pageBreakBefore/><w:spacing w:before="0" w:after="240"/>',
               rpr=f'<w:b/><w:color w:val="{ACCENT}"/><w:sz w:val="36"/><w:szCs w:val="36"/>'),
    para_style('TOC1', 'toc 1', ui_priority=39, quick=False, ppr='<w:spacing w:before="120" w:after="0"/>', rpr='<w:b/>'),
    para_style('TOC2', 'toc 2', ui_priority=39, quick=False, ppr='<w:spacing w:after="0"/><w:ind w:left="397"/>'),
    # page furniture
    para_style('Header', 'header', quick=False, ppr='<w:jc w:val="right"/>',
               rpr='<w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
    para_style('Footer', 'footer', quick=False, ppr='<w:jc w:val="center"/>',
               rpr='<w:sz w:val="18"/><w:szCs w:val="18"/>'),
    # the catalogue tables: thin rules everywhere, tinted header row
    '<w:style w:type="table" w:customStyle="1" w:styleId="BarometerTable"><w:name w:val="Barometer Table"/>'
    '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>'
    '<w:tblPr><w:tblBorders>' + ''.join(border(s) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) +
    '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
    '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    f'<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr></w:tblStylePr>'
    '</w:style>',
]

STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
    '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>' + ''.join(STYLES) + '</w:styles>')

# An empty body: only the page setup (A4 portrait, 2 cm margins), which the exports read to size their tables.
DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:body><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')

SETTINGS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '</w:compat></w:settings>')

CONTENT_TYPES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '</Types>')

ROOT_RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOCUMENT_RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '</Relationships>')

ENTRIES = [
    ('[Content_Types].xml', CONTENT_TYPES_XML),
    ('_rels/.rels', ROOT_RELS_XML),
    ('word/document.xml', DOCUMENT_XML),
    ('word/_rels/document.xml.rels', DOCUMENT_RELS_XML),
    ('word/styles.xml', STYLES_XML),
    ('word/settings.xml', SETTINGS_XML),
]


def main():
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'barometer-reference.docx')
    with zipfile.ZipFile(target, 'w') as docx:
        for name, text in ENTRIES:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            docx.writestr(info, text.encode('utf-8'))
    print(target)


if __name__ == '__main__':
    main()
