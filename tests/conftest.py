"""Fixtures every test folder may use. Paths and helpers are plain modules beside the tests
that use them (tests/e2e/readback.py): nothing imports conftest by name."""
import pytest

from builder.pipeline import Builder


@pytest.fixture(scope="session")
def builder():
    """One builder for the session: fonts stay loaded, as in `briefing watch`."""
    return Builder()
