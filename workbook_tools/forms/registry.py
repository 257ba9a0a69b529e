"""The registry of workbook kinds (Reports A–D today).

Everything that differs by kind is looked up here: the form or table definition, the
template file name and writer family, the rounding rule, the CLI name, the ribbon action,
Japanese labels, and for consolidated kinds their checks, roster rule, totals and computed
columns (forms/consolidation.py).  No code elsewhere branches on a kind's name.

Adding a kind: write its form module (a FormDef and, if it is consolidated, a Consolidation),
then `register(Kind(...))` below, naming them "module:NAME" (loaded at first use).  See docs/ARCHITECTURE.md, "Adding a workbook kind".
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbook_tools.core.rounding import REPORT_RULES, RoundingRule
from workbook_tools.errors import WorkbookToolsError

if TYPE_CHECKING:
    from workbook_tools.forms.consolidation import Consolidation
    from workbook_tools.forms.model import FormDef

# Template writer families (app/templates.py maps each to its io/ writer).
FORM, TABLE, GRID = "form", "table", "grid"


class _Deferred:
    """A field of Kind holding its object, or "module:NAME" loaded at first read (see Kind).  The value as
    given is kept as ``_<field>``; ``default``: the field's default (none when omitted)."""

    _NONE = object()

    def __init__(self, default: object = _NONE) -> None:
        self.default = default

    def __set_name__(self, owner, name: str) -> None:
        self.name, self.slot = name, "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:  # the dataclass asking for the field's default
            if self.default is _Deferred._NONE:
                raise AttributeError(self.name)
            return self.default
        return _loaded(obj.__dict__[self.slot], obj.name)

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.slot] = value


@dataclass(frozen=True)
class Kind:
    """One workbook kind.  ``definition`` and ``consolidation`` are given as the objects themselves, or, for the
    kinds registered below, as "module:NAME" texts loaded at first read: listing the kinds (``--help``, the
    ribbon's labels) then imports none of the form modules (~70 ms of class definitions at every start-up)."""
    name: str  # CLI name, template stamp (wbt_kind), JSON "kind"
    letter: str  # 報告A–D
    title: str  # Japanese name of the report
    short: str  # Japanese short name (ribbon messages, output file names)
    definition: object = _Deferred()  # FormDef (C, D, …), TableDef (B) or the grid's column plan module (A)
    template: str  # template writer family: FORM / TABLE / GRID
    template_file: str  # file name of the distributed template, {y} = fiscal year
    rounding: RoundingRule
    ribbon_action: str = ""  # tag of the ribbon button that runs this kind ('' = none)
    consolidation: Consolidation | None = _Deferred(None)  # set for kinds consolidated from a folder of submissions
    folder_help: str = ""  # CLI help of the folder argument (consolidated kinds)
    paper: str = "A4"  # paper of the printed outputs (A4 / A3), see io.writer.PAPERS

    @property
    def is_consolidated(self) -> bool:
        """Whether this kind is consolidated (known without loading its consolidation)."""
        return self.__dict__["_consolidation"] is not None

    @property
    def form(self) -> FormDef:
        from workbook_tools.forms.model import FormDef

        if not isinstance(self.definition, FormDef):
            raise WorkbookToolsError(f"「{self.title}」は様式（FormDef）で定義された種類ではありません", code="not_a_form")
        return self.definition

    @property
    def label(self) -> str:
        return f"報告{self.letter}" if self.letter else self.title


_LOADED: dict[tuple[str, str], object] = {}  # ("module:NAME", kind) → the object (a module when NAME is empty)


def _loaded(source: object, kind_name: str) -> object:
    """The object a kind names: itself, or what "module:NAME" names, imported once per kind and checked against
    it (a FormDef stamped with another kind's name is refused, as register() refuses it)."""
    if not isinstance(source, str):
        return source
    hit = _LOADED.get((source, kind_name))
    if hit is None:
        import importlib

        module, _, attr = source.partition(":")
        hit = importlib.import_module(module)
        if attr:
            hit = getattr(hit, attr)
        _check_stamp(kind_name, hit)
        _LOADED[(source, kind_name)] = hit
    return hit


