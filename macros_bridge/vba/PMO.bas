Attribute VB_Name = "PMORibbon"
' PMO add-in: the one ribbon callback.
'
' Every button on the PMO tab has onAction="PMO_OnAction" and a tag naming a Python
' macro (addin/macros). This module hands the tag to Python through the xlwings
' add-in's RunPython, which finds the interpreter from the xlwings settings
' (~/.xlwings/xlwings.conf: INTERPRETER_WIN / INTERPRETER_MAC, written by
' `pmo addin install`). No other logic lives here: the macros are the same ones the
' `pmo` CLI uses. Generated into PMO.xlam by `pmo addin build`.
Option Explicit

Private Const PMO_TITLE As String = "PMO"

' The ribbon callback: control.Tag is the macro name (e.g. "check").
' The control is typed Object so the project needs no Office type library reference.
Public Sub PMO_OnAction(control As Object)
    PMO_Run control.Tag
End Sub

' Starts one PMO macro by name; also callable from Alt+F8 or another macro.
Public Sub PMO_Run(ByVal macroName As String)
    Dim pythonCode As String
    If Not PMO_IsSafeName(macroName) Then
        MsgBox "PMO: unknown button tag '" & macroName & "'.", vbCritical, PMO_TITLE
        Exit Sub
    End If
    If ActiveWorkbook Is Nothing Then
        MsgBox "Start with any workbook in the window first: the PMO buttons go through " & _
               "xlwings, which needs an active workbook.", vbExclamation, PMO_TITLE
        Exit Sub
    End If
    pythonCode = "import macros_bridge.entry as e; e.run_button('" & macroName & "')"
    On Error GoTo NoXlwings
    Application.Run "'xlwings.xlam'!RunPython", pythonCode
    Exit Sub
NoXlwings:
    MsgBox "The PMO buttons need the xlwings add-in, which is not loaded." & vbCrLf & _
           "Install both add-ins with: pmo addin install" & vbCrLf & vbCrLf & _
           "(" & Err.Description & ")", vbCritical, PMO_TITLE
End Sub

' Tags are macro names: lower-case letters and underscores only.
Private Function PMO_IsSafeName(ByVal text As String) As Boolean
    Dim i As Long, ch As String
    If Len(text) = 0 Then Exit Function
    For i = 1 To Len(text)
        ch = Mid$(text, i, 1)
        If Not (ch Like "[a-z_]") Then Exit Function
    Next i
    PMO_IsSafeName = True
End Function
