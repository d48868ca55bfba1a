#!/usr/bin/env python3
"""make_docx.py OUTDIR [NAME.docx…] — writes the Word test documents of tests/docx
into OUTDIR (only the NAMEs given, of those that stand alone: wide.docx …).

Deterministic (fixed zip dates, fixed order), so test runs see the same bytes.
The parts are written by hand the way Word, WPS and LibreOffice write them:
automatic numbering in numbering.xml, headings by style, a text box stored
twice (DrawingML in mc:Choice, VML in mc:Fallback), tracked changes, fields,
tables with merged cells; flat Word XML (2003 and pkg:package) saved with a
.docx name; and hostile files (zip bomb, DOCTYPE, broken and deep XML).
The report text is our own (a county statistics bureau's work report).

  full.docx        every feature the reader handles (tests/unit/test_docx.c)
  twin.docx        the report of twin.txt with Word's automatic numbering
  twin.txt         its clean-text twin (tests/e2e/docx.sh)
  python-docx.docx as python-docx writes it (built-in heading styles, a table)
  wps.docx         as WPS writes it (own namespaces, digits split into runs)
  flat2003.docx    Word 2003 XML (<w:wordDocument>)
  flatpkg.docx     Word 2007 flat XML (<pkg:package>)
  wide.docx        a table of 9 figure columns, wider than the 156 mm 版心 (turned
                   onto pages of its own, GB/T 9704 §8), 20 rows, its 表头 not marked
  long-table.docx  a 3-column table of 50 rows over two pages, its 表头 (指标 | 2024年 |
                   增长) not marked: evidently a header, repeated on page 2
  no-header.docx   the same rows without the 表头: nothing repeated
  redhead.docx     a 公文 whose 红头 (发文机关标志) is a text box anchored in the 发文字号's
                   paragraph, 版记 as text paragraphs
  redhead-table.docx  the 红头 without 文件 and the 发文字号 in one text box anchored in an
                   empty paragraph, the 版记 in a table
  hostile-*.docx   files that must be refused with a clear message
"""
import os
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DOC_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14"')
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
STYLES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
NUMBERING_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
BULLET = "\uf0b7"  # Symbol font bullet, private use as Word writes it
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def runs(text, split_digits=False):
    """Runs of text; WPS puts digits and Chinese in separate runs."""
    if not split_digits:
        return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
    out, cur, kind = [], "", None
    for ch in text:
        k = ch.isascii()
        if kind is not None and k != kind:
            out.append(cur)
            cur = ""
        cur += ch
        kind = k
    if cur:
        out.append(cur)
    return "".join(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
                   f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r>' for t in out)


def para(content, style=None, num=None, jc=None, ind=None, extra_ppr=""):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if ind:
        ppr += f'<w:ind {ind}/>'
    ppr += extra_ppr
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{content}</w:p>"


def document(body, sect=True):
    sectpr = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
              '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr>'
              if sect else "")
    return f'{XML_HEAD}<w:document {DOC_NS}><w:body>{body}{sectpr}</w:body></w:document>'


STYLES = f'''{XML_HEAD}<w:styles xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="报告小标题"/><w:basedOn w:val="2"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="正文首行缩进"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr></w:tblStylePr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
</w:styles>'''


def lvl(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}<w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')


NUMBERING = f'''{XML_HEAD}<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
{lvl(0, "chineseCounting", "%1、", extra='<w:suff w:val="nothing"/>')}
{lvl(1, "chineseCounting", "（%2）", extra='<w:suff w:val="nothing"/>')}
{lvl(2, "decimal", "%3.", extra='<w:suff w:val="nothing"/>')}
{lvl(3, "decimal", "（%4）", extra='<w:suff w:val="nothing"/>')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
{lvl(0, "decimalEnclosedCircle", "%1")}
{lvl(1, "lowerLetter", "%2)")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
{lvl(0, "decimal", "%1.")}
{lvl(1, "decimal", "%1.%2", extra='<w:suff w:val="space"/>')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
{lvl(0, "ideographTraditional", "%1、")}
{lvl(1, "chineseCountingThousand", "第%2条", start=11, extra='<w:suff w:val="space"/>')}
{lvl(2, "bullet", BULLET)}
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>'''

