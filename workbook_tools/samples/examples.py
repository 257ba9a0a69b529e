"""Synthetic data of the real shapes, for examples, tests and benchmarks.

Nothing here comes from the reference material: union names are made up
from prefecture names and generic words; numbers come from a seeded random
generator.
"""
from __future__ import annotations

import random
from pathlib import Path

from workbook_tools.core.calendar import FiscalCalendar, YearMonth
from workbook_tools.core.grid import UnionRow
from workbook_tools.core.prefectures import prefectures

_PLACES = ["中央", "東", "西", "南", "北", "港", "川辺", "山手", "緑", "若葉", "朝日", "桜", "青葉", "泉", "松原"]
_KINDS = ["市職員労働組合", "町職員組合", "市役所職員組合", "県職員労働組合", "病院労働組合", "村職員組合",
          "市職員連合労働組合", "清掃労働組合"]


def synthetic_unions(n: int = 110, *, seed: int = 7, sector: int = 3,
                     first: YearMonth = YearMonth(2022, 5), last: YearMonth = YearMonth(2025, 2),
                     n_prefs: int | None = None) -> list[UnionRow]:
    """``n`` model unions over the prefectures (plus ``sector`` 社保労連 rows),
    with monthly counts from ``first`` to ``last`` inclusive."""
    rng = random.Random(seed)
    prefs = prefectures()[: n_prefs or 47]
    rows: list[UnionRow] = []
    months = [first.add(i) for i in range(last.serial - first.serial + 1)]
    for i in range(n):
        p = prefs[i % len(prefs)] if i < len(prefs) else rng.choice(prefs)
        rows.append(_union(rng, p.code, p.name, i, months))
    for j in range(sector):
        rows.append(_union(rng, "60", "社保労連", n + j, months, name=f"サンプル{j + 1}機構職員労働組合"))
    rows.sort(key=lambda u: (u.pref_code == "60", u.pref_code, u.union_code))
    # The cases a grid must handle: over target, zero target, 加入率 > 100%.
    if rows:
        over = rows[0]
        over.target = 10
        for ym in months[-6:]:
            over.monthly[ym] = 4
        rows[1].target = 0
        rows[2].policies = int((rows[2].members or 100) * 1.25)
    return rows


