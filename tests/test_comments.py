"""An answer that sends the reader to its cell's comment (「※コメント参照」): the comment is the answer (io/comments.py)."""
from __future__ import annotations

import openpyxl
from openpyxl.comments import Comment

from workbook_tools.io.comments import _comments
from workbook_tools.io.readers import open_book


def test_excels_author_line_is_left_out():
    xml = ('<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>試験 花子'
           '</author></authors><commentList><comment ref="B31" authorId="0"><text><r><rPr><b/></rPr><t>試験 花子:</t></r>'
           '<r><t xml:space="preserve">\n年2回交渉している。</t></r></text></comment>'
           '<comment ref="C2" authorId="0"><text><t>見出しの補足（作者の行なし）</t></text></comment></commentList></comments>')
    assert _comments(xml.encode()) == {(30, 1): "年2回交渉している。", (1, 2): "見出しの補足（作者の行なし）"}


def test_a_survey_answer_in_the_comment(tmp_path):
    from workbook_tools.app.consolidate import Task, process_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "アンケート"
    ws["A1"] = "実態共有用アンケート"
    rows = [("県本部", "長野"), ("単組", "見本村職員組合"), ("記入者お名前", "見本 一郎"),
            ("労使関係・交渉など", "※コメント参照"), ("組合活動の可視化", "ニュースを月1回出している。")]
    for r, (label, value) in enumerate(rows, 3):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws["B6"].comment = Comment("見本 一郎:\n当局とは年3回交渉している。", "見本 一郎")
    path = tmp_path / "アンケート_コメント.xlsx"
    wb.save(path)
    assert open_book(path).comments("アンケート") == {(5, 1): "当局とは年3回交渉している。"}
    rec = process_file(Task(str(path), str(tmp_path), "survey", 2025))
    got = rec.values["texts.labor_relations"]
    assert (got.value, got.cell, got.how) == ("当局とは年3回交渉している。", "B6", "inferred")
    assert rec.values["texts.visibility"].value == "ニュースを月1回出している。"  # (no comment there: as typed)



def test_a_threaded_comment_and_a_first_line_of_the_text_itself():
    """Found by review: a modern Excel comment keeps a placeholder in its note; a text starting 「内訳：」 is no author."""
    xml = ('<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc={1A2B}'
           '</author><author>試験 花子</author></authors><commentList>'
           '<comment ref="B5" authorId="0"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read '
           'this threaded comment; however, any edits to it will get removed.\n\nComment:\n    年3回交渉している。</t></text>'
           '</comment><comment ref="B6" authorId="1"><text><t>内訳：\n正規 40、会計年度 8</t></text></comment>'
           '</commentList></comments>')
    assert _comments(xml.encode()) == {(4, 1): "年3回交渉している。", (5, 1): "内訳：\n正規 40、会計年度 8"}