CONTENT_TYPES = f'''{XML_HEAD}<Types xmlns="{CT}">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{MAIN_CT}"/>
<Override PartName="/word/styles.xml" ContentType="{STYLES_CT}"/>
<Override PartName="/word/numbering.xml" ContentType="{NUMBERING_CT}"/>
</Types>'''

ROOT_RELS = f'''{XML_HEAD}<Relationships xmlns="{REL}">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
</Relationships>'''

DOC_RELS = f'''{XML_HEAD}<Relationships xmlns="{REL}">
<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{R}/numbering" Target="/word/numbering.xml"/>
<Relationship Id="rId3" Type="{R}/hyperlink" Target="http://example.org/" TargetMode="External"/>
<Relationship Id="rId9" Type="{R}/aFChunk" Target="afchunk.htm"/>
</Relationships>'''


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def package(path, body, styles=STYLES, numbering=NUMBERING, extra=()):
    write_zip(path, [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                     ("word/document.xml", body), ("word/_rels/document.xml.rels", DOC_RELS),
                     ("word/styles.xml", styles), ("word/numbering.xml", numbering)] + list(extra))


def text_box(lines):
    """A text box as Word 2010+ writes it: DrawingML first, a VML copy as fallback."""
    content = "".join(para(runs(t), jc="center") for t in lines)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            '<a:graphic><a:graphicData><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{content}</w:txbxContent>'
            '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent>{content}</w:txbxContent>'
            '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def field(code, result):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{runs(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def cell(text, props=""):
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>{props}</w:tcPr>{para(runs(text))}</w:tc>'


