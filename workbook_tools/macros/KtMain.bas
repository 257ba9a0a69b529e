Attribute VB_Name = "KtMain"
' The kyosai_tools add-in: ribbon callbacks, the error store behind KT_LAST_ERROR, helpers
' used by the generated module KtFunctions.  ASCII only (the project code page is 1252):
' Japanese text lives in cells of the add-in's sheet (messages as KT_* keys of its config).
' Private to the project: none of these is a worksheet function or a macro in the Macros list
' (the ribbon and Application.Run still reach them); the worksheet functions are in KtFunctions.
Option Private Module
Option Explicit

Private ktReasons As Dictionary
Private ktLast As String

' Every button of the ribbon: its tag names the Python action (workbook_tools.excel.buttons.ACTIONS).
' No workbook in front (all closed, or a Protected View window): RunPython would stop on a VBA
' error; the diagnose and self_test buttons run on a new book, the others say what to do.  Any VBA error is
' said in Japanese, never as VBA's own dialog.
Public Sub RunMain(control As IRibbonControl)
    On Error GoTo failed
    If ActiveWorkbook Is Nothing Then
        If control.Tag = "diagnose" Or control.Tag = "self_test" Then
            Workbooks.Add
        Else
            MsgBox GetConfig("KT_NO_WORKBOOK"), vbExclamation, GetConfig("KT_TITLE")
            Exit Sub
        End If
    End If
    RunPython "import workbook_tools.excel.entry as e; e.run('" & control.Tag & "')"
    Exit Sub
failed:
    MsgBox GetConfig("KT_VBA_ERROR") & vbLf & Err.Description, vbExclamation, GetConfig("KT_TITLE")
End Sub

' customUI onLoad: give the worksheet functions their category and descriptions.
Public Sub KtRibbonLoaded(ribbon As IRibbonUI)
    KtRegisterFunctions
End Sub

Public Function KtOfficeBits() As Long
#If Win64 Then
    KtOfficeBits = 64
#Else
    KtOfficeBits = 32
#End If
End Function

' Category and descriptions of the worksheet functions, from the table on the add-in's sheet
' (column D: name, description, category, number of parameters, one description per parameter).
Public Sub KtRegisterFunctions()
    Dim sh As Worksheet, r As Long, n As Long, c As Long, args() As Variant, fn As String
    On Error Resume Next
    Set sh = ThisWorkbook.Worksheets(1)
    r = 2
    Do While sh.Cells(r, 4).Value <> ""
        fn = "'" & ThisWorkbook.Name & "'!" & sh.Cells(r, 4).Value
        n = sh.Cells(r, 7).Value
        If n > 0 Then
            ReDim args(0 To n - 1)
            For c = 1 To n
                args(c - 1) = sh.Cells(r, 7 + c).Value
            Next c
            Application.MacroOptions Macro:=fn, Description:=sh.Cells(r, 5).Value, _
                Category:=sh.Cells(r, 6).Value, ArgumentDescriptions:=args
        Else
            Application.MacroOptions Macro:=fn, Description:=sh.Cells(r, 5).Value, _
                Category:=sh.Cells(r, 6).Value
        End If
        r = r + 1
    Loop
    ThisWorkbook.Saved = True  ' registering is not a change to save
End Sub

Private Function KtCallerKey() As String
    On Error Resume Next
    KtCallerKey = Application.Caller.Cells(1, 1).Address(External:=True)
End Function

' A worksheet function computed: forget an earlier reason for its cell.
Public Sub KtCallSucceeded()
    Dim key As String
    If ktReasons Is Nothing Then Exit Sub
    key = KtCallerKey()
    If ktReasons.Exists(key) Then ktReasons.Remove key
End Sub

' A worksheet function failed: keep the Japanese reason (the text after "[KT] " in the
' Python error) for KT_LAST_ERROR and return #VALUE!, which ISERROR sees.
Public Function KtCallFailed(ByVal description As String) As Variant
    Dim reason As String, p As Long
    p = InStrRev(description, "[KT] ")
    If p > 0 Then
        reason = Mid$(description, p + 5)
        p = InStr(reason, vbLf)
        If p > 0 Then reason = Left$(reason, p - 1)
        reason = Replace(reason, vbCr, "")
    Else
        reason = description
    End If
    If ktReasons Is Nothing Then Set ktReasons = New Dictionary
    ktReasons.Item(KtCallerKey()) = reason
    ktLast = reason
    KtCallFailed = CVErr(xlErrValue)
End Function

' What =KT_LAST_ERROR(A1) shows (KtFunctions): why A1 shows #VALUE!; without a cell, the latest reason.
Public Function KtLastError(Optional target As Variant) As Variant
    Dim key As String
    KtLastError = ""
    If IsMissing(target) Then
        KtLastError = ktLast
        Exit Function
    End If
    If TypeName(target) <> "Range" Then Exit Function
    If ktReasons Is Nothing Then Exit Function
    key = target.Cells(1, 1).Address(External:=True)
    If ktReasons.Exists(key) Then KtLastError = ktReasons.Item(key)
End Function
