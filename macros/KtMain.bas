Attribute VB_Name = "KtMain"
' The kyosai_tools add-in: ribbon callbacks, the error store behind KT_LAST_ERROR, helpers
' used by the generated module KtFunctions.  ASCII only (the project code page is 1252):
' Japanese text is built at run time with KtText.
Option Explicit

Private ktReasons As Dictionary
Private ktLast As String

' Every button of the ribbon: its tag names the Python action (workbook_tools.excel.buttons.ACTIONS).
Public Sub RunMain(control As IRibbonControl)
    RunPython "import workbook_tools.excel.entry as e; e.run('" & control.Tag & "')"
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

' Text from hexadecimal UTF-16 code units separated by spaces ("5171 6E08" -> two characters).
Public Function KtText(ByVal codes As String) As String
    Dim parts As Variant, i As Long, s As String
    parts = Split(codes, " ")
    For i = LBound(parts) To UBound(parts)
        s = s & ChrW(CLng("&H" & parts(i)))
    Next i
    KtText = s
End Function

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

' =KT_LAST_ERROR(A1): why A1 shows #VALUE!; =KT_LAST_ERROR(): the latest reason.
Public Function KT_LAST_ERROR(Optional target As Variant) As Variant
    Dim key As String
    KT_LAST_ERROR = ""
    If IsMissing(target) Then
        KT_LAST_ERROR = ktLast
        Exit Function
    End If
    If TypeName(target) <> "Range" Then Exit Function
    If ktReasons Is Nothing Then Exit Function
    key = target.Cells(1, 1).Address(External:=True)
    If ktReasons.Exists(key) Then KT_LAST_ERROR = ktReasons.Item(key)
End Function