def full_docx(path):
    table = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:jc w:val="center"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
        '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + cell("指标") + cell("完成情况", '<w:gridSpan w:val="2"/>') + '</w:tr>'
        '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + cell("") + cell("2023年") + cell("同比") + '</w:tr>'
        '<w:tr>' + cell("地区生产总值", '<w:vMerge w:val="restart"/>') + cell("86.5亿元") + cell("6.3%") + '</w:tr>'
        '<w:tr>' + cell("", '<w:vMerge/>') + cell("（现价）") + cell("—") + '</w:tr>'
        '<w:tr>' + cell("备注") + '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
        + para(runs("数据来源：")) +
        '<w:tbl><w:tr>' + cell("快报") + cell("初步核实") + '</w:tr></w:tbl>'
        + para(runs("以年报为准")) + '</w:tc></w:tr></w:tbl>')
    body = "".join([
        para(text_box(["东山县统计局文件"])),
        para(runs("关于2023年统计工作情况的报告"), style="Title"),
        para(runs("县人民政府：")),
        para(runs("　　今年以来，我局在县委、县政府的坚强领导下，扎实推进各项统计工作。"), style="Body"),
        para(runs("主要工作成效"), style="1"),
        para(runs("统计调查任务圆满完成"), style="2"),
        para(runs("全年完成各类统计报表")
             + '<w:ins w:id="1" w:author="张"><w:r><w:t>1260</w:t></w:r></w:ins>'
             + '<w:del w:id="2" w:author="张"><w:r><w:delText>1100</w:delText></w:r></w:del>'
             + runs("份，及时率100%。"), num=(1, 2)),
        para('<w:del w:id="3" w:author="张"><w:r><w:delText>整段删除的段落</w:delText></w:r></w:del>',
             num=(1, 2), extra_ppr='<w:rPr><w:del w:id="4" w:author="张"/></w:rPr>'),
        para(runs("数据质量稳步提升。"), num=(1, 2)),
        para(runs("统计服务更加有力"), style="MyHeading"),
        para(runs("一是编印《统计手册》500册；二是开展统计开放日活动3次。"), ind='w:firstLineChars="200"'),
        para(runs("存在的问题"), style="1"),
        para(runs("基层统计力量薄弱"), style="2"),
        para(runs("第一行") + '<w:r><w:br/></w:r>' + runs("接着写") + '<w:r><w:tab/></w:r>' + runs("Word")
             + '<w:r><w:br/></w:r>' + runs("Excel")),
        para(runs("见") + '<w:hyperlink r:id="rId3"><w:r><w:t>统计公报</w:t></w:r></w:hyperlink>'
             + runs("第") + field("PAGE", "3") + runs("页，截至") + field("DATE \\@ \"yyyy年M月d日\"", "2024年1月10日")
             + '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>'
             + '<w:fldSimple w:instr=" REF bm1 "><w:r><w:t>（附表）</w:t></w:r></w:fldSimple>'
             + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
             + '<w:commentRangeStart w:id="0"/>' + runs("。") + '<w:commentRangeEnd w:id="0"/>'
             + '<w:r><w:commentReference w:id="0"/></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'),
        table,
        para(runs("圆圈编号"), num=(2, 0)),
        para(runs("字母编号"), num=(2, 1)),
        para(runs("再圈"), num=(2, 0)),
        para(runs("小节"), num=(3, 0)),
        para(runs("小节下"), num=(3, 1)),
        para(runs("接着编"), num=(4, 0)),
        para(runs("甲项"), num=(5, 0)),
        para(runs("条款"), num=(5, 1)),
        para(runs("要点"), num=(5, 2)),
        para(runs("不编号"), style="1", extra_ppr=""),
        para('<w:r><w:br w:type="page"/></w:r>' + runs("新页开始")),
        para(runs("东山县统计局"), jc="right", extra_ppr='<w:pageBreakBefore/>'),
        para(runs("2024年1月10日"), jc="right",
             extra_ppr='<w:sectPr><w:type w:val="nextPage"/></w:sectPr>'),
        para(runs("大纲级别段落"), extra_ppr='<w:outlineLvl w:val="2"/>'),
        para(runs("　　全角空格缩进的段落　"), ind='w:firstLine="640"'),
        para('<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>按磅缩进</w:t></w:r>', ind='w:firstLine="560"'),
        para('<w:pPrChange w:id="9"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:pPrChange>'
             '<w:sdt><w:sdtPr><w:alias w:val="x"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>控件内容</w:t>'
             '</w:r></w:sdtContent></w:sdt><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>tǒng</w:t></w:r></w:rt>'
             '<w:rubyBase><w:r><w:t>统</w:t></w:r></w:rubyBase></w:ruby></w:r>'),
    ])
    # The unnumbered "heading 1" paragraph switches numbering off (numId 0).
    body = body.replace('<w:pStyle w:val="1"/></w:pPr><w:r><w:t xml:space="preserve">不编号',
                        '<w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'
                        '<w:r><w:t xml:space="preserve">不编号')
    comments = (f'{XML_HEAD}<w:comments xmlns:w="{W}"><w:comment w:id="0"><w:p><w:r><w:t>批注不进正文'
                '</w:t></w:r></w:p></w:comment></w:comments>')
    footer = (f'{XML_HEAD}<w:ftr xmlns:w="{W}"><w:p><w:r><w:t>页脚不进正文</w:t></w:r></w:p></w:ftr>')
    package(path, document(body), extra=[("word/comments.xml", comments), ("word/footer1.xml", footer)])


