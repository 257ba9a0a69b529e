"""Form definition of Report B input: 新契約件数 per product × 県支部."""
from __future__ import annotations

from workbook_tools.forms.model import INTEGER, TEXT, YEAR_MONTH, Column, TableDef

VERSION = "1.0"

FIGURES = TableDef(
    kind="contracts",
    sheet="実績入力",
    title="新契約件数 主要共済の実績（県支部別入力）",
    columns=(
        Column("product", "商品", TEXT, aliases=("共済", "商品名", "共済名"), width=28),
        Column("branch", "県支部", TEXT, aliases=("県名", "県本部", "県支部名"), width=10),
        Column("target", "目標", INTEGER, aliases=("目標件数",), required=False,
               help="目標件数（0 以上の整数）", width=10),
        Column("actual", "実績", INTEGER, aliases=("実績件数", "新契約件数"), required=False,
               help="新契約の実績件数（0 以上の整数）", width=10),
        Column("as_of", "時点", YEAR_MONTH, aliases=("集計月", "年月"), required=False, width=12,
               in_template=False),  # older inputs carry it per row; the template has it in 商品設定
    ),
    instructions=(
        "商品ごと・県支部ごとに目標と実績（新契約件数）を入力してください。",
        "商品名と県支部名は変更しないでください。目標が 0 または空欄の県支部は到達率を表示しません。",
    ),
)

PRODUCTS = TableDef(
    kind="contracts",
    sheet="商品設定",
    title="商品ごとの集計時点と注記",
    columns=(
        Column("product", "商品", TEXT, aliases=("共済", "商品名"), width=28),
        Column("as_of", "時点", YEAR_MONTH, aliases=("集計月", "年月"), required=False,
               help="この商品の実績の時点（例 2025年1月）", width=14),
        Column("note", "注記", TEXT, required=False, help="商品の下に印刷する注記（任意）", width=60),
    ),
)