def _check_stamp(kind_name: str, definition: object) -> None:
    model = sys.modules.get("workbook_tools.forms.model")  # not imported yet: definition is no FormDef
    if model is not None and isinstance(definition, model.FormDef) and definition.kind != kind_name:
        raise WorkbookToolsError(f"種類「{kind_name}」の様式の kind が「{definition.kind}」です", code="kind_mismatch")


_KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> Kind:
    """Add a kind (a name may be registered once)."""
    if kind.name in _KINDS:
        raise WorkbookToolsError(f"種類「{kind.name}」は登録済みです", code="kind_exists")
    if not isinstance(kind.__dict__["_definition"], str):  # a "module:NAME" is checked when it is loaded
        _check_stamp(kind.name, kind.definition)
    _KINDS[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    _KINDS.pop(name, None)


def canonical(kind: Kind) -> Kind:
    """The registered object equal to kind (registering it if its name is new here, e.g. in a worker
    process that received a kind registered at run time by its parent).  Readers cache per definition
    object, so a worker should use one object per kind, not a fresh unpickled copy per file."""
    known = _KINDS.get(kind.name)
    if known is None:
        return register(kind)
    return known if known is kind or known == kind else kind


def importable(kind: Kind) -> bool:
    """True when a fresh process that imports this module gets this very kind (one of the kinds
    registered below, not replaced since): a worker can then be sent its name instead of a pickled
    copy of the whole definition."""
    return _BUILTIN.get(kind.name) is kind and _KINDS.get(kind.name) is kind


def kinds() -> tuple[Kind, ...]:
    return tuple(_KINDS.values())


def names() -> tuple[str, ...]:
    return tuple(_KINDS)


def consolidated() -> tuple[Kind, ...]:
    return tuple(k for k in _KINDS.values() if k.is_consolidated)


def find(name: str | None) -> Kind | None:
    return _KINDS.get(name or "")


def get(name: str, *, consolidating: bool = False) -> Kind:
    """The kind of that name; an unknown name (or one that is not consolidated, when asked) is an error."""
    pool = consolidated() if consolidating else kinds()
    for k in pool:
        if k.name == name:
            return k
    what = "集約" if consolidating else "ワークブック"
    raise WorkbookToolsError(f"{what}の種類「{name}」はありません（{' / '.join(k.name for k in pool)}）",
                             code="unknown_kind")


def ribbon_actions() -> dict[str, str]:
    """Ribbon button tag → kind name, for the ribbon layer."""
    return {k.ribbon_action: k.name for k in _KINDS.values() if k.ribbon_action}


register(Kind("grid", "A", "加入拡大モデル単組の取り組み状況", "加入拡大モデル単組グリッド", "workbook_tools.forms.grid:",
              GRID, "A_加入拡大モデル単組グリッド_{y}年度.xlsx", REPORT_RULES["grid"], "grid_recompute"))
register(Kind("contracts", "B", "新契約件数 主要共済の実績", "新契約件数", "workbook_tools.forms.contracts:FIGURES", TABLE,
              "B_新契約件数_県支部別入力_{y}年度.xlsx", REPORT_RULES["contracts"], "contracts_recompute"))
register(Kind("report", "C", "県本部共済推進取り組み報告書", "県本部報告書", "workbook_tools.forms.report:FORM", FORM,
              "C_県本部共済推進取り組み報告書_{y}年度.xlsx", REPORT_RULES["report"], "consolidate_reports",
              "workbook_tools.forms.report:CONSOLIDATION", "提出された報告書のフォルダ（サブフォルダも読みます）"))
register(Kind("survey", "D", "実態共有用アンケート", "実態アンケート", "workbook_tools.forms.survey:FORM", FORM,
              "D_実態共有用アンケート_{y}年度.xlsx", REPORT_RULES["survey"], "consolidate_surveys",
              "workbook_tools.forms.survey:CONSOLIDATION", "提出されたアンケートのフォルダ（サブフォルダも読みます）"))

_BUILTIN: dict[str, Kind] = dict(_KINDS)  # what every process has after importing this module