# The twin report: the same text typed by hand (twin.txt) and numbered by Word (twin.docx).
TWIN = [
    ("title", "东山县统计局2023年工作总结"),
    ("body", "县人民政府："),
    ("body", "2023年，县统计局围绕县委、县政府中心工作，依法统计、科学统计，各项工作取得新进展。现将有关情况报告如下。"),
    ("h1", "主要工作成效"),
    ("h2", "统计调查任务全面完成"),
    ("body", "全年完成常规统计报表1260份，报送及时率100%，数据差错率控制在0.5%以内。"),
    ("h3", "第五次全国经济普查准备工作有序推进。全县划分普查区186个，选聘普查员420名。"),
    ("h3", "农业统计调查扎实开展。完成主要农作物产量抽样调查样本120个。"),
    ("h2", "统计分析服务水平持续提升"),
    ("body", "一是编发《统计月报》12期，撰写统计分析报告26篇，其中8篇获县领导批示。二是全县地区生产总值达到86.5亿元，同比增长6.3%；规模以上工业增加值增长8.1%。三是社会消费品零售总额32.4亿元，增长5.2%。"),
    ("h1", "存在的问题"),
    ("body", "基层统计人员流动性大，专业能力有待提高；部分企业统计基础工作薄弱。"),
    ("h1", "2024年工作打算"),
    ("body", "一是扎实做好第五次全国经济普查登记工作；二是加强统计执法检查，全年检查企业不少于30家；三是加强统计队伍建设，组织业务培训4期。"),
    ("sign", "东山县统计局"),
    ("date", "2024年1月12日"),
]
CN = "一二三四五六七八九十"


