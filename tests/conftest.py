import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
ROOT = Path(__file__).resolve().parents[1]

import lo  # noqa: E402


@pytest.fixture(scope="session")
def soffice():
    exe = lo.soffice()
    if exe is None:
        import os

        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (apt-get install libreoffice-calc-nogui)")
        pytest.skip("LibreOffice not installed")
    return exe
