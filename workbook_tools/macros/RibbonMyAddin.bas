Attribute VB_Name = "RibbonMyAddin"
Sub RunMain(control As IRibbonControl)
    RunPython "import workbook_tools.excel.entry as e; e.run('" & control.Tag & "')"
End Sub
