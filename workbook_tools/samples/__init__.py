"""Synthetic sample and demo generators (examples/, tests, benchmarks): examples (Report A grids,
Report B tables, the bundled example folder) and submissions (Report C / D filled forms and legacy layouts).

They write *inputs* as people make them, with raw XlsxWriter / openpyxl on purpose; outputs of
the tool go through io/writer.py only."""
