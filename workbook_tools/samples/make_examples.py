"""Regenerate the bundled synthetic example data (package data under workbook_tools/examples/):
python -m workbook_tools.samples.make_examples"""
from pathlib import Path

from workbook_tools.samples.examples import write_all_examples

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

if __name__ == "__main__":
    for path in write_all_examples(EXAMPLES):
        print(path)