def twin_files(docx_path, txt_path, split_digits=False, wps=False):
    lines, paras, c1, c2, c3 = [], [], 0, 0, 0
    for kind, text in TWIN:
        r = runs(text, split_digits)
        if kind == "title":
            lines.append(text)
            paras.append(para(r, style="Title"))
        elif kind == "h1":
            c1 += 1
            c2 = c3 = 0
            lines.append(f"{CN[c1 - 1]}、{text}")
            paras.append(para(r, style="1"))
        elif kind == "h2":
            c2 += 1
            c3 = 0
            lines.append(f"（{CN[c2 - 1]}）{text}")
            paras.append(para(r, style="MyHeading"))
        elif kind == "h3":
            c3 += 1
            lines.append(f"{c3}.{text}")
            paras.append(para(r, num=(1, 2), ind='w:firstLineChars="200"'))
        elif kind in ("sign", "date"):
            lines.append(text)
            paras.append(para(r, jc="right"))
        else:
            lines.append(("" if text.endswith("：") else "　　") + text)
            paras.append(para(r, style=None if text.endswith("：") else "Body"))
    with open(txt_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    extra = []
    body = document("".join(paras))
    if wps:
        body = body.replace('mc:Ignorable="w14"',
                            'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
                            'mc:Ignorable="w14 wpsCustomData"')
        body = body.replace("<w:sectPr>", '<w:sectPr><wpsCustomData:docInfo wpsCustomData:ver="12">'
                            'WPS私有数据</wpsCustomData:docInfo>', 1)
        body = body.replace("<w:r><w:rPr>", '<w:r><w:rPr><wpsCustomData:font w:val="仿宋_GB2312"/>')
        extra = [("docProps/custom.xml", f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/custom-properties"><property name="KSOProductBuildVer">'
                  '2052-12.1.0.15990</property></Properties>'),
                 ("customXml/item1.xml", f"{XML_HEAD}<s:customData xmlns:s=\"http://www.wps.cn/"
                  "officeDocument/2013/wpsCustomData\"/>")]
    package(docx_path, body, extra=extra)


FLAT_2003 = f'''{XML_HEAD}<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:v="urn:schemas-microsoft-com:vml">
<w:styles><w:style w:type="paragraph" w:default="on" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>
<w:body><wx:sect>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>二〇二三年工作报告</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="1"/><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="一、"/></w:listPr></w:pPr><w:r><w:t>工作回顾</w:t></w:r></w:p>
<w:p><w:pPr><w:ind w:first-line-chars="200"/></w:pPr><w:r><w:t>全年完成投资</w:t></w:r><aml:annotation w:type="Word.Insertion"><aml:content><w:r><w:t>12.5</w:t></w:r></aml:content></aml:annotation><aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText>10</w:delText></w:r></aml:content></aml:annotation><w:r><w:t>亿元。</w:t></w:r><aml:annotation w:type="Word.Comment"><aml:content><w:p><w:r><w:t>批注</w:t></w:r></w:p></aml:content></aml:annotation><w:r><w:footnote><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnote></w:r></w:p>
<w:tbl><w:tr><w:tc><w:tcPr><w:vmerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sectPr/></wx:sect></w:body></w:wordDocument>'''


def flat_pkg():
    def part(name, ct, xml):
        xml = xml.replace(XML_HEAD, "")
        return (f'<pkg:part pkg:name="{name}" pkg:contentType="{ct}"><pkg:xmlData>{xml}'
                '</pkg:xmlData></pkg:part>')
    body = document("".join([
        para(runs("总体情况"), style="1"),
        para(runs("全年增长6.3%。"), style="Body"),
        para(runs("分项情况"), style="1"),
    ]))
    glossary = document(para(runs("构建基块不进正文"))).replace("w:document", "w:glossaryDocument")
    return (f'{XML_HEAD}<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", ROOT_RELS)
            + part("/word/document.xml", MAIN_CT, body)
            + part("/word/glossary/document.xml",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
                   glossary)
            + part("/word/numbering.xml", NUMBERING_CT, NUMBERING)
            + part("/word/styles.xml", STYLES_CT, STYLES)
            + "</pkg:package>")


def hostile(out):
    simple = document(para(runs("正文")))
    # 1. A zip bomb: 80 MB of spaces inside the body deflate to ~80 KB.
    bomb = document(para(runs("正文")) + " " * (80 << 20))
    package(os.path.join(out, "hostile-bomb.docx"), bomb)
    # 2. The same bomb declaring a small size: only counting while inflating catches it.
    liar = os.path.join(out, "hostile-bomb-liar.docx")
    package(liar, bomb)
    data = bytearray(open(liar, "rb").read())
    real = len(bomb.encode())
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = 0
        while (i := data.find(sig, i)) >= 0:
            if int.from_bytes(data[i + off:i + off + 4], "little") == real:
                data[i + off:i + off + 4] = (1000).to_bytes(4, "little")
            i += 4
    open(liar, "wb").write(bytes(data))
    # 3. DOCTYPE with entities (billion laughs).
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>')
    package(os.path.join(out, "hostile-doctype.docx"), laughs)
    # 4. An external entity (would read a local file if resolved).
    xxe = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    package(os.path.join(out, "hostile-xxe.docx"), xxe)
    # 5. Broken XML (a tag closed twice).
    broken = simple.replace("</w:p>", "</w:p></w:r>", 1)
    package(os.path.join(out, "hostile-broken.docx"), broken)
    # 6. Nesting 100,000 deep.
    deep = document("<w:p>" + "<w:r>" * 100000 + "</w:r>" * 100000 + "</w:p>")
    package(os.path.join(out, "hostile-deep.docx"), deep)
    # 7. No document part at all.
    write_zip(os.path.join(out, "hostile-missing.docx"),
              [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
               ("word/styles.xml", STYLES)])
    # 8. Not a zip although named .docx (truncated).
    good = os.path.join(out, "full.docx")
    open(os.path.join(out, "hostile-truncated.docx"), "wb").write(open(good, "rb").read()[:600])
    # 9. An Excel workbook renamed .docx.
    xl_ct = CONTENT_TYPES.replace("/word/document.xml", "/xl/workbook.xml").replace(
        MAIN_CT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    write_zip(os.path.join(out, "hostile-excel.docx"),
              [("[Content_Types].xml", xl_ct),
               ("_rels/.rels", ROOT_RELS.replace("word/document.xml", "xl/workbook.xml")),
               ("xl/workbook.xml", f'{XML_HEAD}<workbook/>'), ("word/x.xml", "<x/>")])
    # 10. One paragraph of 17 MB (deflates to ~20 KB), over the 16 MB text limit.
    package(os.path.join(out, "hostile-long.docx"), document(para(runs("字" * (6 << 20)))))
    # 12. Text only in an embedded HTML part (w:altChunk), as OA systems export it.
    chunk = [("word/afchunk.htm", "<html><body><p>嵌入的网页正文</p></body></html>")]
    package(os.path.join(out, "hostile-altchunk.docx"), document('<w:altChunk r:id="rId9"/>'), extra=chunk)
    package(os.path.join(out, "altchunk-mixed.docx"),
            document(para(runs("正文段落")) + '<w:altChunk r:id="rId9"/>'), extra=chunk)
    # 11. An empty body.
    package(os.path.join(out, "hostile-empty.docx"), document(para("")))


WIDE_HEAD = ["乡镇", "户籍人口（人）", "常住人口（人）", "地区生产总值（万元）", "同比增长",
             "一般公共预算收入（万元）", "固定资产投资（万元）", "农村居民人均可支配收入（元）", "城镇化率"]
WIDE_TOWNS = ["城关镇", "东坝镇", "西河乡", "南山镇", "北岭乡", "青石镇", "白沙乡", "红岩镇", "柳溪乡",
              "金桥镇", "石门乡", "龙潭镇", "桃源乡", "新华镇", "长岭乡", "双河镇", "马鞍乡", "清水镇"]


def wide_rows(marked_header):
    """WIDE_HEAD over one row per town and a total row: each figure an unbreakable run."""
    trpr = '<w:trPr><w:tblHeader/></w:trPr>' if marked_header else ''
    rows = ['<w:tr>' + trpr + "".join(cell(h) for h in WIDE_HEAD) + '</w:tr>']
    for i, town in enumerate(WIDE_TOWNS + ["合计"]):
        k = i + 1
        figures = [f"{41250 + 1733 * k:,}", f"{38406 + 1511 * k:,}", f"{186543.5 + 9137.25 * k:,.1f}",
                   f"{5.2 + k % 4 * 0.7:.1f}%", f"{8821.36 + 311.7 * k:,.2f}", f"{64380.5 + 2214.4 * k:,.1f}",
                   f"{21563 + 417 * k:,}", f"{41.6 + k * 0.9:.1f}%"]
        rows.append('<w:tr>' + cell(town) + "".join(cell(v) for v in figures) + '</w:tr>')
    grid = "".join('<w:gridCol w:w="1700"/>' for _ in WIDE_HEAD)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="15300" w:type="dxa"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + '</w:tbl>')


def wide_docx(path):
    body = "".join([
        para(runs("青川县统计局关于2024年乡镇主要经济指标的报告"), style="Title"),
        para(runs("县人民政府：")),
        para(runs("　　现将2024年全县各乡镇主要经济指标报告如下，请审阅。"), style="Body"),
        para(runs("各乡镇主要指标"), style="1"),
        para(runs("　　各乡镇主要指标见下表，数据为快报数。"), style="Body"),
        wide_rows(False),
        para(runs("下步工作"), style="1"),
        para(runs("　　下一步，我局将加强数据质量核查，按月跟踪各乡镇指标变化。"), style="Body"),
        para(runs("青川县统计局"), jc="right"),
        para(runs("2025年1月20日"), jc="right"),
    ])
    package(path, document(body))


def long_table_docx(path, header):
    rows = ['<w:tr>' + cell("指标") + cell("2024年") + cell("增长") + '</w:tr>'] if header else []
    for k in range(50):
        rows.append('<w:tr>' + cell(f"第{k + 1}项指标") + cell(f"{1200 + 37 * k:,}万元")
                    + cell(f"{(k % 9) * 0.8 + 1.1:.1f}%") + '</w:tr>')
    table = '<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr>' + "".join(rows) + '</w:tbl>'
    body = "".join([
        para(runs("青川县发展和改革局主要指标完成情况"), style="Title"),
        para(runs("　　主要指标完成情况如下表。"), style="Body"),
        table,
        para(runs("　　以上数据为快报数。"), style="Body"),
    ])
    package(path, document(body))


def text_box_red(lines):
    """A text box as Word 2010+ writes it, its text red (a 红头)."""
    red = '<w:rPr><w:color w:val="FF0000"/></w:rPr>'
    content = "".join(para(f'<w:r>{red}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>', jc="center") for t in lines)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            '<a:graphic><a:graphicData><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{content}</w:txbxContent>'
            '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox>'
            f'<w:txbxContent>{content}</w:txbxContent>'
            '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


REDHEAD_BODY = [
    ("title", "青川县统计局关于2024年统计工作情况的报告"),
    ("body", "县人民政府："),
    ("body", "　　2024年，我局全年完成常规统计报表1260份，报送及时率100%。现将有关情况报告如下。"),
    ("body", "　　下一步，我局将继续加强统计数据质量管理。"),
    ("right", "青川县统计局"),
    ("right", "2025年1月20日"),
]
REDHEAD_CC = "抄送：县委办公室，县人大常委会办公室。"
REDHEAD_PRINTED = "青川县统计局办公室　　　　2025年1月20日印发"


def redhead_docx(path, in_table):
    paras = []
    if in_table:  # the mark alone (no 文件) and the number line in one box, anchored in an empty paragraph
        paras.append(para(text_box_red(["青川县统计局", "青统发〔2025〕3号"])))
    else:  # the box anchored in the 发文字号's own paragraph, after its text
        paras.append(para(runs("青统发〔2025〕3号") + text_box_red(["青川县统计局文件"]), jc="center"))
    for kind, text in REDHEAD_BODY:
        paras.append(para(runs(text), style="Title" if kind == "title" else None,
                          jc="right" if kind == "right" else None))
    if in_table:
        paras.append('<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr>'
                     + '<w:tr>' + cell(REDHEAD_CC, '<w:gridSpan w:val="2"/>') + '</w:tr>'
                     + '<w:tr>' + "".join(cell(t) for t in REDHEAD_PRINTED.split()) + '</w:tr></w:tbl>')
    else:
        paras += [para(runs(REDHEAD_CC)), para(runs(REDHEAD_PRINTED))]
    package(path, document("".join(paras)))


def python_docx(path):
    """A plain document as python-docx (Debian python3-docx) writes it: built-in
    "Heading N" styles from its template, no numbering part; re-zipped with fixed
    dates so the bytes do not depend on the clock."""
    try:
        import docx
    except ImportError:
        return
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2024, 1, 1)
    d.add_heading("东山县统计局2023年工作总结", level=0)
    d.add_heading("一、主要工作成效", level=1)
    d.add_paragraph("全年完成常规统计报表1260份，报送及时率100%。")
    d.add_heading("（一）统计服务", level=2)
    t = d.add_table(rows=2, cols=2)
    for r, row in enumerate((("指标", "数值"), ("增长", "6.3%"))):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    os.remove(tmp)
    write_zip(path, parts)


