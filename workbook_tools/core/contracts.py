"""Report B maths: 新契約件数 per product × 県支部.  Pure: no I/O."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from workbook_tools.core.calendar import YearMonth
from workbook_tools.core.rounding import REPORT_RULES, RoundingRule

PRODUCTS = (
    "団体生命共済", "じちろう退職者団体生命共済", "じちろうマイカー共済", "車両損害補償", "自賠責共済",
    "火災共済", "自然災害共済", "長期共済", "税制適格年金", "こども保障満期金付きタイプ", "交通災害共済",
)
TRANSFER_NOTE = "※全労済管理から自治労管理への契約管理の変更も新規契約として計上されています。"
HIGH_RATE = Decimal(10)  # 1000 %: worth HQ's note about transfers


@dataclass
class BranchFigures:
    code: str  # 自治労県コード
    name: str
    target: int | float | None
    actual: int | float | None
    source: str = ""  # sheet!cell, for provenance


@dataclass
class ProductInput:
    product: str
    as_of: YearMonth | None
    branches: list[BranchFigures] = field(default_factory=list)
    note: str = ""


@dataclass
class BranchResult:
    figures: BranchFigures
    rate: Decimal | None
    achieved: bool


@dataclass
class ProductResult:
    product: str
    as_of: YearMonth | None
    target: int | float
    actual: int | float
    rate: Decimal | None
    branches: list[BranchResult]
    note: str

    @property
    def achievers(self) -> list[BranchResult]:
        return [b for b in self.branches if b.achieved]

    @property
    def has_high_rate(self) -> bool:
        return any(b.rate is not None and b.rate > HIGH_RATE for b in self.branches)


@dataclass
class ContractsResult:
    products: list[ProductResult]
    rule: RoundingRule

    def to_dict(self) -> dict:
        t = self.rule.text
        return {"丸め": {"小数桁": self.rule.decimals, "方式": self.rule.mode}, "商品": [
            {"商品": p.product, "時点": str(p.as_of) if p.as_of else None, "目標": p.target, "実績": p.actual,
             "到達率": None if p.rate is None else float(p.rate), "到達率表示": t(p.rate),
             "目標達成県支部数": len(p.achievers), "注記": p.note,
             "目標達成県支部": [{"県支部": b.figures.name, "目標": b.figures.target, "実績": b.figures.actual,
                             "到達率表示": t(b.rate)} for b in p.achievers]}
            for p in self.products]}


def compute_product(p: ProductInput, rule: RoundingRule) -> ProductResult:
    branches = []
    for b in p.branches:
        rate = rule.rate(b.actual or 0, b.target) if b.target else None
        achieved = bool(b.target) and b.target > 0 and (b.actual or 0) >= b.target
        branches.append(BranchResult(b, rate, achieved))
    target = sum(b.target or 0 for b in p.branches)
    actual = sum(b.actual or 0 for b in p.branches)
    result = ProductResult(p.product, p.as_of, target, actual, rule.rate(actual, target) if target else None,
                           branches, p.note)
    if not result.note and result.has_high_rate:
        result.note = TRANSFER_NOTE  # HQ prints this under a product with transfers counted as new
    return result


def compute_contracts(products: list[ProductInput], rule: RoundingRule | None = None) -> ContractsResult:
    rule = rule or REPORT_RULES["contracts"]
    return ContractsResult([compute_product(p, rule) for p in products], rule)
