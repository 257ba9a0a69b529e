"""The VBA module KtFunctions, generated at build time from the Python signatures in udfs.py.

It holds what xlwings' "Import Functions" would write into the workbook (one
VBA function per KT_ function, calling XLPy.CallUDF with the same parameters
in the same order), so the add-in ships with its functions and nobody needs
"VBA プロジェクト オブジェクト モデルへのアクセスを信頼する".  Differences from
xlwings' own wrappers, on purpose: a failed call returns the Excel error value
#VALUE! (through KtMain.KtCallFailed, which keeps the Japanese reason for
KT_LAST_ERROR) instead of the error text; the descriptions xlwings would set
with Application.MacroOptions at import go into a table on the add-in's sheet,
which KtMain.KtRegisterFunctions applies when the ribbon loads (the VBA source
stays ASCII, with no ChrW-built strings).
"""
from __future__ import annotations

import hashlib
import inspect

MODULE = "KtFunctions"
UDF_MODULE = "workbook_tools.excel.udfs"

# Names VBA reserves (MS-VBAL 3.3.5.2) or that are statements; a parameter so named would not compile.
VBA_RESERVED = frozenset("""
abs addressof and any array as attribute boolean byref byte byval call case cbool cbyte ccur cdate cdbl cdec
cint circle clng clnglng clngptr close const csng cstr cur cvar cverr date debug decimal declare defbool
defbyte defcur defdate defdbl defdec defint deflng deflnglng deflngptr defobj defsng defstr defvar dim do
doevents double each else elseif empty end endif enum eqv erase error event exit false fix for friend
function get global gosub goto if imp implements in input inputb instrb int integer is lbound len lenb let
like line lock long longlong longptr loop lset me mid midb mod name new next not nothing null object on open
option optional or paramarray preserve print private property pset public put raiseevent redim rem resume
return rset scale seek select set sgn shared single spc static stop string sub tab then to true type typeof
ubound unlock until variant wend while width with withevents write xor
""".split())
MAX_LINE = 1000  # VBA refuses lines over 1023 characters


def parameters(fn) -> list[tuple[str, bool]]:
    """(name, optional) for each parameter of a KT_ function, checked for VBA."""
    out = []
    for p in inspect.signature(fn).parameters.values():
        if p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD:
            raise ValueError(f"{fn.__name__}: only plain positional parameters can be called from Excel")
        if p.name.lower() in VBA_RESERVED:
            raise ValueError(f"{fn.__name__}: the parameter name {p.name!r} is reserved in VBA")
        out.append((p.name, p.default is not inspect.Parameter.empty))
    return out


def wrapper(name: str, fn) -> list[str]:
    params = parameters(fn)
    sig = ", ".join(("Optional " if opt else "") + p for p, opt in params)
    args = ", ".join(p for p, _ in params)
    return [f"Public Function {name}({sig})",
            "    If TypeOf Application.Caller Is Range Then On Error GoTo failed",
            f'    {name} = XLPy.CallUDF("{UDF_MODULE}", "{name}", Array({args}), ActiveWorkbook, Application.Caller)',
            "    KtCallSucceeded",
            "    Exit Function",
            "failed:",
            f"    {name} = KtCallFailed(Err.Description)",
            "End Function", ""]


TABLE_HEADER = ["関数名", "説明", "分類", "引数の数"]


def function_table(udfs: dict, category: str) -> list[list]:
    """Rows for the add-in's sheet (column D on): name, description, category, parameter count and
    one description per parameter.  KtMain.KtRegisterFunctions reads them into Application.MacroOptions
    when the ribbon loads (Japanese text stays in cells; the VBA source stays ASCII)."""
    rows: list[list] = [TABLE_HEADER + ["引数の説明…"]]
    for name, fn in udfs.items():
        docs = [d[:255] for d in fn.__kt_args__.values()]
        rows.append([name, (inspect.getdoc(fn) or "").strip()[:255], category, len(docs)] + docs)
    return rows


def signature_digest(udfs: dict) -> str:
    """A short digest of every KT_ function's name and parameters: the add-in carries the digest of
    the functions it was built for, 診断 compares it with the installed package's."""
    text = ";".join(f"{n}({','.join(p for p, _ in parameters(fn))})" for n, fn in sorted(udfs.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def addin_functions(info: dict[str, str]) -> tuple[str, list[list]]:
    """(KtFunctions module source, function table for the add-in's sheet)."""
    from workbook_tools.excel import udfs

    return module_source(info), function_table(udfs.UDFS, udfs.CATEGORY)


def module_source(info: dict[str, str]) -> str:
    """The whole KtFunctions module (CRLF line ends, ASCII)."""
    from workbook_tools.excel import udfs

    info = {**info, "udfs": signature_digest(udfs.UDFS)}
    packed = ";".join(f"{k}={v}" for k, v in info.items())
    lines = [f'Attribute VB_Name = "{MODULE}"',
             f"' Generated at build time from {UDF_MODULE} by workbook_tools (excel/udf_vba.py): do not edit.",
             "Option Explicit", "",
             "Public Function KtAddinInfo() As String",
             f'    KtAddinInfo = "{packed};office_bits=" & KtOfficeBits() & ";excel=" & Application.Version',
             "End Function", "",
             "' =KT_LAST_ERROR(A1): why A1 shows #VALUE!; =KT_LAST_ERROR(): the latest reason (KtMain keeps them).",
             "Public Function KT_LAST_ERROR(Optional target As Variant) As Variant",
             "    KT_LAST_ERROR = KtLastError(target)",
             "End Function", ""]
    for name, fn in udfs.UDFS.items():
        lines += wrapper(name, fn)
    too_long = [line for line in lines if len(line) > MAX_LINE]
    if too_long:
        raise ValueError(f"VBA line too long: {too_long[0][:80]}")
    text = "\r\n".join(lines)
    text.encode("ascii")
    return text