def _union(rng: random.Random, code: str, pname: str, i: int, months, *, name: str | None = None) -> UnionRow:
    members = rng.choice([rng.randint(60, 600), rng.randint(600, 3000), rng.randint(3000, 9000)])
    uname = name or f"{pname}{rng.choice(_PLACES)}{rng.choice(_KINDS)}"
    u = UnionRow(code, pname, f"{(i * 7) % 997 + 1:03d}", uname, members=members,
                 policies=int(members * rng.uniform(0.02, 0.9)), effective=f"{rng.choice([4, 6, 7, 10, 11, 12, 1, 2])}月",
                 target=rng.choice([10, 15, 20, 20, 30, 35, 50, 100]))
    base = max(1, members // 400)
    for ym in months:
        r = rng.random()
        if r < 0.45:
            continue  # blank month
        v = rng.randint(0, base) if r < 0.95 else rng.randint(base, base * 8)
        u.monthly[ym] = v
    return u


class _HqGrid:
    """HQ's input grid with its quirks (typed thousands separators, full-width digits, merged 県 cells)."""

    def __init__(self, wb, ws, rng: random.Random, cal: FiscalCalendar, years: list[int], cutoff: YearMonth,
                 quirks: bool) -> None:
        self.ws, self.rng, self.cal, self.years, self.cutoff, self.quirks = ws, rng, cal, years, cutoff, quirks
        self.bold = wb.add_format({"bold": True, "text_wrap": True, "border": 1, "align": "center"})
        self.pct = wb.add_format({"num_format": "0.0%"})
        self.merge = wb.add_format({"valign": "vcenter", "align": "center", "border": 1})
        self.month_cols: dict[YearMonth, int] = {}
        self.cum_cols: dict[int, int] = {}
        self.c = 0  # first column right of the month blocks

    def headers(self) -> None:
        ws, years, quirks = self.ws, self.years, self.quirks
        headers = ["自治労\n県コード", "県名", "単組\nコード", "加入拡大モデル単組", "組合\n員数", "団生\n保有", "加入率", "発効",
                   f"{years[0]}年\n度実績", f"{years[1]}年\n度実績"]
        c = len(headers)
        for y in years:
            start_c = c
            for ym in self.cal.months(y):
                headers.append(f"{ym.month}月")
                self.month_cols[ym] = c
                c += 1
            if y != years[2]:
                headers.append(f"{self.cutoff.month}月\n累計" if quirks else f"{self.cutoff.month}月累計")
                self.cum_cols[y] = c
                c += 1
            if quirks and y == years[1]:
                ws.write_string(2, start_c + 5, f"{y}年度")  # label over the block, not merged
            else:
                ws.merge_range(2, start_c, 2, c - 1, f"{y}年度", self.merge)
        self.c = c
        headers += ["累積\n件数", "目標\n件数", "前年比", "達成率", "残件数", "県名"]
        for i, h in enumerate(headers):
            ws.write_string(3, i, h if quirks else h.replace("\n", ""), self.bold)

    def num(self, row, col, v) -> None:
        if v is None:
            return
        if self.quirks and self.rng.random() < 0.04:
            self.ws.write_string(row, col, f"{v:,}")
        elif self.quirks and self.rng.random() < 0.02:
            self.ws.write_string(row, col, str(v).translate(str.maketrans("0123456789", "０１２３４５６７８９")))
        else:
            self.ws.write_number(row, col, v)

    def union(self, rr: int, u: UnionRow, code: str, first_in_group: bool) -> None:
        ws, cal, years, cutoff = self.ws, self.cal, self.years, self.cutoff
        if first_in_group or not self.quirks:
            ws.write_string(rr, 0, code)
            ws.write_string(rr, 1, u.pref_name)
        ws.write_string(rr, 2, u.union_code)
        ws.write_string(rr, 3, u.name)
        self.num(rr, 4, u.members)
        self.num(rr, 5, u.policies)
        if u.members:
            ws.write_number(rr, 6, (u.policies or 0) / u.members, self.pct)
        ws.write_string(rr, 7, u.effective)
        for i, y in enumerate(years[:2]):
            typo = 1 if self.quirks and rr == 7 and i == 1 else 0  # one mistyped 年度実績, for the checks
            ws.write_number(rr, 8 + i, sum(u.monthly.get(ym) or 0 for ym in cal.months(y)) + typo)
            ws.write_number(rr, self.cum_cols[y],
                            sum(u.monthly.get(ym) or 0 for ym in cal.months_through(y, cutoff.month)))
        for ym, col in self.month_cols.items():
            if ym <= cutoff:
                self.num(rr, col, u.monthly.get(ym))
        cum = sum(u.monthly.get(ym) or 0 for ym in cal.months_through(years[2], cutoff.month))
        cc = self.c
        ws.write_number(rr, cc, cum)
        self.num(rr, cc + 1, u.target)
        ws.write_number(rr, cc + 2, cum - sum(u.monthly.get(ym) or 0 for ym in cal.months_through(years[1], cutoff.month)))
        if u.target:
            ws.write_number(rr, cc + 3, cum / u.target, self.pct)
        if u.target is not None:
            ws.write_number(rr, cc + 4, u.target - cum)
        ws.write_string(rr, cc + 5, u.pref_name)

    def block(self, rows_: list[UnionRow], start_r: int) -> int:
        rr = start_r
        groups: dict[str, list[UnionRow]] = {}
        for u in rows_:
            groups.setdefault(u.pref_code, []).append(u)
        for gi, (code, group) in enumerate(groups.items()):
            for k, u in enumerate(group):
                self.union(rr, u, code, k == 0)
                rr += 1
            if self.quirks and len(group) > 1 and gi % 2 == 0:
                self.ws.merge_range(rr - len(group), 0, rr - 1, 0, code, self.merge)
                self.ws.merge_range(rr - len(group), 1, rr - 1, 1, group[0].pref_name, self.merge)
        return rr


def write_hq_grid(path: Path, rows: list[UnionRow], *, start_month: int, fiscal_year: int,
                  cutoff: YearMonth, quirks: bool = True, seed: int = 11) -> Path:
    """Write an input grid the way HQ's sheet looks, with its quirks."""
    import xlsxwriter

    years = [fiscal_year - 2, fiscal_year - 1, fiscal_year]
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet(f"{start_month}月開始")
    grid = _HqGrid(wb, ws, random.Random(seed), FiscalCalendar(start_month), years, cutoff, quirks)
    ws.write_string(0, 0, f"{fiscal_year}年度加入拡大モデル単組 過去2年実績（{start_month}月開始）")
    grid.headers()
    r = grid.block([u for u in rows if not u.is_sector], 4)
    ws.write_string(r, 3, "合計")
    r += 2
    ws.write_string(r, 0, "※社保労連においても単組目標を設定し推進している（加入拡大モデル単組の全国集計には含まない）")
    r += 1
    grid.block([u for u in rows if u.is_sector], r)
    ws.set_column(3, 3, 28)
    wb.close()
    return path


GRID_EXAMPLE_FY = 2024
GRID_EXAMPLE_CUTOFF = YearMonth(2025, 2)


def write_grid_examples(folder: Path) -> list[Path]:
    """The bundled Report A examples: one union set, June-start and May-start sheets."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = synthetic_unions(110)
    out = []
    for start in (6, 5):
        path = folder / f"加入拡大モデル単組_{start}月開始.xlsx"
        write_hq_grid(path, rows, start_month=start, fiscal_year=GRID_EXAMPLE_FY, cutoff=GRID_EXAMPLE_CUTOFF)
        out.append(path)
    return out


SUBMISSION_EXAMPLE_YEAR = 2024


def write_all_examples(folder: Path) -> list[Path]:
    import shutil
    import tempfile

    from workbook_tools.samples.submissions import write_roster, write_submission_examples

    paths = write_grid_examples(folder / "grid")
    (folder / "contracts").mkdir(parents=True, exist_ok=True)
    paths.append(write_contracts_example(folder / "contracts" / "新契約件数_県支部別.xlsx"))
    for sub in ("reports", "surveys"):
        shutil.rmtree(folder / sub, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        made = write_submission_examples(folder, Path(tmp), year=SUBMISSION_EXAMPLE_YEAR)
    paths += made["reports"] + made["surveys"]
    paths.append(write_roster(folder / "アンケート提出予定名簿.xlsx", made["unions"]))
    return paths


def synthetic_contracts(seed: int = 5) -> tuple[list[dict], list[dict]]:
    """Rows for the Report B input (figures, product settings), with the cases
    that matter: ROUND vs ROUNDDOWN, > 1000 %, zero target, name variants."""
    from workbook_tools.core.contracts import PRODUCTS

    rng = random.Random(seed)
    as_of = {p: ("2025年1月" if i % 3 != 2 else "2024年12月") for i, p in enumerate(PRODUCTS)}
    variants = {"東京": "東京都", "埼玉": "埼\u2f5f", "大阪": "大阪府", "神奈川": "神奈川県"}
    figures = []
    for i, product in enumerate(PRODUCTS):
        scale = rng.choice([5, 20, 60, 150, 400])
        for p in prefectures():
            target = max(1, int(scale * rng.uniform(0.3, 2.0)))
            actual = int(target * rng.uniform(0.2, 1.15))
            figures.append({"product": product, "branch": variants.get(p.name, p.name), "target": target,
                            "actual": actual})
    special = {  # (product index, branch): (target, actual)
        (0, "秋田"): (140, 144),  # 102.857… → ROUNDDOWN 102.85 %, ROUND 102.86 %
        (10, "福岡"): (45, 106),  # 235.555… → 235.55 %
        (10, "佐賀"): (18, 990),  # 5500.00 %: a transfer counted as new
        (3, "高知"): (0, 4),  # zero target: blank rate
        (4, "沖縄"): (100, 29),  # 0.29: binary noise must not truncate to 28.99 %
    }
    for row in figures:
        for (pi, branch), (t, a) in special.items():
            if row["product"] == PRODUCTS[pi] and row["branch"] == branch:
                row["target"], row["actual"] = t, a
    figures.append({"product": PRODUCTS[1], "branch": "どこか", "target": 3, "actual": 1})  # unknown branch
    settings = [{"product": p, "as_of": as_of[p], "note": ""} for p in PRODUCTS]
    return figures, settings


def write_table_workbook(path: Path, tables: list[tuple[object, list[dict]]]) -> Path:
    """Write plain tables laid out by their TableDef (header row 1, data from row 2)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    for table, rows in tables:
        ws = wb.add_worksheet(table.sheet)
        for c, col in enumerate(table.columns):
            ws.write_string(0, c, col.label)
            ws.set_column(c, c, col.width)
            for r, row in enumerate(rows, start=1):
                v = row.get(col.key)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    ws.write_number(r, c, v)
                else:
                    ws.write_string(r, c, str(v))
    wb.close()
    return path


def write_contracts_example(path: Path) -> Path:
    from workbook_tools.forms import contracts as form

    figures, settings = synthetic_contracts()
    return write_table_workbook(path, [(form.FIGURES, figures), (form.PRODUCTS, settings)])