def many(out, n=100000):
    """100,000 short paragraphs: must stay linear."""
    body = "".join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                   f'<w:r><w:t>第{i}段，增长{i % 97}.5%。</w:t></w:r></w:p>' for i in range(n))
    package(os.path.join(out, "many.docx"), document(body))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    only = [a for a in sys.argv[2:] if a.endswith(".docx")]  # just these (of the table below)
    os.makedirs(out, exist_ok=True)
    single = {
        "wide.docx": wide_docx,
        "long-table.docx": lambda p: long_table_docx(p, True),
        "no-header.docx": lambda p: long_table_docx(p, False),
        "redhead.docx": lambda p: redhead_docx(p, False),
        "redhead-table.docx": lambda p: redhead_docx(p, True),
    }
    if only:
        for name in only:
            single[name](os.path.join(out, name))
        return
    full_docx(os.path.join(out, "full.docx"))
    twin_files(os.path.join(out, "twin.docx"), os.path.join(out, "twin.txt"))
    twin_files(os.path.join(out, "wps.docx"), os.path.join(out, "wps.txt"), split_digits=True, wps=True)
    open(os.path.join(out, "flat2003.docx"), "w", encoding="utf-8").write(FLAT_2003)
    open(os.path.join(out, "flatpkg.docx"), "w", encoding="utf-8").write(flat_pkg())
    python_docx(os.path.join(out, "python-docx.docx"))
    for name, make in single.items():
        make(os.path.join(out, name))
    hostile(out)
    if "--many" in sys.argv:
        many(out)


if __name__ == "__main__":
    main()
