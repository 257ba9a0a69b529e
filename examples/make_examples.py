"""Regenerate the bundled synthetic example data: python examples/make_examples.py"""
from pathlib import Path

from workbook_tools.samples.examples import write_all_examples

if __name__ == "__main__":
    for path in write_all_examples(Path(__file__).parent):
        print(path)
